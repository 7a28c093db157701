import type { IncomingMessage, ServerResponse } from 'node:http';
import { deviceCookie, deviceCookieName, readCookie, sessionCookie, sessionCookieName } from './auth/cookies';
import { resolveSession, type SessionUser } from './auth/session';
import type { Db } from './db/client';

/** What every procedure sees. Tests build it with `createInnerContext`; HTTP requests with the factory below. */
export type Context = {
  db: Db;
  user: SessionUser | null;
  sessionId: string | null;
  /** Client address, for sign-in throttling. */
  ip: string;
  /** Sets (token) or clears (null) the session cookie on the response. */
  setSessionCookie: (token: string | null) => void;
  /** The device cookie's token: a browser that signed in before (sign-in throttling). */
  deviceToken: string | null;
  setDeviceCookie: (token: string) => void;
};

export function createInnerContext(
  db: Db,
  opts: Partial<Omit<Context, 'db'>> = {},
): Context {
  return {
    db,
    user: null,
    sessionId: null,
    ip: '127.0.0.1',
    setSessionCookie: () => {},
    deviceToken: null,
    setDeviceCookie: () => {},
    ...opts,
  };
}

export type HttpContextOptions = { https: boolean; trustProxy: boolean };

export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

export function createHttpContextFactory(db: Db, opts: HttpContextOptions) {
  return ({ req, res }: { req: IncomingMessage; res: ServerResponse }): Context => {
    const session = resolveSession(db, readCookie(req, sessionCookieName(opts.https)));
    return createInnerContext(db, {
      user: session?.user ?? null,
      sessionId: session?.sessionId ?? null,
      ip: clientIp(req, opts.trustProxy),
      setSessionCookie: (token) => res.appendHeader('Set-Cookie', sessionCookie(opts.https, token)),
      deviceToken: readCookie(req, deviceCookieName(opts.https)) ?? null,
      setDeviceCookie: (token) => res.appendHeader('Set-Cookie', deviceCookie(opts.https, token)),
    });
  };
}
