#!/usr/bin/env node
// Runs a TypeScript entry point under the SWC hook of tools/register.cjs:
//   node tools/run-ts.mjs path/to/file.ts [args…]
// stdio is inherited; the child's exit code (or signal) becomes ours; SIGINT/SIGTERM are forwarded.
// Node options given to this script (node --max-semi-space-size=64 tools/run-ts.mjs …) go to the child.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const register = path.join(path.dirname(fileURLToPath(import.meta.url)), 'register.cjs');
const child = spawn(process.execPath, [...process.execArgv, '-r', register, file, ...args], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`run-ts: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
