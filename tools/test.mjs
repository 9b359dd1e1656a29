// `npm test`: every check CI runs, in order — types, lint, admin build, then unit, API end-to-end
// (real PostgreSQL) and browser end-to-end (Chromium) suites in one Jest run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const steps = [
  ['types (api, libs, tests)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']],
  [
    'types (admin)',
    [bin('typescript', 'bin/tsc'), '-p', 'apps/admin/tsconfig.json', '--noEmit'],
    'apps/admin/tsconfig.json',
  ],
  // Nx's module-boundary rule reads the cached project graph and is silently skipped without one.
  ['project graph', [bin('nx', 'dist/bin/nx.js'), 'show', 'projects']],
  ['lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']],
  ['format', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level=warn', '.']],
  [
    'admin build',
    [bin('vite', 'bin/vite.js'), 'build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'warn'],
    'apps/admin/vite.config.mts',
  ],
  ['jest (unit, api, browser)', [bin('jest', 'bin/jest.js'), '--ci', ...process.argv.slice(2)]],
];

for (const [name, args, needs] of steps) {
  if (needs && !fs.existsSync(path.join(root, needs))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  console.log(
    `  ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
