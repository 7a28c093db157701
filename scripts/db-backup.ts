/** `npm run db:backup -- FILE`: online backup of DATABASE_PATH (default data/coopera.db), checked after copy. */
import { databasePathFrom } from '../server/config';
import { backupDatabase } from '../server/db/backup';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run db:backup -- FILE');
  process.exit(2);
}
const source = databasePathFrom(process.env);
try {
  const { bytes } = await backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target} (${(bytes / 1024).toFixed(0)} KB, integrity ok)`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
