/**
 * `npm start`: the one "build if stale" step, then the built server. The SPA is built (vite build, as
 * `npm run build` does) when dist/client is missing or older than its sources, and the server bundled
 * (dist/server/main.mjs) when the bundle is missing or older than its sources; then the bundle runs in
 * this same process, so signals reach the server itself. The server never builds anything: once built,
 * running it needs no development tool. `node --import tsx server/main.ts` still runs the sources.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer, newestMtime, serverBundle, serverBundleIsFresh } from './build-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Stack traces in the log point at server/*.ts lines, not at the bundle's.
process.setSourceMapsEnabled(true);

const builtClient = path.join(root, 'dist/client/index.html');
const clientSources = ['client', 'shared', 'vite.config.ts', 'package-lock.json', 'scripts/precompress.ts', 'scripts/prerender.ts'];
const clientIsFresh = () =>
  fs.existsSync(builtClient) && fs.statSync(builtClient).mtimeMs >= newestMtime(clientSources.map((p) => path.join(root, p)));

if (!clientIsFresh()) {
  console.log('Building the SPA…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (!serverBundleIsFresh()) {
  console.log('Bundling the server…');
  await buildServer();
}
await import(pathToFileURL(serverBundle).href);
