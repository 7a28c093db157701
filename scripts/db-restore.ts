/** `npm run db:restore -- FILE`: checks FILE (integrity, ours, not newer) and restores it into DATABASE_PATH. */
import { databasePathFrom } from '../server/config';
import { restoreDatabase } from '../server/db/backup';

const backup = process.argv[2];
if (!backup) {
  console.error('Usage: npm run db:restore -- FILE');
  process.exit(2);
}
const target = databasePathFrom(process.env);
try {
  await restoreDatabase(backup, target);
  console.log(`Restored ${backup} into ${target}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
