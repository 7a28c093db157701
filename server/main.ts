import path from 'node:path';
import { createApp } from './app';
import { applyAuthConfig } from './auth/config';
import { ConfigError, loadConfig, type Config } from './config';
import { stdoutLog } from './http/request-log';
import { scheduleBackups } from './db/backup';
import { openDatabase } from './db/client';
import { scheduleRetention } from './db/retention';
import { loadSeed } from './db/seed';
import { seedData } from './db/seed-data';
import { projectRoot } from './paths';

const root = projectRoot;
const staticDir = path.join(root, 'dist/client');

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // Before anything listens or runs on a schedule: a wrong setting stops the server, saying which.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
applyAuthConfig(config.auth);

const db = openDatabase(config.databasePath);
const { loaded } = loadSeed(db, seedData);
if (loaded) console.log(`Loaded the COOPERA consortium into ${config.databasePath}`);
scheduleRetention(db);

const server = createApp({
  db,
  staticDir,
  https: config.https,
  trustProxy: config.trustProxy,
  publicUrl: config.publicUrl,
  tileUrl: config.tileUrl,
  tileAttribution: config.tileAttribution,
  publicCache: config.publicCache,
  log: config.logRequests ? stdoutLog : undefined,
});
server.listen(config.port, config.host, () => {
  console.log(`COOPERA Network on http://localhost:${config.port} (database ${config.databasePath})`);
});

// Optional scheduled backups: BACKUP_DIR, BACKUP_INTERVAL_HOURS (24), BACKUP_KEEP (14).
if (config.backup) scheduleBackups({ databasePath: config.databasePath, ...config.backup });

function shutdown(signal: string) {
  console.log(`${signal}: finishing requests in flight`);
  server.close(() => {
    db.$client.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
