// Runs TypeScript sources directly under Node (CommonJS) with SWC: decorators with metadata for
// NestJS, and the `@pacte/<lib>` path aliases of tsconfig.base.json. Used by `npm start`, the CLIs,
// the benchmarks and worker threads, so that nothing needs a separate build step but the admin.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..');
const swcOptions = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcOptions.$schema;
swcOptions.swcrc = false;
swcOptions.sourceMaps = 'inline';

const aliasPrefix = '@pacte/';
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, parent, isMain, options) {
  if (request.startsWith(aliasPrefix)) {
    const [lib, ...rest] = request.slice(aliasPrefix.length).split('/');
    const base = lib === 'api' ? path.join(root, 'apps', 'api', 'src') : path.join(root, 'libs', lib, 'src');
    const target = path.join(base, rest.length ? rest.join('/') : 'index');
    return originalResolve.call(this, target, parent, isMain, options);
  }
  return originalResolve.call(this, request, parent, isMain, options);
};

Module._extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...swcOptions, filename });
  module._compile(code, filename);
};

process.setSourceMapsEnabled?.(true);
