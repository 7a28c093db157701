import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export type ClientConfig = { tileUrl?: string; tileAttribution?: string };

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
  const indexHtml = fs.readFileSync(indexFile, 'utf8').replace('</head>', `${meta}</head>`);

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

  const sendIndex = (res: ServerResponse, status = 200) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(indexHtml);
  };

  return (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (pathname === '/' || pathname === '/index.html') return sendIndex(res);
    assets(req, res, () => {
      // A missing file with an extension is a real 404; anything else is a client route.
      if (path.extname(pathname)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      } else sendIndex(res);
    });
  };
}
