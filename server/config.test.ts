import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { checkBackupFile, pruneBackups, scheduleBackups } from './db/backup';
import { createTestDb } from './test-utils';

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('configuration', () => {
  it('has working defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      https: false,
      trustProxy: false,
      logRequests: true,
      auth: { idleTimeoutMs: 30 * 60_000, absoluteTimeoutMs: 12 * 3_600_000, mfaRequiredRoles: ['admin', 'coordinator'] },
      publicCache: { ttlMs: 60_000, maxEntries: 500 },
      backup: null,
    });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_PATH: '/srv/coopera.db',
      PUBLIC_URL: 'https://rete.example.it/',
      TRUST_PROXY: '1',
      LOG_REQUESTS: '0',
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_MINUTES: '480',
      MFA_REQUIRED_ROLES: 'admin, coordinator, editor',
      PUBLIC_CACHE_TTL_SECONDS: '0',
      PUBLIC_CACHE_MAX_ENTRIES: '20',
      BACKUP_DIR: '/srv/backups',
      BACKUP_INTERVAL_HOURS: '6',
      BACKUP_KEEP: '3',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databasePath: '/srv/coopera.db',
      publicUrl: 'https://rete.example.it',
      https: true,
      trustProxy: true,
      logRequests: false,
      auth: { idleTimeoutMs: 15 * 60_000, absoluteTimeoutMs: 480 * 60_000, mfaRequiredRoles: ['admin', 'coordinator', 'editor'] },
      publicCache: { ttlMs: 0, maxEntries: 20 },
      backup: { dir: '/srv/backups', everyMs: 6 * 3_600_000, keep: 3 },
    });
    expect(loadConfig({ MFA_REQUIRED_ROLES: '' }).auth.mfaRequiredRoles).toEqual([]);
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' })).toMatchObject({ publicUrl: 'http://localhost:3000', https: false });
    expect(loadConfig({ LOG_REQUESTS: '1', TRUST_PROXY: '0' })).toMatchObject({ logRequests: true, trustProxy: false });
    const tiles = loadConfig({ TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}{r}.png', TILE_ATTRIBUTION: '&copy; OSM' });
    expect(tiles).toMatchObject({ tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}{r}.png', tileAttribution: '&copy; OSM' });
    expect(loadConfig({ BACKUP_DIR: '/srv/backups' }).backup).toEqual({ dir: '/srv/backups', everyMs: 24 * 3_600_000, keep: 14 });
  });

  it('counts an empty value as unset', () => {
    const blank = Object.fromEntries(
      ['PORT', 'HOST', 'DATABASE_PATH', 'PUBLIC_URL', 'TRUST_PROXY', 'LOG_REQUESTS', 'TILE_URL', 'TILE_ATTRIBUTION',
        'SESSION_IDLE_MINUTES', 'SESSION_ABSOLUTE_MINUTES', 'PUBLIC_CACHE_TTL_SECONDS', 'PUBLIC_CACHE_MAX_ENTRIES',
        'BACKUP_DIR', 'BACKUP_INTERVAL_HOURS', 'BACKUP_KEEP'].map((name) => [name, '']),
    );
    expect(loadConfig(blank)).toEqual(loadConfig({}));
  });

  it('is frozen all the way down', () => {
    const config = loadConfig({ BACKUP_DIR: '/srv/backups' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.auth)).toBe(true);
    expect(Object.isFrozen(config.auth.mfaRequiredRoles)).toBe(true);
    expect(Object.isFrozen(config.publicCache)).toBe(true);
    expect(Object.isFrozen(config.backup)).toBe(true);
  });

  it('refuses a bad value, naming the variable and what it accepts', () => {
    expect(refusal({ BACKUP_KEEP: 'three' })).toMatch(/BACKUP_KEEP="three": expected a whole number of backups to keep/);
    expect(refusal({ BACKUP_KEEP: '0' })).toMatch(/BACKUP_KEEP/);
    expect(refusal({ BACKUP_INTERVAL_HOURS: 'x' })).toMatch(/BACKUP_INTERVAL_HOURS="x"/);
    expect(refusal({ BACKUP_INTERVAL_HOURS: '0.0001' })).toMatch(/BACKUP_INTERVAL_HOURS/);
    expect(refusal({ PORT: 'abc' })).toMatch(/PORT="abc": expected a whole number from 1 to 65535/);
    expect(refusal({ PORT: '70000' })).toMatch(/PORT/);
    expect(refusal({ MFA_REQUIRED_ROLES: 'admn' })).toMatch(/MFA_REQUIRED_ROLES="admn": expected a comma-separated list of viewer, editor, coordinator, admin/);
    expect(refusal({ TRUST_PROXY: 'yes' })).toMatch(/TRUST_PROXY="yes": expected 0 or 1/);
    expect(refusal({ PUBLIC_URL: 'javascript:alert(1)' })).toMatch(/PUBLIC_URL/);
    expect(refusal({ SESSION_IDLE_MINUTES: '-5' })).toMatch(/SESSION_IDLE_MINUTES/);
    expect(refusal({ PUBLIC_CACHE_TTL_SECONDS: 'lots' })).toMatch(/PUBLIC_CACHE_TTL_SECONDS="lots": expected a whole number of seconds/);
    expect(refusal({ PUBLIC_CACHE_MAX_ENTRIES: '-1' })).toMatch(/PUBLIC_CACHE_MAX_ENTRIES="-1": expected a whole number of entries/);
    expect(refusal({ SESSION_ABSOLUTE_MINUTES: '1.5' })).toMatch(/SESSION_ABSOLUTE_MINUTES="1.5": expected a whole number of minutes/);
    expect(refusal({ SESSION_IDLE_MINUTES: '99999' })).toMatch(/SESSION_IDLE_MINUTES="99999": expected a whole number of minutes from 1 to 10080/);
    expect(refusal({ LOG_REQUESTS: 'off' })).toMatch(/LOG_REQUESTS="off": expected 0 or 1/);
    expect(refusal({ MFA_REQUIRED_ROLES: 'admin,admn' })).toMatch(/MFA_REQUIRED_ROLES="admin,admn": expected a comma-separated list/);
    expect(refusal({ TILE_URL: 'tiles.example.org/{z}/{x}/{y}.png' })).toMatch(/TILE_URL=".*": expected an http\(s\):\/\/ tile address with \{z\}, \{x\} and \{y\}/);
    expect(refusal({ TILE_URL: 'https://tiles.example.org/{z}.png' })).toMatch(/TILE_URL/);
    // Every bad variable at once, so that one restart fixes them all.
    const both = refusal({ PORT: 'abc', BACKUP_KEEP: 'three' });
    expect(both).toMatch(/PORT/);
    expect(both).toMatch(/BACKUP_KEEP/);
  });
});

describe('the built server with a bad setting', () => {
  // What `npm start` runs once scripts/start.mjs has built what was stale: the server bundle.
  let port = '';
  beforeAll(async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    port = String((probe.address() as net.AddressInfo).port);
    await new Promise((resolve) => probe.close(resolve));
    const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], { encoding: 'utf8', timeout: 60_000 });
    expect(build.status, build.stderr).toBe(0);
  });

  const start = (env: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-config-'));
    const databasePath = path.join(dir, 'db.sqlite');
    try {
      const run = spawnSync(process.execPath, ['dist/server/main.mjs'], {
        env: { PATH: process.env.PATH, DATABASE_PATH: databasePath, PORT: port, HOST: '127.0.0.1', LOG_REQUESTS: '0', ...env },
        encoding: 'utf8',
        timeout: 20_000,
      });
      return { ...run, openedDatabase: fs.existsSync(databasePath) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  for (const [name, value] of [
    ['BACKUP_KEEP', 'three'],
    ['PORT', 'abc'],
    ['MFA_REQUIRED_ROLES', 'admn'],
    ['BACKUP_INTERVAL_HOURS', 'x'],
  ] as const) {
    it(`exits non-zero before listening with ${name}=${value}, naming it`, () => {
      const run = start({ BACKUP_DIR: os.tmpdir(), [name]: value });
      expect(run.error).toBeUndefined();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${name}="${value}": expected`);
      // It stopped before opening the database, so before anything listened or was scheduled.
      expect(run.openedDatabase).toBe(false);
      expect(run.stdout).not.toMatch(/COOPERA Network on/);
    });
  }

  it('gets past its configuration when the settings are good (the control for the above)', { timeout: 30_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-config-'));
    const databasePath = path.join(dir, 'db.sqlite');
    const server = spawn(process.execPath, ['dist/server/main.mjs'], {
      env: { PATH: process.env.PATH, DATABASE_PATH: databasePath, PORT: port, HOST: '127.0.0.1', LOG_REQUESTS: '0', BACKUP_DIR: dir },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      // (Listening itself needs the SPA in dist/client, which this unit test does not build.)
      await expect.poll(() => fs.existsSync(databasePath), { timeout: 20_000 }).toBe(true);
    } finally {
      server.kill('SIGKILL');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('backup pruning', () => {
  const folderWith = (stamps: string[]) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-backups-'));
    for (const stamp of stamps) {
      for (const suffix of ['', '-wal', '-shm']) fs.writeFileSync(path.join(dir, `coopera-${stamp}.db${suffix}`), '');
    }
    return dir;
  };

  it('keeps the newest backups and deletes the others with their -wal and -shm files', () => {
    const dir = folderWith(['2020-01-01', '2020-01-02', '2020-01-03']);
    try {
      expect(pruneBackups(dir, 2)).toEqual(['coopera-2020-01-01.db']);
      expect(fs.readdirSync(dir).sort()).toEqual(
        ['coopera-2020-01-02.db', 'coopera-2020-01-02.db-shm', 'coopera-2020-01-02.db-wal',
          'coopera-2020-01-03.db', 'coopera-2020-01-03.db-shm', 'coopera-2020-01-03.db-wal'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs after each scheduled backup', async () => {
    const dir = folderWith(['2020-01-01', '2020-01-02']);
    const { file: source, cleanup } = createTestDb();
    const stop = scheduleBackups({ databasePath: source, dir, everyMs: 20, keep: 1 });
    try {
      // Whatever number of runs happened, one backup is left: the newest, taken now, with no old -wal/-shm.
      await expect.poll(() => fs.readdirSync(dir).filter((f) => f.startsWith('coopera-2020')), { timeout: 5000 }).toEqual([]);
      const left = fs.readdirSync(dir).filter((f) => f.endsWith('.db'));
      expect(left).toHaveLength(1);
      expect(checkBackupFile(path.join(dir, left[0]!))).toBeNull();
    } finally {
      stop();
      cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
