import type Database from 'better-sqlite3';
import type { Db } from './client';

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A raw SQL statement, prepared once per connection and SQL text (for the hand-written aggregate reads). */
export function stmt(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db.$client);
  if (!cache) statements.set(db.$client, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.$client.prepare(sql)));
  return s;
}
