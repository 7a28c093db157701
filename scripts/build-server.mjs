/**
 * Bundles the server (server/main.ts and everything it imports from server/ and shared/) into one
 * ES module, dist/server/main.mjs, with esbuild (installed with tsx). Packages stay in node_modules.
 * `npm run build` runs it after the SPA; `npm start` (scripts/start.mjs) runs it when the sources are
 * newer than the bundle. Starting the bundle skips tsx's on-the-fly TypeScript transpilation, which
 * was most of a cold start (see README, "Performance").
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const serverBundle = path.join(root, 'dist/server/main.mjs');
const sources = ['server', 'shared', 'package-lock.json', 'scripts/build-server.mjs'].map((p) => path.join(root, p));

/** Newest modification time of the files under `paths` (files or folders; tests excluded). */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else if (!/\.test\.ts$/.test(p)) newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

export const serverBundleIsFresh = () =>
  fs.existsSync(serverBundle) && fs.statSync(serverBundle).mtimeMs >= newestMtime(sources);

export async function buildServer() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(root, 'server/main.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: '// Built by scripts/build-server.mjs from server/main.ts: do not edit.' },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer();
