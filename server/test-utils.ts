import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import { listenLocally } from '../scripts/lib/dev-support';
import type { UserRole } from '../shared/enums';
import { createApp, type AppOptions } from './app';
import { createSession, toSessionUser, type SessionUser } from './auth/session';
import { sha256 } from './auth/tokens';
import { createInnerContext, type Context } from './context';
import { openDatabase, type Db } from './db/client';
import { loadSeed } from './db/seed';
import { users } from './db/schema';
import { seedData } from './db/seed-data';
import { createCaller } from './router';
import { createUser } from './users/service';

/** A fresh SQLite file in a temp folder, migrated from drizzle/ and, unless `empty`, seeded. */
export function createTestDb({ empty = false } = {}): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-test-'));
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  if (!empty) loadSeed(db, seedData);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tRPC caller as an anonymous visitor on the given database. */
export const publicCaller = (db: Db) => createCaller(createInnerContext(db));

/** The password of every test account: long enough and not among the common ones. */
export const TEST_PASSWORD = 'plume-orbit-canyon-42';

export type TestUser = {
  /** The users row as stored after creation (and TOTP enrolment). */
  row: typeof users.$inferSelect;
  /** The signed-in user as procedures see it, from the session below. */
  user: SessionUser;
  sessionId: string;
  /** The cookie token of that session. */
  token: string;
  password: string;
  /** The enrolled TOTP secret (base32), or null. */
  totpSecret: string | null;
};

let testUserCount = 0;

/**
 * An account created through the users service (argon2id hash, password policy), with a live
 * session. `totp` enrols a second factor, which the roles in MFA_REQUIRED_ROLES need to act.
 */
export async function createTestUser(
  db: Db,
  opts: { role: UserRole; orgSlug?: string | null; email?: string; name?: string; password?: string; totp?: boolean },
): Promise<TestUser> {
  const email = opts.email ?? `${opts.role}-${++testUserCount}@test.example`;
  const password = opts.password ?? TEST_PASSWORD;
  const { id } = await createUser(db, {
    email,
    name: opts.name ?? `Test ${opts.role}`,
    role: opts.role,
    organizationSlug: opts.orgSlug ?? null,
    password,
  });
  let totpSecret: string | null = null;
  if (opts.totp) {
    totpSecret = new Secret({ size: 20 }).base32;
    db.update(users).set({ totpSecret, totpEnabledAt: new Date().toISOString() }).where(eq(users.id, id)).run();
  }
  const row = db.select().from(users).where(eq(users.id, id)).get()!;
  const token = createSession(db, id);
  return { row, user: toSessionUser(row), sessionId: sha256(token), token, password, totpSecret };
}

/** A tRPC caller signed in as `who` (or anonymous for null), as the HTTP context would build it. */
export const callerAs = (
  db: Db,
  who: Pick<TestUser, 'user' | 'sessionId'> | null,
  opts: Partial<Omit<Context, 'db' | 'user' | 'sessionId'>> = {},
) => createCaller(createInnerContext(db, { user: who?.user ?? null, sessionId: who?.sessionId ?? null, ...opts }));

/** The TRPCError a call is refused with; fails the test when the call succeeds or throws anything else. */
export async function rejection(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => expect.fail('expected the call to be refused'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The current six-digit code for a base32 TOTP secret. */
export const totpCode = (secret: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });

const builtClient = fileURLToPath(new URL('../dist/client', import.meta.url));

/**
 * createApp on a free port. The static folder is a temp copy of the real build (dist/client) when
 * there is one and `realBuild` is asked for, otherwise a bare index.html.
 */
export async function startTestApp(
  db: Db,
  opts: Omit<Partial<AppOptions>, 'db' | 'staticDir'> & { realBuild?: boolean } = {},
): Promise<{ baseUrl: string; port: number; staticDir: string; realBuild: boolean; close: () => Promise<void> }> {
  const { realBuild: wantBuild = false, ...appOptions } = opts;
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopera-static-'));
  const realBuild = wantBuild && fs.existsSync(path.join(builtClient, 'index.html'));
  if (realBuild) fs.cpSync(builtClient, staticDir, { recursive: true });
  else fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="it"><head><title>COOPERA Network</title><meta name="description" content=""></head><body><div id="root"></div></body></html>');
  const { baseUrl, port, close } = await listenLocally(createApp({ db, staticDir, ...appOptions }));
  return {
    baseUrl,
    port,
    staticDir,
    realBuild,
    close: async () => {
      await close();
      fs.rmSync(staticDir, { recursive: true, force: true });
    },
  };
}
