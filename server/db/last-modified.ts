import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import type { activityLines, contactPoints, events, projects } from './schema';
import { memberships, organizations, sites } from './schema';

type Dated = typeof organizations | typeof memberships | typeof sites | typeof events | typeof contactPoints | typeof projects | typeof activityLines;

/**
 * The latest `updated_at` among the rows behind a page (ISO timestamp), or null when there are none:
 * the "last updated" line of the public pages and the catalogue's `dct:modified` come from here.
 */
export function lastModified(db: Db, parts: { table: Dated; where?: SQL }[]): string | null {
  let latest: string | null = null;
  for (const { table, where } of parts) {
    const at = db.select({ at: sql<string | null>`max(${table.updatedAt})` }).from(table).where(where).get()?.at ?? null;
    if (at && (!latest || at > latest)) latest = at;
  }
  return latest;
}

/** The tables of the partners' directory (and of its map). */
export const DIRECTORY_TABLES = [{ table: organizations }, { table: memberships }, { table: sites }];
