import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Activity stamps that reads legitimately move; left out of the comparison. */
const IGNORED_COLUMNS: Record<string, string[]> = {
  // resolveSession touches a session at most once a minute: bookkeeping, not data.
  sessions: ['last_seen_at'],
};

export type Snapshot = Map<string, string>;

/**
 * The whole database content: every table, every row ordered by rowid, as a SHA-256 per table.
 * Two equal snapshots mean no row was inserted, changed or deleted anywhere.
 */
export function createSnapshotter(sqlite: Database.Database): () => Snapshot {
  const tables = (
    sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
      name: string;
      sql: string;
    }[]
  ).map(({ name, sql }) => {
    const columns = (sqlite.pragma(`table_info("${name}")`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !IGNORED_COLUMNS[name]?.includes(c));
    const order = /WITHOUT\s+ROWID/i.test(sql) ? '' : ' ORDER BY rowid';
    const select = sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}"${order}`).raw();
    return { name, select };
  });
  return () => {
    const snapshot: Snapshot = new Map();
    for (const { name, select } of tables) {
      const hash = createHash('sha256');
      for (const row of select.iterate() as Iterable<unknown[]>) hash.update(JSON.stringify(row)).update('\n');
      snapshot.set(name, hash.digest('hex'));
    }
    return snapshot;
  };
}

/** Tables whose content differs between two snapshots, less the ones allowed to change. */
export function changedTables(before: Snapshot, after: Snapshot, allowed: readonly string[] = []): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => !allowed.includes(n) && before.get(n) !== after.get(n)).sort();
}
