// One Jest run, three tiers: pure unit specs, API end-to-end on real PostgreSQL, browser end-to-end.
const path = require('node:path');
const fs = require('node:fs');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] };
const moduleNameMapper = {
  '^@pacte/api$': '<rootDir>/apps/api/src/index.ts',
  '^@pacte/([^/]+)$': '<rootDir>/libs/$1/src/index.ts',
  '^@pacte/([^/]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const common = {
  rootDir: __dirname,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/tools/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.e2e.ts'],
      globalSetup: '<rootDir>/test/support/jest-global-setup.cjs',
      globalTeardown: '<rootDir>/test/support/jest-global-teardown.cjs',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-api.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.e2e.ts'],
      globalSetup: '<rootDir>/test/support/jest-global-setup.cjs',
      globalTeardown: '<rootDir>/test/support/jest-global-teardown.cjs',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-browser.ts'],
    },
  ],
};
