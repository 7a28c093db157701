import http from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createHttpContextFactory } from './context';
import type { Db } from './db/client';
import { handleReports } from './dashboard/reports';
import { crossSiteRefusal } from './http/csrf';
import { logRequests, type LogLine } from './http/request-log';
import { setSecurityHeaders } from './http/security';
import { createStaticHandler, type ClientConfig } from './http/static';
import { serveEventsCalendar } from './events/ics';
import { handleOpenData } from './open-data/handler';
import { appRouter } from './router';

export type AppOptions = ClientConfig & {
  db: Db;
  /** Folder of the built SPA (dist/client). */
  staticDir: string;
  /** Served behind HTTPS: Secure `__Host-` cookie and HSTS. */
  https?: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Where request log lines go (one JSON object each); none when absent. */
  log?: (line: LogLine) => void;
};

/** Largest request body accepted (tRPC inputs are small). */
const MAX_BODY_BYTES = 1_000_000;

const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** A refusal made before tRPC runs, in tRPC's error shape so the client reads it like any other. */
const sendTrpcError = (res: http.ServerResponse, status: number, code: string, message: string) =>
  sendJson(res, status, { error: { message, code: status === 413 ? -32600 : -32003, data: { code, httpStatus: status } } });

/** The whole application as a node:http server: health check, tRPC, open data and the SPA. */
export function createApp(opts: AppOptions): http.Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    createContext: createHttpContextFactory(opts.db, {
      https: Boolean(opts.https),
      trustProxy: Boolean(opts.trustProxy),
    }),
    maxBodySize: MAX_BODY_BYTES,
    // One request may not fan out into hundreds of calls (the client batches at most 16).
    maxBatchSize: 16,
    basePath: '/trpc/',
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path}:`, error.cause ?? error);
    },
  });
  const serveStatic = createStaticHandler(opts.staticDir, opts);
  const tileOrigin = opts.tileUrl ? new URL(opts.tileUrl.replace(/\{[a-z]\}/g, 'a')).origin : undefined;

  return http.createServer((req, res) => {
    if (opts.log) logRequests(req, res, opts.log);
    setSecurityHeaders(res, { tileOrigin, https: Boolean(opts.https) });
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname.startsWith('/trpc/')) {
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        res.setHeader('Connection', 'close');
        return sendTrpcError(res, 413, 'PAYLOAD_TOO_LARGE', 'Request body too large');
      }
      const refusal = crossSiteRefusal(req);
      if (refusal) return sendTrpcError(res, 403, 'FORBIDDEN', refusal);
      res.setHeader('Cache-Control', 'no-store');
      return trpc(req, res);
    }
    if (pathname.startsWith('/api/')) {
      if (pathname === '/api/open/events.ics') return serveEventsCalendar(opts.db, req, res);
      if (handleOpenData(opts.db, req, res, pathname)) return;
      if (handleReports(opts.db, req, res, pathname, { https: Boolean(opts.https), trustProxy: Boolean(opts.trustProxy) })) return;
      return sendJson(res, 404, { error: 'Not found' });
    }
    serveStatic(req, res, pathname);
  });
}
