import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginDevices } from '../db/schema';
import { randomToken, sha256 } from './tokens';

/** The browsers remembered per account: the oldest beyond this are forgotten. */
const MAX_DEVICES = 20;

/** The device id (hash of its cookie token) when `token` is a browser that signed in to `userId` before. */
export function trustedDevice(db: Db, userId: number, token: string | null | undefined): string | null {
  if (!token) return null;
  const id = sha256(token);
  const row = db
    .select({ id: loginDevices.id })
    .from(loginDevices)
    .where(and(eq(loginDevices.id, id), eq(loginDevices.userId, userId)))
    .get();
  return row?.id ?? null;
}

/**
 * After a successful sign-in: the browser's token (the same one when it was already remembered for
 * this account, else a new one) to set in its device cookie.
 */
export function rememberDevice(db: Db, userId: number, known: { token: string; id: string } | null, now = Date.now()): string {
  const at = new Date(now).toISOString();
  if (known) {
    db.update(loginDevices).set({ lastUsedAt: at }).where(eq(loginDevices.id, known.id)).run();
    return known.token;
  }
  const token = randomToken();
  db.transaction((tx) => {
    tx.insert(loginDevices).values({ id: sha256(token), userId, createdAt: at, lastUsedAt: at }).run();
    const kept = tx
      .select({ id: loginDevices.id })
      .from(loginDevices)
      .where(eq(loginDevices.userId, userId))
      .orderBy(desc(loginDevices.lastUsedAt))
      .limit(MAX_DEVICES)
      .all()
      .map((r) => r.id);
    tx.delete(loginDevices)
      .where(and(eq(loginDevices.userId, userId), notInArray(loginDevices.id, kept)))
      .run();
  });
  return token;
}

/** A new password: no browser is trusted any more for this account. */
export function forgetDevices(db: Db, userId: number) {
  db.delete(loginDevices).where(eq(loginDevices.userId, userId)).run();
}
