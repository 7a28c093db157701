import { asc, eq } from 'drizzle-orm';
import type { UserRole } from '../../shared/enums';
import type { UserCreateInput, UserUpdateInput } from '../../shared/schemas/users';
import { hashPassword, passwordProblem } from '../auth/password';
import type { AuditActor } from '../audit/audited';
import { clearTotp, setPassword } from '../auth/service';
import { destroyUserSessions } from '../auth/session';
import { AppError, appError } from '../errors';
import type { Db } from '../db/client';
import { organizations, users } from '../db/schema';
import { auditAccount, commandLine } from './audit';

const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organizationId: users.organizationId,
  organizationShortName: organizations.shortName,
  totpEnabledAt: users.totpEnabledAt,
  disabledAt: users.disabledAt,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

function organizationIdOf(db: Db, slug: string | null | undefined): number | null {
  if (!slug) return null;
  const org = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get();
  if (!org) throw appError('ORGANIZATION_SLUG_UNKNOWN', { slug });
  return org.id;
}

/** Accounts without their secrets. */
export function listUsers(db: Db) {
  return db
    .select(publicUserColumns)
    .from(users)
    .leftJoin(organizations, eq(users.organizationId, organizations.id))
    .orderBy(asc(users.email))
    .all();
}

/**
 * Creates an account, with its audit row; the password must pass the policy. No account is ever
 * created with a default password. Without `actor`, the operators' command line created it.
 */
export async function createUser(db: Db, input: UserCreateInput, actor: AuditActor = commandLine('user:add')) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new AppError(problem.code, problem.params);
  const organizationId = organizationIdOf(db, input.organizationSlug);
  if (db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
    throw appError('ACCOUNT_EXISTS', { email: input.email });
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const row = tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, organizationId, passwordHash })
      .returning()
      .get();
    auditAccount(tx, actor, null, row);
    return { id: row.id };
  });
}

/** Changes name, role, organisation or disabled state, with the account's audit row (no row when nothing changed). */
export function updateUser(db: Db, input: UserUpdateInput, actor: AuditActor) {
  const user = db.select().from(users).where(eq(users.id, input.id)).get();
  if (!user) throw appError('USER_NOT_FOUND');
  const role: UserRole = input.role ?? user.role;
  const organizationId =
    input.organizationSlug === undefined ? user.organizationId : organizationIdOf(db, input.organizationSlug);
  if (role === 'editor' && !organizationId) {
    throw appError('EDITOR_NEEDS_ORGANIZATION');
  }
  const disabledAt =
    input.disabled === undefined ? user.disabledAt : input.disabled ? (user.disabledAt ?? new Date().toISOString()) : null;
  const name = input.name ?? user.name;
  const changed = name !== user.name || role !== user.role || organizationId !== user.organizationId || disabledAt !== user.disabledAt;
  if (changed) db.transaction((tx) => {
    const after = tx
      .update(users)
      .set({ name, role, organizationId, disabledAt, updatedAt: new Date().toISOString(), version: user.version + 1 })
      .where(eq(users.id, user.id))
      .returning()
      .get()!;
    auditAccount(tx, actor, user, after);
  });
  // A disabled user, or one whose rights changed, signs in again.
  if (input.disabled || input.role || input.organizationSlug !== undefined) destroyUserSessions(db, user.id);
  return { id: user.id };
}

export function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

/** An administrator (or the command line) sets a new password for someone; their sessions end. */
export const resetPassword = (db: Db, id: number, password: string, actor: AuditActor) => setPassword(db, id, password, actor);

/**
 * An administrator turns off the second factor of someone who lost it; their sessions end and they
 * enrol again at their next sign-in when their role requires one.
 */
export function resetTwoFactor(db: Db, id: number, actor: AuditActor) {
  const user = db.select().from(users).where(eq(users.id, id)).get();
  if (!user) throw appError('USER_NOT_FOUND');
  if (!user.totpEnabledAt && !user.totpSecret) return { id };
  clearTotp(db, actor, user, 'twoFactorReset');
  destroyUserSessions(db, id);
  return { id };
}
