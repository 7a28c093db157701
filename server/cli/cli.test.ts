import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '../auth/password';
import { createSession, resolveSession } from '../auth/session';
import { openDatabase, type Db } from '../db/client';
import { organizations, users } from '../db/schema';
import { createTestDb } from '../test-utils';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

// Every case starts a Node process that loads the server code: seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

/** What an operator pipes in: the password and a newline. */
const PASSWORD = 'lighthouse-amber-meadow-9\n';

type Run = { code: number | null; stdout: string; stderr: string };

/** `npm run user:<command> -- args`, with the password piped on standard input (not a terminal). */
function cli(databasePath: string, args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'server/cli/user.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: databasePath },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

let db: Db;
let file: string;
let cleanup: () => void;
beforeAll(() => {
  ({ db, file, cleanup } = createTestDb());
});
afterAll(() => cleanup());

const userByEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get();

describe('user:add', () => {
  it('creates the account with an argon2id hash of the password read from stdin', async () => {
    const run = await cli(
      file,
      ['add', '--email', 'Referente@ANCI.test', '--name', 'Referente ANCI', '--role', 'editor', '--org', 'anci-sicilia'],
      'lighthouse-amber-meadow-9\n',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Created editor referente@anci\.test/);
    expect(run.stdout + run.stderr).not.toContain('lighthouse-amber-meadow-9');

    const user = userByEmail('referente@anci.test')!;
    expect(user).toMatchObject({ name: 'Referente ANCI', role: 'editor', disabledAt: null });
    const anci = db.select().from(organizations).where(eq(organizations.slug, 'anci-sicilia')).get()!;
    expect(user.organizationId).toBe(anci.id);
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(user.passwordHash, 'lighthouse-amber-meadow-9')).toBe(true);
  });

  it('creates and seeds the database when it does not exist yet', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-cli-'));
    try {
      const fresh = path.join(dir, 'data', 'coopera.db');
      const args = ['add', '--email', 'admin@coopera.test', '--name', 'Amministratore', '--role', 'admin'];
      const run = await cli(fresh, args, 'granite-harbour-violet-3\n');
      expect(run.code).toBe(0);
      const other = openDatabase(fresh);
      try {
        expect(other.select().from(users).all().map((u) => u.email)).toEqual(['admin@coopera.test']);
        expect(other.select().from(organizations).all().length).toBeGreaterThan(0);
      } finally {
        other.$client.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Each run starts a Node process: the refusals, independent of each other, run side by side.
  const passwordCases: [string, string, RegExp][] = [
    ['a common password', 'password1234', /common/i],
    ['a short password', 'short-pw', /at least 12 characters/i],
    ['an empty standard input', '', /at least 12 characters/i],
  ];
  it.concurrent.for(passwordCases)('refuses %s with exit 1, a clear message and no account', async (c, { expect }) => {
    const [, password, message] = c;
    const email = `refused-${password.length}@test.example`;
    const run = await cli(file, ['add', '--email', email, '--name', 'Nome Cognome', '--role', 'viewer'], `${password}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^Error: /);
    expect(userByEmail(email)).toBeUndefined();
  });

  const argumentCases: [string, string[], RegExp][] = [
    ['no e-mail', ['add', '--name', 'Nome Cognome', '--role', 'viewer'], /--email is required/],
    ['an unknown role', ['add', '--email', 'x1@test.example', '--name', 'Nome', '--role', 'superuser'], /role/i],
    ['an editor without organisation', ['add', '--email', 'x2@test.example', '--name', 'Nome', '--role', 'editor'], /organis/],
    [
      'an unknown organisation',
      ['add', '--email', 'x3@test.example', '--name', 'Nome', '--role', 'editor', '--org', 'no-such-org'],
      /no-such-org/,
    ],
    ['an existing account', ['add', '--email', 'referente@anci.test', '--name', 'Nome', '--role', 'viewer'], /exists already/],
  ];
  it.concurrent.for(argumentCases)('refuses %s with exit 1', async ([, args, message], { expect }) => {
    const before = db.select().from(users).all().length;
    const run = await cli(file, args, 'lighthouse-amber-meadow-9\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(db.select().from(users).all().length).toBe(before);
  });
});

describe('user:disable', () => {
  it('sets disabledAt and ends the user’s sessions', async () => {
    await cli(file, ['add', '--email', 'leaving@test.example', '--name', 'In uscita', '--role', 'viewer'], PASSWORD);
    const user = userByEmail('leaving@test.example')!;
    const token = createSession(db, user.id);
    expect(resolveSession(db, token)).not.toBeNull();

    const run = await cli(file, ['disable', '--email', 'Leaving@test.example']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Disabled leaving@test\.example/);
    expect(userByEmail('leaving@test.example')!.disabledAt).not.toBeNull();
    expect(resolveSession(db, token)).toBeNull();
  });

  it('says so when the account does not exist', async () => {
    const run = await cli(file, ['disable', '--email', 'nobody@test.example']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No account for nobody@test\.example/);
  });
});

describe('user:reset-password', () => {
  it('changes the hash and ends the user’s sessions', async () => {
    await cli(file, ['add', '--email', 'forgetful@test.example', '--name', 'Smemorato', '--role', 'viewer'], PASSWORD);
    const before = userByEmail('forgetful@test.example')!;
    const token = createSession(db, before.id);

    const run = await cli(file, ['reset-password', '--email', 'forgetful@test.example'], 'copper-window-saffron-12\n');
    expect(run.code).toBe(0);
    const after = userByEmail('forgetful@test.example')!;
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(after.passwordHash, 'copper-window-saffron-12')).toBe(true);
    expect(await verifyPassword(after.passwordHash, 'lighthouse-amber-meadow-9')).toBe(false);
    expect(resolveSession(db, token)).toBeNull();
  });

  it('refuses a common password and keeps the old hash', async () => {
    const before = userByEmail('forgetful@test.example')!;
    const run = await cli(file, ['reset-password', '--email', 'forgetful@test.example'], 'password1234\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/common/i);
    expect(userByEmail('forgetful@test.example')!.passwordHash).toBe(before.passwordHash);
  });
});
