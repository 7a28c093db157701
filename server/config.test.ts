import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { scheduleBackups } from './db/backup';
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
    expect(refusal({ PUBLIC_CACHE_TTL_SECONDS: 'lots' })).toMatch(/PUBLIC_CACHE_TTL_SECONDS/);
    // Every bad variable at once, so that one restart fixes them all.
    const both = refusal({ PORT: 'abc', BACKUP_KEEP: 'three' });
    expect(both).toMatch(/PORT/);
    expect(both).toMatch(/BACKUP_KEEP/);
  });
});

describe('npm start with a bad setting', () => {
  const start = (env: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-config-'));
    try {
      return spawnSync(process.execPath, ['scripts/start.mjs'], {
        env: { PATH: process.env.PATH, DATABASE_PATH: path.join(dir, 'db.sqlite'), PORT: '0', ...env },
        encoding: 'utf8',
        timeout: 60_000,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  for (const [name, value] of [
    ['BACKUP_KEEP', 'three'],
    ['PORT', 'abc'],
    ['MFA_REQUIRED_ROLES', 'admn'],
  ] as const) {
    it(`exits non-zero before listening with ${name}=${value}, naming it`, () => {
      const run = start({ [name]: value });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(`${name}="${value}"`);
      expect(run.stdout).not.toMatch(/COOPERA Network on/);
    });
  }
});

describe('scheduled backups', () => {
  it('keep the newest ones and delete the others with their -wal and -shm files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-backups-'));
    const { file: source, cleanup } = createTestDb();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    for (const stamp of ['2020-01-01', '2020-01-02', '2020-01-03']) {
      for (const suffix of ['', '-wal', '-shm']) fs.writeFileSync(path.join(backups, `coopera-${stamp}.db${suffix}`), '');
    }
    const stop = scheduleBackups({ databasePath: source, dir: backups, everyMs: 50, keep: 2 });
    try {
      await expect.poll(() => fs.readdirSync(backups).filter((f) => f.endsWith('.db')).length, { timeout: 5000 }).toBe(2);
      const left = fs.readdirSync(backups);
      expect(left.filter((f) => f.startsWith('coopera-2020-01-01'))).toEqual([]);
      expect(left.filter((f) => f.startsWith('coopera-2020-01-02'))).toEqual([]);
      // No -wal or -shm file outlives its backup (later runs may prune 01-03 as well: timing).
      for (const f of left.filter((name) => /-(wal|shm)$/.test(name))) expect(left).toContain(f.replace(/-(wal|shm)$/, ''));
    } finally {
      stop();
      cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
