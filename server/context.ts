import type { IncomingMessage } from 'node:http';
import type { Db } from './db/client';

/** What every procedure sees. Tests build it directly; HTTP requests derive it in `createHttpContext`. */
export type Context = { db: Db };

export function createInnerContext(db: Db): Context {
  return { db };
}

export function createHttpContextFactory(db: Db) {
  return (_opts: { req: IncomingMessage }): Context => createInnerContext(db);
}
