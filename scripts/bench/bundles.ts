/**
 * What a first visit to `/` downloads, gzipped (-9), against the budget of issue #2, read from Vite's
 * manifest: the entry's and the app's (client/src/boot.tsx) static-import closure plus the map page's, and what the map page fetches
 * in parallel.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildClient } from '../lib/dev-support';
import { root } from './common';

const dist = path.join(root, 'dist/client');
export const BUDGET_KB = { js: 130, css: 50 };

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** What `npm run build` does: the SPA in production mode (vite.config.ts), then the server bundle. */
export function build() {
  buildClient({ logLevel: 'error' });
  const result = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Files a chunk pulls in through static imports (what the browser must fetch before running it). */
function staticClosure(manifest: Manifest, keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest, manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

function sizes(manifest: Manifest, keys: Set<string>) {
  const files = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key]!;
    files.add(chunk.file);
    chunk.css?.forEach((c) => files.add(c));
  }
  const out = { js: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 }, files: [...files] };
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dist, file));
    const bucket = file.endsWith('.css') ? out.css : out.js;
    bucket.raw += bytes.length;
    bucket.gz += gzipSync(bytes, { level: 9 }).length;
  }
  return out;
}

const kb = (n: number) => (n / 1024).toFixed(1);

export type BundleRow = { name: string; jsGzKb: number; cssGzKb: number; jsRawKb: number; files: string[]; budget: boolean };

export function benchBundles(): BundleRow[] {
  const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const route = (src: string) => `src/features/${src}`;

  // The entry paints, then imports the app (client/src/boot.tsx): both are what every first visit runs.
  const start = [entry, ...(manifest['src/boot.tsx'] ? ['src/boot.tsx'] : [])];
  const shell = staticClosure(manifest, start);
  // The map page may be a chunk of its own or part of the entry; its Leaflet part is always a chunk.
  const mapPage = manifest[route('map/MapPage.tsx')] ? [route('map/MapPage.tsx')] : [];
  const mapInitial = staticClosure(manifest, [...start, ...mapPage]);
  const mapDeferred = new Set(
    [...staticClosure(manifest, [route('map/MapCanvas.tsx')])].filter((k) => !mapInitial.has(k)),
  );
  const rows = [
    { name: '/ initial (shell + map page, list rendered)', keys: mapInitial, budget: true },
    { name: '/ deferred (Leaflet map, fetched in parallel)', keys: mapDeferred, budget: false },
    { name: '/ total', keys: new Set([...mapInitial, ...mapDeferred]), budget: false },
    { name: '/partners initial', keys: staticClosure(manifest, [...start, route('directory/DirectoryPage.tsx')]), budget: false },
    { name: '/partners/:slug initial', keys: staticClosure(manifest, [...start, route('partner/PartnerPage.tsx')]), budget: false },
    { name: '/dashboard initial (members)', keys: staticClosure(manifest, [...start, route('dashboard/DashboardPage.tsx')]), budget: false },
    { name: 'app shell alone', keys: shell, budget: false },
  ].map((r) => ({ ...r, ...sizes(manifest, r.keys) }));

  console.log('\nBundle sizes (gzip -9), KB\n');
  console.log(['what'.padEnd(48), 'JS gz'.padStart(8), 'CSS gz'.padStart(8), 'JS raw'.padStart(8), 'budget'.padStart(16)].join(''));
  for (const r of rows) {
    const verdict = r.budget
      ? `${r.js.gz / 1024 <= BUDGET_KB.js && r.css.gz / 1024 <= BUDGET_KB.css ? 'OK' : 'OVER'} (≤${BUDGET_KB.js}/${BUDGET_KB.css})`
      : '';
    console.log([r.name.padEnd(48), kb(r.js.gz).padStart(8), kb(r.css.gz).padStart(8), kb(r.js.raw).padStart(8), verdict.padStart(16)].join(''));
  }
  return rows.map((r) => ({ name: r.name, jsGzKb: +kb(r.js.gz), cssGzKb: +kb(r.css.gz), jsRawKb: +kb(r.js.raw), files: r.files, budget: r.budget }));
}
