import { asc, eq } from 'drizzle-orm';
import type { UserRole } from '../../shared/enums';
import type { UserCreateInput, UserUpdateInput } from '../../shared/schemas/users';
import { hashPassword, passwordProblem } from '../auth/password';
import { setPassword } from '../auth/service';
import { destroyUserSessions } from '../auth/session';
import { AppError, appError } from '../errors';
import type { Db } from '../db/client';
import { organizations, users } from '../db/schema';

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

/** Creates an account; the password must pass the policy. No account is ever created with a default password. */
export async function createUser(db: Db, input: UserCreateInput) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new AppError(problem.code, problem.params);
  const organizationId = organizationIdOf(db, input.organizationSlug);
  if (db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
    throw appError('ACCOUNT_EXISTS', { email: input.email });
  }
  const passwordHash = await hashPassword(input.password);
  const row = db
    .insert(users)
    .values({ email: input.email, name: input.name, role: input.role, organizationId, passwordHash })
    .returning({ id: users.id })
    .get();
  return row;
}

export function updateUser(db: Db, input: UserUpdateInput) {
  const user = db.select().from(users).where(eq(users.id, input.id)).get();
  if (!user) throw appError('USER_NOT_FOUND');
  const role: UserRole = input.role ?? user.role;
  const organizationId =
    input.organizationSlug === undefined ? user.organizationId : organizationIdOf(db, input.organizationSlug);
  if (role === 'editor' && !organizationId) {
    throw appError('EDITOR_NEEDS_ORGANIZATION');
  }
  db.transaction((tx) => {
    tx.update(users)
      .set({
        name: input.name ?? user.name,
        role,
        organizationId,
        disabledAt: input.disabled === undefined ? user.disabledAt : input.disabled ? new Date().toISOString() : null,
        updatedAt: new Date().toISOString(),
        version: user.version + 1,
      })
      .where(eq(users.id, user.id))
      .run();
  });
  // A disabled user, or one whose rights changed, signs in again.
  if (input.disabled || input.role || input.organizationSlug !== undefined) destroyUserSessions(db, user.id);
  return { id: user.id };
}

export function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export { setPassword as resetPassword };
