import type { IncomingMessage, ServerResponse } from 'node:http';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { resolveResponse, type HTTPErrorHandler } from '@trpc/server/http';
import { readCookie, sessionCookieName } from '../auth/cookies';
import type { Context } from '../context';
import type { AppRouter } from '../router';
import type { ProcedureMeta } from '../trpc';
import { sendOnce, sendStored, storedResponse, type PublicCache } from './public-cache';

/**
 * Whether the public cache may keep a procedure's anonymous answer: the procedure says so itself
 * (`.meta({ publicCache: true })`, server/trpc.ts). An unknown path, a procedure without the meta, or
 * any query sent with a session cookie is never cached.
 */
export function isPubliclyCacheable(router: AppRouter, path: string): boolean {
  // tRPC keeps a flat map of every procedure by its dotted path beside the nested record.
  const procedures = router._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } } | undefined>;
  return Object.hasOwn(procedures, path) && procedures[path]?._def.meta?.publicCache === true;
}

/** Browsers keep public answers but ask again every time (a cheap 304 when nothing changed). */
export const PUBLIC_QUERY_CACHE_CONTROL = 'public, no-cache';

/** Whether the request carries a session cookie (valid or not: either way it is not anonymous). */
export const hasSessionCookie = (req: IncomingMessage) =>
  readCookie(req, sessionCookieName(false)) !== undefined || readCookie(req, sessionCookieName(true)) !== undefined;

export type TrpcQueryHandlerOptions = {
  router: AppRouter;
  createContext: (opts: { req: IncomingMessage; res: ServerResponse }) => Context;
  cache: PublicCache;
  maxBatchSize: number;
  onError: HTTPErrorHandler<AppRouter, IncomingMessage>;
};

/**
 * tRPC GET requests (queries, batched or not), answered through tRPC's own resolveResponse so that the
 * finished body can be kept, given an ETag and compressed:
 * - anonymous and every procedure publicly cacheable: served from the public cache (or computed and
 *   kept), `Cache-Control: public, no-cache` with an ETag, 304 when the client has it already;
 * - anything else (a signed-in member, a non-public procedure, an error): computed for this request,
 *   `Cache-Control: no-store`, never kept, compressed when big enough.
 */
export function createTrpcQueryHandler(opts: TrpcQueryHandlerOptions) {
  const { cache } = opts;
  return async (req: IncomingMessage, res: ServerResponse, procedurePath: string) => {
    const cacheable =
      cache.enabled && !hasSessionCookie(req) && procedurePath.split(',').every((p) => isPubliclyCacheable(opts.router, p));
    const key = req.url ?? '';
    if (cacheable) {
      const hit = cache.get(key);
      if (hit) {
        res.setHeader('X-Cache', 'hit');
        return sendStored(req, res, hit, PUBLIC_QUERY_CACHE_CONTROL);
      }
      res.setHeader('X-Cache', 'miss');
    }
    // Read before computing: an answer computed while something was written is not kept.
    const generation = cacheable ? cache.generation() : '';
    const request = incomingMessageToRequest(req, res, { maxBodySize: null });
    const response = await resolveResponse<AppRouter>({
      router: opts.router,
      req: request,
      path: procedurePath,
      error: null,
      maxBatchSize: opts.maxBatchSize,
      createContext: async () => opts.createContext({ req, res }),
      onError: (o) => opts.onError({ ...o, req }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    for (const [k, v] of response.headers) if (k.toLowerCase() !== 'set-cookie') headers[k] = v;
    const cookies = response.headers.getSetCookie();

    if (cacheable && response.status === 200 && cookies.length === 0) {
      const stored = storedResponse(200, headers, body);
      cache.set(key, stored, generation);
      return sendStored(req, res, stored, PUBLIC_QUERY_CACHE_CONTROL);
    }
    if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
    res.setHeader('Cache-Control', 'no-store');
    await sendOnce(req, res, response.status, headers, body);
  };
}
