import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@pacte/domain': `${repo}libs/domain/src/index.ts` },
  },
  build: {
    outDir: `${repo}dist/admin`,
    emptyOutDir: true,
    // The admin is an internal tool served from the same origin; one chunk per vendor family keeps caching useful.
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
