import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress';
import { prerender } from './scripts/prerender';

export default defineConfig({
  root: 'client',
  plugins: [react(), precompress(), prerender()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: {
    outDir: '../dist/client',
    // Keep the previous build's hashed assets: a running server (and browsers holding an older
    // index.html) can still fetch them while a new build is written.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    // The bench script reads this to measure what a first visit to `/` downloads.
    manifest: true,
  },
  server: { proxy: { '/trpc': 'http://localhost:3000', '/api': 'http://localhost:3000' } },
});
