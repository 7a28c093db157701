/**
 * `npm run seed:scale -- --orgs 8000 --events 2000 --attendance 1000000 [--reset] [--seed N]`:
 * fills DATABASE_PATH (default data/coopera-scale.db) with the real seed plus a national-scale
 * synthetic network, in one transaction with prepared statements, and prints rows per second.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeed } from '../server/db/seed';
import { seedData } from '../server/db/seed-data';
import { openSyntheticTarget, seedScale } from './lib/synthetic-data';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '8000' },
    events: { type: 'string', default: '2000' },
    attendance: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20211207' },
    reset: { type: 'boolean', default: false },
  },
});
const count = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
};
const file = process.env.DATABASE_PATH ?? path.resolve(import.meta.dirname, '../data/coopera-scale.db');
try {
  const db = openSyntheticTarget(file, values.reset);
  loadSeed(db, seedData);
  const report = seedScale(db, {
    orgs: count('orgs'),
    events: count('events'),
    attendance: count('attendance'),
    seed: count('seed'),
    log: console.log,
  });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  console.log(`Scale database (synthetic, not real data): ${file}`);
  for (const [table, n] of Object.entries(report.rows)) console.log(`  ${table.padEnd(14)} ${n.toLocaleString('en')}`);
  console.log(`  ${(report.ms / 1000).toFixed(1)} s, ${report.rowsPerSecond.toLocaleString('en')} rows/s`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
