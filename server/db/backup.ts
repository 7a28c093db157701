import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder } from './client';

/** Copies a live database with SQLite's online backup API (safe while the server writes), then checks the copy. */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<{ bytes: number }> {
  if (!fs.existsSync(sourcePath)) throw new Error(`No database at ${sourcePath}`);
  fs.mkdirSync(path.dirname(path.resolve(targetPath)), { recursive: true });
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(targetPath);
  } finally {
    source.close();
  }
  const problem = checkBackupFile(targetPath);
  if (problem) throw new Error(`The backup failed its check: ${problem}`);
  return { bytes: fs.statSync(targetPath).size };
}

/**
 * Why a file must not be restored, or null: unreadable, corrupt, not a COOPERA database, or
 * written by a newer version of the app (migrations we do not know).
 */
export function checkBackupFile(file: string): string | null {
  if (!fs.existsSync(file)) return 'the file does not exist';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity check failed: ${String(integrity)}`;
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    for (const required of ['__drizzle_migrations', 'organizations', 'memberships', 'meta']) {
      if (!tables.has(required)) return `not a COOPERA database (no "${required}" table)`;
    }
    const known = new Set(readMigrationFiles({ migrationsFolder }).map((m) => m.hash));
    const applied = db.prepare('SELECT hash FROM __drizzle_migrations').all() as { hash: string }[];
    const unknown = applied.filter((m) => !known.has(m.hash));
    if (unknown.length) return `written by a newer or different version (${unknown.length} unknown migrations)`;
    return null;
  } catch (error) {
    return `not a readable SQLite database (${(error as Error).message})`;
  } finally {
    db?.close();
  }
}

/** Restores a checked backup into the live database file through the backup API (no torn copy). */
export async function restoreDatabase(backupPath: string, targetPath: string): Promise<void> {
  const problem = checkBackupFile(backupPath);
  if (problem) throw new Error(`Refusing to restore ${backupPath}: ${problem}`);
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(targetPath);
  } finally {
    source.close();
  }
}

/** Deletes all but the newest `keep` backups in `dir` (names sort by time), each with its -wal and -shm files. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = fs
    .readdirSync(dir)
    .filter((f) => /^coopera-.*\.db$/.test(f))
    .sort()
    .reverse()
    .slice(keep);
  // Left behind, a deleted backup's -wal and -shm files would fill the folder.
  for (const f of old) for (const suffix of ['-wal', '-shm', '']) fs.rmSync(path.join(dir, f + suffix), { force: true });
  return old;
}

/** Periodic backups into a folder, keeping the newest `keep` files. */
export function scheduleBackups(opts: { databasePath: string; dir: string; everyMs: number; keep: number }) {
  const run = async () => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(opts.dir, `coopera-${stamp}.db`);
    try {
      await backupDatabase(opts.databasePath, file);
      pruneBackups(opts.dir, opts.keep);
      console.log(JSON.stringify({ time: new Date().toISOString(), event: 'backup', file }));
    } catch (error) {
      console.error(JSON.stringify({ time: new Date().toISOString(), event: 'backup_failed', error: String(error) }));
    }
  };
  const timer = setInterval(run, opts.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
