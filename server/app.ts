import http from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createHttpContextFactory } from './context';
import type { Db } from './db/client';
import { setSecurityHeaders } from './http/security';
import { createStaticHandler, type ClientConfig } from './http/static';
import { handleOpenData } from './open-data/handler';
import { appRouter } from './router';

export type AppOptions = ClientConfig & {
  db: Db;
  /** Folder of the built SPA (dist/client). */
  staticDir: string;
  /** Served behind HTTPS (HSTS). */
  https?: boolean;
};

/** The whole application as a node:http server: health check, tRPC, open data and the SPA. */
export function createApp(opts: AppOptions): http.Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    createContext: createHttpContextFactory(opts.db),
    basePath: '/trpc/',
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path}:`, error.cause ?? error);
    },
  });
  const serveStatic = createStaticHandler(opts.staticDir, opts);
  const tileOrigin = opts.tileUrl ? new URL(opts.tileUrl.replace(/\{[a-z]\}/g, 'a')).origin : undefined;

  return http.createServer((req, res) => {
    setSecurityHeaders(res, { tileOrigin, https: Boolean(opts.https) });
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return res.end(JSON.stringify({ status: 'ok' }));
    }
    if (pathname.startsWith('/trpc/')) return trpc(req, res);
    if (pathname.startsWith('/api/')) {
      if (handleOpenData(opts.db, req, res, pathname)) return;
      res.writeHead(404, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ error: 'Not found' }));
    }
    serveStatic(req, res, pathname);
  });
}
