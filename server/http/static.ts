import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { sendStored, storedResponse } from './public-cache';

export type ClientConfig = { tileUrl?: string; tileAttribution?: string };

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/**
 * What the map page (`/`, `/en`, the landing page) loads right after the entry: its Leaflet part
 * (client/src/features/map/MapPage.tsx imports it at once). Preloaded from index.html so that it
 * downloads while the entry starts instead of after it.
 */
const MAP_PAGE_CHUNKS = ['src/features/map/MapPage.tsx', 'src/features/map/MapCanvas.tsx'];

/** `<link>`s preloading the given chunks, their static imports and their CSS, minus the entry's own. */
function preloadLinks(manifest: Manifest, keys: string[]): string {
  const closure = (roots: string[], seen = new Set<string>()) => {
    for (const key of roots) {
      if (seen.has(key) || !manifest[key]) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const entry = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  const loaded = closure(entry);
  const links: string[] = [];
  for (const key of closure(keys)) {
    if (loaded.has(key)) continue;
    const chunk = manifest[key]!;
    links.push(`<link rel="modulepreload" crossorigin href="/${chunk.file}">`);
    for (const css of chunk.css ?? []) links.push(`<link rel="preload" as="style" crossorigin href="/${css}">`);
  }
  return links.join('');
}

/**
 * Serves the built SPA: hashed assets as immutable files, every other path as
 * index.html (client-side routes), with runtime settings injected as <meta> tags
 * so that no inline script is needed.
 */
export function createStaticHandler(dir: string, config: ClientConfig) {
  const indexFile = path.join(dir, 'index.html');
  if (!fs.existsSync(indexFile)) throw new Error(`No built SPA at ${dir}: run "npm run build"`);
  const meta = [
    config.tileUrl && `<meta name="coopera:tile-url" content="${escapeAttr(config.tileUrl)}">`,
    config.tileAttribution &&
      `<meta name="coopera:tile-attribution" content="${escapeAttr(config.tileAttribution)}">`,
  ]
    .filter(Boolean)
    .join('');
  const html = fs.readFileSync(indexFile, 'utf8');
  const manifestFile = path.join(dir, '.vite/manifest.json');
  const manifest: Manifest = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : {};
  // Stored answers: ETag, and brotli / gzip variants made once.
  const page = (head: string) =>
    storedResponse(200, { 'Content-Type': 'text/html; charset=utf-8' }, html.replace('</head>', `${meta}${head}</head>`));
  const index = page('');
  const mapPage = page(preloadLinks(manifest, MAP_PAGE_CHUNKS));
  const pages = new Map([
    ['/', mapPage],
    ['/en', mapPage],
  ]);

  const assets = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      );
    },
  });

  const sendIndex = (req: IncomingMessage, res: ServerResponse, pathname: string) =>
    sendStored(req, res, pages.get(pathname.replace(/(.)\/$/, '$1')) ?? index, 'no-cache');

  return (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (pathname === '/' || pathname === '/index.html') return sendIndex(req, res, pathname);
    assets(req, res, () => {
      // A missing file with an extension is a real 404; anything else is a client route.
      if (path.extname(pathname)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      } else sendIndex(req, res, pathname);
    });
  };
}
