import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress';
import { prerender } from './scripts/prerender';

const shared = fileURLToPath(new URL('./shared', import.meta.url));
// React Router's package exports name only its development build (remix-run/react-router#12532,
// #14753): a production build takes the production one, without the development warnings.
const reactRouterProduction = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));

export default defineConfig(({ command }) => ({
  root: 'client',
  plugins: [react(), precompress(), prerender()],
  resolve: {
    alias: [
      { find: '@shared', replacement: shared },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  build: {
    outDir: '../dist/client',
    // Keep the previous build's hashed assets: a running server (and browsers holding an older
    // index.html) can still fetch them while a new build is written.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    // The bench script reads this to measure what a first visit to `/` downloads.
    manifest: true,
    rolldownOptions: {
      output: {
        // The libraries every page runs before it renders, as one file: compressed together, and
        // cached across deployments of the app. Leaflet and the members' libraries stay lazy.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|@trpc)[\\/]/ }],
        },
      },
    },
  },
  server: { proxy: { '/trpc': 'http://localhost:3000', '/api': 'http://localhost:3000' } },
}));
