import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default [
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '.data',
      '.nx',
      'bench/results',
      'bench/tmp',
      '**/*.cjs',
      '**/*.mjs',
      'jest.config.js',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The e2e tests and benchmarks start the API in-process through its public entry point.
          allow: ['@pacte/api', '@pacte/api/embedded'],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/admin/**/*.ts', 'apps/admin/**/*.tsx', 'libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@pacte/api', '@pacte/api/*'] }] },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'react',
            'react-*',
            'ra-*',
            'pg',
            'express',
            '@pacte/api',
            '@pacte/api/*',
          ],
        },
      ],
    },
  },
];
