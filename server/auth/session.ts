import { and, eq, ne } from 'drizzle-orm';
import type { UserRole } from '../../shared/enums';
import type { Db } from '../db/client';
import { sessions, users } from '../db/schema';
import { authConfig } from './config';
import { randomToken, sha256 } from './tokens';

/** The signed-in user as procedures see it. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  organizationId: number | null;
  totpEnabled: boolean;
  /** The role requires a second factor and none is enrolled yet: only enrolment is allowed. */
  mfaSetupRequired: boolean;
};

export function toSessionUser(u: typeof users.$inferSelect): SessionUser {
  const totpEnabled = Boolean(u.totpEnabledAt);
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    organizationId: u.organizationId,
    totpEnabled,
    mfaSetupRequired: !totpEnabled && authConfig.mfaRequiredRoles.includes(u.role),
  };
}

/** Starts a session; returns the cookie token (only its hash is stored). */
export function createSession(db: Db, userId: number, now = Date.now()): string {
  const token = randomToken();
  const at = new Date(now).toISOString();
  db.insert(sessions)
    .values({
      id: sha256(token),
      userId,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(now + authConfig.absoluteTimeoutMs).toISOString(),
    })
    .run();
  return token;
}

/** Resolves a cookie token to its user, ending the session when idle or expired, or the user disabled. */
export function resolveSession(
  db: Db,
  token: string | undefined,
  now = Date.now(),
): { sessionId: string; user: SessionUser } | null {
  if (!token || token.length > 100) return null;
  const id = sha256(token);
  const row = db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, id))
    .get();
  if (!row) return null;
  const idle = now - Date.parse(row.session.lastSeenAt) > authConfig.idleTimeoutMs;
  const expired = now >= Date.parse(row.session.expiresAt);
  if (idle || expired || row.user.disabledAt) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  // Touch at most once a minute: reads stay reads.
  if (now - Date.parse(row.session.lastSeenAt) > 60_000) {
    db.update(sessions).set({ lastSeenAt: new Date(now).toISOString() }).where(eq(sessions.id, id)).run();
  }
  return { sessionId: id, user: toSessionUser(row.user) };
}

export function destroySession(db: Db, sessionId: string) {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of a user (but `keepSessionId`): on disable, password reset and 2FA changes. */
export function destroyUserSessions(db: Db, userId: number, keepSessionId?: string) {
  db.delete(sessions)
    .where(and(eq(sessions.userId, userId), keepSessionId ? ne(sessions.id, keepSessionId) : undefined))
    .run();
}

