/** `npm run db:restore -- FILE`: checks FILE (integrity, ours, not newer) and restores it into DATABASE_PATH. */
import path from 'node:path';
import { restoreDatabase } from '../server/db/backup';

const backup = process.argv[2];
if (!backup) {
  console.error('Usage: npm run db:restore -- FILE');
  process.exit(2);
}
const target = process.env.DATABASE_PATH ?? path.resolve(import.meta.dirname, '../data/coopera.db');
try {
  await restoreDatabase(backup, target);
  console.log(`Restored ${backup} into ${target}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
