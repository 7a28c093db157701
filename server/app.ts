import http from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createHttpContextFactory } from './context';
import type { Db } from './db/client';
import { handleReports } from './dashboard/reports';
import { EVIDENCE_PATH, handleEvidencePack } from './evidence/handler';
import { crossSiteRefusal } from './http/csrf';
import { errorDefinitions, errorMessage, type CodedError, type ErrorCode } from '../shared/errors';
import { logRequests, type LogLine } from './http/request-log';
import { databaseGeneration, PublicCache, sendStored, storedResponse, type CacheSettings } from './http/public-cache';
import { setSecurityHeaders } from './http/security';
import { sessionCookieName } from './auth/cookies';
import { isEmbedPath } from '../shared/routes';
import { pageHead, withPageHead } from './http/page-head';
import { pageStatus } from './http/page-status';
import { robotsTxt, sitemapXml } from './http/sitemap';
import { createStaticHandler, type ClientConfig } from './http/static';
import { serveEventsCalendar } from './events/ics';
import { createTrpcQueryHandler } from './http/trpc-queries';
import { handleOpenData, siteBase } from './open-data/handler';
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
  /** The in-memory cache of public answers (server/config.ts; default 60 s, 500 entries). */
  publicCache?: CacheSettings;
  /** The public address (PUBLIC_URL), for links in feeds; else the host a request came to. */
  publicUrl?: string;
};

/** Largest request body accepted (tRPC inputs are small). */
const MAX_BODY_BYTES = 1_000_000;
/** One request may not fan out into hundreds of calls (the client batches at most 16). */
const MAX_BATCH_SIZE = 16;
/** Public answers larger than this are served but not kept in memory. */
const MAX_CACHED_BODY_BYTES = 2_000_000;

const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** A refusal made before tRPC runs, in tRPC's error shape so the client reads it like any other. */
/** A refusal given before tRPC sees the request, shaped like tRPC's own errors (with its app code). */
const sendTrpcError = (res: http.ServerResponse, status: number, appCode: ErrorCode) =>
  sendJson(res, status, {
    error: {
      message: errorMessage({ code: appCode, params: {} } as CodedError),
      code: status === 413 ? -32600 : status === 500 ? -32603 : -32003,
      data: { code: errorDefinitions[appCode].status, httpStatus: status, appCode, params: {} },
    },
  });

/** The whole application as a node:http server: health check, tRPC, open data and the SPA. */
export function createApp(opts: AppOptions): http.Server {
  const createContext = createHttpContextFactory(opts.db, {
    https: Boolean(opts.https),
    trustProxy: Boolean(opts.trustProxy),
  });
  const onError = ({ error, path }: { error: { code: string; cause?: unknown }; path?: string }) => {
    if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path}:`, error.cause ?? error);
  };
  const trpc = createHTTPHandler({
    router: appRouter,
    createContext,
    maxBodySize: MAX_BODY_BYTES,
    maxBatchSize: MAX_BATCH_SIZE,
    basePath: '/trpc/',
    onError,
  });
  const cache = new PublicCache({
    generation: databaseGeneration(opts.db),
    ...(opts.publicCache ?? { ttlMs: 60_000, maxEntries: 500 }),
    maxBodyBytes: MAX_CACHED_BODY_BYTES,
  });
  const trpcQuery = createTrpcQueryHandler({ router: appRouter, createContext, cache, maxBatchSize: MAX_BATCH_SIZE, onError });
  const sessionCookie = `${sessionCookieName(Boolean(opts.https))}=`;
  const serveStatic = createStaticHandler(
    opts.staticDir,
    opts,
    (req, pathname) => pageStatus(opts.db, pathname, (req.headers.cookie ?? '').includes(sessionCookie)),
    (req, pathname, html) => {
      const head = pageHead(opts.db, pathname, siteBase(req, opts.publicUrl));
      return head && withPageHead(html, head);
    },
  );
  const tileOrigin = opts.tileUrl ? new URL(opts.tileUrl.replace(/\{[a-z]\}/g, 'a')).origin : undefined;

  return http.createServer((req, res) => {
    if (opts.log) logRequests(req, res, opts.log);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    setSecurityHeaders(res, { tileOrigin, https: Boolean(opts.https), framable: isEmbedPath(pathname) });
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname.startsWith('/trpc/')) {
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        res.setHeader('Connection', 'close');
        return sendTrpcError(res, 413, 'PAYLOAD_TOO_LARGE');
      }
      const refusal = crossSiteRefusal(req);
      if (refusal) return sendTrpcError(res, 403, refusal);
      // Queries (GET) go through the handler that caches public answers, sets ETags and compresses;
      // mutations and streamed (jsonl) answers through tRPC's own adapter.
      if (req.method === 'GET' && !req.headers['trpc-accept']) {
        trpcQuery(req, res, pathname.slice('/trpc/'.length)).catch((err: unknown) => {
          console.error(`tRPC ${pathname}:`, err);
          if (!res.headersSent) sendTrpcError(res, 500, 'INTERNAL');
          else res.destroy();
        });
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      return trpc(req, res);
    }
    if (pathname === '/sitemap.xml' || pathname === '/robots.txt') {
      const base = siteBase(req, opts.publicUrl);
      const xmlFile = pathname === '/sitemap.xml';
      return sendStored(
        req,
        res,
        storedResponse(
          200,
          { 'Content-Type': xmlFile ? 'application/xml; charset=utf-8' : 'text/plain; charset=utf-8' },
          xmlFile ? sitemapXml(opts.db, base) : robotsTxt(base),
        ),
        'public, max-age=3600',
      );
    }
    if (pathname.startsWith('/api/')) {
      if (pathname === '/api/open/events.ics') return serveEventsCalendar(opts.db, req, res, opts.publicUrl);
      if (handleOpenData(opts.db, req, res, pathname, cache, opts.publicUrl)) return;
      if (pathname === EVIDENCE_PATH) {
        return handleEvidencePack(opts.db, req, res, { https: Boolean(opts.https), trustProxy: Boolean(opts.trustProxy) });
      }
      if (handleReports(opts.db, req, res, pathname, { https: Boolean(opts.https), trustProxy: Boolean(opts.trustProxy) })) return;
      return sendJson(res, 404, { error: 'Not found' });
    }
    serveStatic(req, res, pathname);
  });
}
