import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { auditLog, organizations, sessions, users } from '../db/schema';
import { callerAs, createTestDb, createTestUser, totpCode, type TestUser } from '../test-utils';
import { commandLine } from './audit';
import { resetPassword, updateUser } from './service';

let db: Db;
let cleanup: () => void;
let admin: TestUser;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  admin = await createTestUser(db, { role: 'admin', totp: true, email: 'amministratrice@test.example' });
});
afterAll(() => cleanup());

const rowsOf = (id: number) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, id)))
    .orderBy(auditLog.id)
    .all();

/** Every secret of the account, as stored now (hash, TOTP secret, recovery-code hashes). */
function secretsOf(id: number): string[] {
  const row = db.select().from(users).where(eq(users.id, id)).get()!;
  return [row.passwordHash, row.totpSecret, ...row.recoveryCodes].filter((v): v is string => Boolean(v));
}

function expectNoSecrets(id: number, seen: string[]) {
  const text = JSON.stringify(rowsOf(id));
  for (const key of ['passwordHash', 'totpSecret', 'recoveryCodes', 'totpLastStep']) expect(text).not.toContain(`"${key}"`);
  for (const secret of seen) expect(text).not.toContain(secret);
}

describe('account changes in the audit trail', () => {
  const slugOf = (i: number) => db.select({ slug: organizations.slug }).from(organizations).all()[i]!.slug;

  it('records the creation, role, organisation and disabling of an account by an administrator', async () => {
    const caller = callerAs(db, admin);
    const { id } = await caller.users.create({ email: 'nuova@test.example', name: 'Nuova Persona', role: 'viewer', password: 'lantern-meadow-quartz-77' });
    const seen = secretsOf(id);
    await caller.users.update({ id, role: 'editor', organizationSlug: slugOf(0) });
    await caller.users.update({ id, organizationSlug: slugOf(1) });
    await caller.users.update({ id, disabled: true });
    await caller.users.update({ id, disabled: true }); // no change: no row
    await caller.users.update({ id, disabled: false });

    const rows = rowsOf(id);
    expect(rows.map((r) => [r.action, r.userEmail])).toEqual([
      ['create', 'amministratrice@test.example'],
      ['update', 'amministratrice@test.example'],
      ['update', 'amministratrice@test.example'],
      ['update', 'amministratrice@test.example'],
      ['update', 'amministratrice@test.example'],
    ]);
    expect(rows[0]!.after).toMatchObject({ email: 'nuova@test.example', role: 'viewer', twoFactor: false, disabledAt: null });
    expect(rows[1]!.before).toMatchObject({ role: 'viewer', organizationId: null });
    expect(rows[1]!.after).toMatchObject({ role: 'editor' });
    expect(rows[2]!.after!.organizationId).not.toBe(rows[1]!.after!.organizationId);
    expect(rows[2]!.organizationId).toBe(rows[2]!.after!.organizationId);
    expect(rows[3]!.after!.disabledAt).toEqual(expect.any(String));
    expect(rows[4]!.after!.disabledAt).toBeNull();
    expectNoSecrets(id, seen);
  });

  it('records a password reset without the password or its hash', async () => {
    const person = await createTestUser(db, { role: 'viewer' });
    const oldHash = person.row.passwordHash;
    await callerAs(db, admin).users.resetPassword({ id: person.row.id, password: 'harbour-violet-engine-58' });
    const row = rowsOf(person.row.id).at(-1)!;
    expect(row).toMatchObject({ action: 'update', userId: admin.row.id });
    expect(row.after!.passwordReset).toEqual(expect.any(String));
    expect(JSON.stringify(row)).not.toContain('harbour-violet-engine-58');
    expectNoSecrets(person.row.id, [oldHash, ...secretsOf(person.row.id)]);
  });

  it('records enrolment, reset and self-service removal of the second factor without its secret or recovery codes', async () => {
    const person = await createTestUser(db, { role: 'viewer' });
    const self = callerAs(db, person);
    const begun = await self.auth.totpBegin();
    const { recoveryCodes } = await self.auth.totpConfirm({ code: totpCode(begun.secret) });
    const storedHashes = secretsOf(person.row.id);
    let rows = rowsOf(person.row.id);
    expect(rows.at(-1)).toMatchObject({ userId: person.row.id, action: 'update' });
    expect(rows.at(-1)!.before).toMatchObject({ twoFactor: false });
    expect(rows.at(-1)!.after).toMatchObject({ twoFactor: true, recoveryCodesLeft: 10 });

    await callerAs(db, admin).users.resetTwoFactor({ id: person.row.id });
    rows = rowsOf(person.row.id);
    expect(rows.at(-1)).toMatchObject({ userId: admin.row.id });
    expect(rows.at(-1)!.after).toMatchObject({ twoFactor: false, recoveryCodesLeft: 0, twoFactorReset: expect.any(String) });
    expect(db.select().from(sessions).where(eq(sessions.userId, person.row.id)).all()).toEqual([]);
    expect(db.select().from(users).where(eq(users.id, person.row.id)).get()!.totpSecret).toBeNull();

    expectNoSecrets(person.row.id, [begun.secret, ...recoveryCodes, ...storedHashes]);
  });

  it('records a password changed by its owner and a second factor they turned off', async () => {
    const person = await createTestUser(db, { role: 'viewer' });
    const self = callerAs(db, person);
    const begun = await self.auth.totpBegin();
    await self.auth.totpConfirm({ code: totpCode(begun.secret) });
    const seen = secretsOf(person.row.id);
    await callerAs(db, person).auth.totpDisable({ password: person.password });
    await callerAs(db, person).auth.changePassword({ currentPassword: person.password, newPassword: 'copper-willow-signal-93' });
    const rows = rowsOf(person.row.id).slice(-2);
    expect(rows.map((r) => r.userId)).toEqual([person.row.id, person.row.id]);
    expect(rows[0]!.after).toMatchObject({ twoFactor: false });
    expect(rows[1]!.after!.passwordChanged).toEqual(expect.any(String));
    expectNoSecrets(person.row.id, [...seen, begun.secret, ...secretsOf(person.row.id)]);
  });

  it('files changes made at the command line under the command, with no account', async () => {
    const person = await createTestUser(db, { role: 'viewer' });
    updateUser(db, { id: person.row.id, disabled: true }, commandLine('user:disable'));
    await resetPassword(db, person.row.id, 'meadow-lantern-quartz-19', commandLine('user:reset-password'));
    const rows = rowsOf(person.row.id);
    expect(rows.map((r) => [r.userId, r.userEmail])).toEqual([
      [null, 'command line (user:add)'],
      [null, 'command line (user:disable)'],
      [null, 'command line (user:reset-password)'],
    ]);
  });
});
