/**
 * `npm run seed:demo [-- --reset] [--municipalities 24]`: a separate, clearly labelled demo database
 * (default data/coopera-demo.db, or DATABASE_PATH) = the real seed + synthetic register lines for the
 * real events, fictitious "Comune demo NN" network members and fictitious deliverables.
 * Serve it with `DATABASE_PATH=data/coopera-demo.db npm start`; the dashboard shows a "demo data" banner.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeed } from '../server/db/seed';
import { seedData } from '../server/db/seed-data';
import { openSyntheticTarget, seedDemo } from './lib/synthetic-data';

const { values } = parseArgs({
  options: { reset: { type: 'boolean', default: false }, municipalities: { type: 'string', default: '24' } },
});
const file = process.env.DATABASE_PATH ?? path.resolve(import.meta.dirname, '../data/coopera-demo.db');
try {
  const db = openSyntheticTarget(file, values.reset);
  loadSeed(db, seedData);
  const report = seedDemo(db, { municipalities: Number(values.municipalities) });
  db.$client.close();
  console.log(`Demo database (synthetic attendance, not real data): ${file}`);
  for (const [table, n] of Object.entries(report.rows)) console.log(`  ${table.padEnd(14)} ${n}`);
  console.log(`  ${report.ms.toFixed(0)} ms. Serve it with: DATABASE_PATH=${file} npm start`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
