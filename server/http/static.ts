import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { localeFromPath, LOCALES, type Locale } from '../../shared/locales';
import { SHELL_DIR, type Shell } from '../../shared/prerender';
import { HTML_LANG, htmlLang } from './page-head';
import { sendStored, storedResponse } from './public-cache';

export type ClientConfig = { tileUrl?: string; tileAttribution?: string };

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/**
 * The app itself, which client/src/main.tsx imports at once on pages without a prerendered first
 * screen: preloaded from index.html, so that it downloads while the entry starts. The landing page
 * (`/`, `/en`) preloads nothing: its first screen paints first, then the app and the map download.
 */
const APP_CHUNKS = ['src/boot.tsx'];

/**
 * `<link>`s preloading the given chunks, their static imports and their CSS, minus the entry's own. Low
 * priority: none of them is needed for the first paint, so the page's HTML, CSS and fonts go first.
 */
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
    links.push(`<link rel="modulepreload" fetchpriority="low" crossorigin href="/${chunk.file}">`);
    for (const css of chunk.css ?? []) links.push(`<link rel="preload" as="style" fetchpriority="low" crossorigin href="/${css}">`);
  }
  return links.join('');
}

/**
 * The landing page's first screen in each language, rendered at build time (scripts/prerender.ts).
 * Without them (a build from before they existed) `/`, `/en`, `/fr` and `/ar` get the empty index.html.
 */
function landingShells(dir: string): Shell[] {
  return LOCALES.flatMap((locale) => {
    const file = path.join(dir, SHELL_DIR, `${locale}.json`);
    return fs.existsSync(file) ? [JSON.parse(fs.readFileSync(file, 'utf8')) as Shell] : [];
  });
}

/** index.html with a prerendered first screen in `#root`, its language, title and description. */
function withShell(html: string, shell: Shell, head: string): string {
  return html
    .replace(HTML_LANG, htmlLang(shell.locale))
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeAttr(shell.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeAttr(shell.description)}"`)
    .replace('</head>', `${head}</head>`)
    .replace('<div id="root"></div>', `<div id="root">${shell.html}</div>`);
}

/**
 * Serves the built SPA: hashed assets as immutable files, every other path as
 * index.html (client-side routes), with runtime settings injected as <meta> tags
 * so that no inline script is needed.
 */
export function createStaticHandler(
  dir: string,
  config: ClientConfig,
  /** A page's status (404 for a path the app has no page for); 200 when not given. */
  statusOf: (req: IncomingMessage, pathname: string) => number = () => 200,
  /** Writes a page's own head (title, description, canonical, alternates, Open Graph) into its HTML. */
  headOf: (req: IncomingMessage, pathname: string, html: string) => string | null = () => null,
) {
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
  const page = (body: string) => storedResponse(200, { 'Content-Type': 'text/html; charset=utf-8' }, body);
  const indexHtml = html.replace('</head>', `${meta}${preloadLinks(manifest, APP_CHUNKS)}</head>`);
  // The app in each language's `<html lang dir>`, so that a page without a head of its own (the
  // embedded map, members' screens, the not-found page) still says its language before any script.
  const inLocale = (l: Locale) => indexHtml.replace(HTML_LANG, htmlLang(l));
  const index = new Map(LOCALES.map((l) => [l, page(inLocale(l))]));
  // The same app, which renders its not-found page, with the status a crawler or a link checker reads.
  const notFound = new Map(LOCALES.map((l) => [l, storedResponse(404, { 'Content-Type': 'text/html; charset=utf-8' }, inLocale(l))]));
  const pages = new Map(landingShells(dir).map((shell) => [shell.path, page(withShell(html, shell, meta))]));

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

  // The prerendered first screen shows the page without filters: with a query (filters in the URL)
  // the app renders the page itself, so that nothing on screen contradicts the address.
  const sendIndex = (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    const locale = localeFromPath(pathname);
    if (statusOf(req, pathname) === 404) return sendStored(req, res, notFound.get(locale)!, 'no-cache');
    const shell = req.url?.includes('?') ? undefined : pages.get(pathname.replace(/(.)\/$/, '$1'));
    const stored = shell ?? index.get(locale)!;
    const withHead = headOf(req, pathname, stored.body.toString());
    sendStored(req, res, withHead === null ? stored : page(withHead), 'no-cache');
  };

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
