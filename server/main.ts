import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from './app';
import { stdoutLog } from './http/request-log';
import { scheduleBackups } from './db/backup';
import { openDatabase } from './db/client';
import { loadSeed } from './db/seed';
import { seedData } from './db/seed-data';
import { projectRoot } from './paths';

const root = projectRoot;
const staticDir = path.join(root, 'dist/client');

const config = {
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  databasePath: process.env.DATABASE_PATH ?? path.join(root, 'data/coopera.db'),
  tileUrl: process.env.TILE_URL || undefined,
  tileAttribution: process.env.TILE_ATTRIBUTION || undefined,
  https: process.env.PUBLIC_URL?.startsWith('https://') ?? false,
  trustProxy: process.env.TRUST_PROXY === '1',
};

/** Newest modification time under the given paths (files or folders). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function buildIfNeeded() {
  const built = path.join(staticDir, 'index.html');
  const sources = ['client', 'shared', 'vite.config.ts', 'package-lock.json', 'scripts/precompress.ts'].map((p) =>
    path.join(root, p),
  );
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestMtime(sources)) return;
  console.log('Building the SPA…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv.includes('--build-if-needed')) buildIfNeeded();

const db = openDatabase(config.databasePath);
const { loaded } = loadSeed(db, seedData);
if (loaded) console.log(`Loaded the COOPERA consortium into ${config.databasePath}`);

const server = createApp({ db, staticDir, ...config, log: process.env.LOG_REQUESTS === '0' ? undefined : stdoutLog });
server.listen(config.port, config.host, () => {
  console.log(`COOPERA Network on http://localhost:${config.port} (database ${config.databasePath})`);
});

// Optional scheduled backups: BACKUP_DIR, BACKUP_INTERVAL_HOURS (24), BACKUP_KEEP (14).
if (process.env.BACKUP_DIR) {
  scheduleBackups({
    databasePath: config.databasePath,
    dir: process.env.BACKUP_DIR,
    everyMs: Number(process.env.BACKUP_INTERVAL_HOURS ?? 24) * 3_600_000,
    keep: Number(process.env.BACKUP_KEEP ?? 14),
  });
}

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
