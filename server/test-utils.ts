import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInnerContext } from './context';
import { openDatabase, type Db } from './db/client';
import { loadSeed } from './db/seed';
import { seedData } from './db/seed-data';
import { createCaller } from './router';

/** A fresh SQLite file in a temp folder, migrated from drizzle/ and, unless `empty`, seeded. */
export function createTestDb({ empty = false } = {}): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-test-'));
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  if (!empty) loadSeed(db, seedData);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tRPC caller as an anonymous visitor on the given database. */
export const publicCaller = (db: Db) => createCaller(createInnerContext(db));
