import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organizations, users } from '../db/schema';
import { AppError, appError } from '../errors';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { createSession, destroySession, destroyUserSessions, toSessionUser, type SessionUser } from './session';
import { forgetDevices, rememberDevice, trustedDevice } from './devices';
import { blockedUntil, forgiveAttempt, reauthThrottle, recordFailure, signInThrottle } from './throttle';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from './totp';
import type { AuditActor } from '../audit/audited';
import { auditAccount } from '../users/audit';

export type LoginResult =
  | { status: 'ok'; token: string; user: SessionUser; deviceToken: string }
  | { status: 'code_required' };

const invalid = () => appError('WRONG_CREDENTIALS');

/**
 * Checks credentials (and the second factor when enrolled), throttled (server/auth/throttle.ts): a
 * browser that signed in to the account before (`deviceToken`) only by its own counter, any other
 * attempt per account at its address, per address and per account. One message for every failure
 * so that it does not reveal which accounts exist.
 */
export async function login(
  db: Db,
  input: { email: string; password: string; code?: string },
  ip: string,
  now = Date.now(),
  deviceToken: string | null = null,
): Promise<LoginResult> {
  const user = db.select().from(users).where(eq(users.email, input.email)).get();
  const device = user ? trustedDevice(db, user.id, deviceToken) : null;
  const throttle = signInThrottle(input.email, ip, device);
  const until = blockedUntil(db, throttle.checked, now);
  if (until) {
    const seconds = Math.ceil((until.getTime() - now) / 1000);
    throw appError('TOO_MANY_ATTEMPTS', { seconds });
  }
  // Counted as a failure until proven otherwise: parallel guesses all meet the throttle.
  recordFailure(db, throttle.counted, now);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || user.disabledAt) throw invalid();
  if (user.totpEnabledAt && user.totpSecret) {
    if (!input.code) {
      forgiveAttempt(db, throttle.counted); // the password was right: asking for the code is not a failure
      return { status: 'code_required' };
    }
    if (!consumeSecondFactor(db, user.id, input.code, now)) throw invalid();
  }
  forgiveAttempt(db, throttle.counted);
  db.update(users).set({ lastLoginAt: new Date(now).toISOString() }).where(eq(users.id, user.id)).run();
  return {
    status: 'ok',
    token: createSession(db, user.id, now),
    user: toSessionUser(user),
    deviceToken: rememberDevice(db, user.id, device && deviceToken ? { token: deviceToken, id: device } : null, now),
  };
}

/**
 * The current password, asked again before a change that needs it. Throttled per session: after
 * `FREE_FAILURES.reauth` wrong ones the session ends, so a borrowed or stolen session is no oracle
 * for guessing the password (signing in again meets the sign-in throttle).
 */
async function checkCurrentPassword(db: Db, user: typeof users.$inferSelect, password: string, sessionId: string | undefined) {
  const keys = sessionId ? reauthThrottle(sessionId) : [];
  recordFailure(db, keys);
  if (await verifyPassword(user.passwordHash, password)) {
    forgiveAttempt(db, keys);
    return;
  }
  if (sessionId && blockedUntil(db, keys)) {
    destroySession(db, sessionId);
    throw appError('REAUTH_LOCKED');
  }
  throw invalid();
}

/**
 * Checks a TOTP code (each time step accepted once: no replay) or spends a recovery code.
 * Synchronous read-and-write in one transaction: two parallel sign-ins cannot both use it.
 */
function consumeSecondFactor(db: Db, userId: number, code: string, now: number): boolean {
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user?.totpSecret) return false;
    if (/^\d{6}$/.test(code)) {
      const step = verifyTotp(user.totpSecret, code, now);
      if (step === null || step <= (user.totpLastStep ?? -1)) return false;
      tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId)).run();
      return true;
    }
    const hash = hashRecoveryCode(code);
    if (!user.recoveryCodes.includes(hash)) return false;
    tx.update(users)
      .set({ recoveryCodes: user.recoveryCodes.filter((h) => h !== hash) })
      .where(eq(users.id, userId))
      .run();
    return true;
  });
}

const getUser = (db: Db, id: number) => {
  const user = db.select().from(users).where(eq(users.id, id)).get();
  if (!user) throw appError('USER_NOT_FOUND');
  return user;
};

/** Starts TOTP enrolment: stores a pending secret, returns it with its QR code. */
export function beginTotp(db: Db, userId: number) {
  const user = getUser(db, userId);
  if (user.totpEnabledAt) throw appError('TOTP_ALREADY_ON');
  const { secret, uri, qrSvg } = newTotpSecret(user.email);
  db.update(users).set({ totpSecret: secret }).where(eq(users.id, userId)).run();
  return { secret, uri, qrSvg };
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once. Other sessions end. */
export function confirmTotp(db: Db, userId: number, code: string, keepSessionId?: string) {
  const user = getUser(db, userId);
  if (user.totpEnabledAt) throw appError('TOTP_ALREADY_ON');
  const step = user.totpSecret ? verifyTotp(user.totpSecret, code) : null;
  if (step === null) {
    throw appError('TOTP_INVALID');
  }
  const { codes, hashes } = newRecoveryCodes();
  db.transaction((tx) => {
    const after = tx
      .update(users)
      .set({ totpEnabledAt: new Date().toISOString(), recoveryCodes: hashes, totpLastStep: step })
      .where(eq(users.id, userId))
      .returning()
      .get()!;
    auditAccount(tx, user, user, after);
  });
  destroyUserSessions(db, userId, keepSessionId);
  return { recoveryCodes: codes };
}

/** Turns the second factor off (password required); other sessions end. */
export async function disableTotp(db: Db, userId: number, password: string, keepSessionId?: string) {
  const user = getUser(db, userId);
  await checkCurrentPassword(db, user, password, keepSessionId);
  clearTotp(db, user, user);
  destroyUserSessions(db, userId, keepSessionId);
}

/** Removes the second factor (secret, last step, recovery codes) with the account's audit row. */
export function clearTotp(db: Db, actor: AuditActor, user: typeof users.$inferSelect, event?: 'twoFactorReset') {
  db.transaction((tx) => {
    const after = tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [], updatedAt: new Date().toISOString() })
      .where(eq(users.id, user.id))
      .returning()
      .get()!;
    auditAccount(tx, actor, user, after, event);
  });
}

/**
 * Sets a new password after checking the policy; ends the user's sessions. The audit row says the
 * password was reset (by `actor`) or changed (by the user), never what it is.
 */
export async function setPassword(db: Db, userId: number, password: string, actor: AuditActor) {
  const user = getUser(db, userId);
  const problem = passwordProblem(password, user.email);
  if (problem) throw new AppError(problem.code, problem.params);
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    const after = tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date().toISOString() })
      .where(eq(users.id, userId))
      .returning()
      .get()!;
    auditAccount(tx, actor, user, after, actor.id === userId ? 'passwordChanged' : 'passwordReset');
  });
  destroyUserSessions(db, userId);
  forgetDevices(db, userId);
}

export async function changePassword(db: Db, userId: number, current: string, next: string, sessionId?: string) {
  const user = getUser(db, userId);
  await checkCurrentPassword(db, user, current, sessionId);
  await setPassword(db, userId, next, user);
  return { token: createSession(db, userId) };
}

/** The signed-in user with their organisation, or null for anonymous visitors. */
export function currentUser(db: Db, user: SessionUser | null) {
  if (!user) return null;
  const org = user.organizationId
    ? db
        .select({ id: organizations.id, slug: organizations.slug, shortName: organizations.shortName })
        .from(organizations)
        .where(eq(organizations.id, user.organizationId))
        .get()
    : undefined;
  return { ...user, organization: org ?? null };
}
