import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottle } from '../db/schema';

/** Free attempts before back-off starts, per account and per IP address. */
const FREE = { account: 5, ip: 30 };
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
/** A quiet hour forgets past failures: nobody is locked out for good. */
const FORGET_AFTER_MS = 60 * 60_000;

export const throttleKeys = (email: string, ip: string) => ({ account: `account:${email}`, ip: `ip:${ip}` });

/** When sign-in is blocked for these keys, the time it opens again; otherwise null. */
export function blockedUntil(db: Db, keys: { account: string; ip: string }, now = Date.now()): Date | null {
  const rows = db
    .select()
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, [keys.account, keys.ip]))
    .all();
  const until = rows
    .map((r) => (r.blockedUntil ? Date.parse(r.blockedUntil) : 0))
    .filter((t) => t > now)
    .sort((a, b) => b - a)[0];
  return until ? new Date(until) : null;
}

/**
 * Counts an attempt as failed; once the free attempts are used up, blocks with an exponential
 * back-off. Called before the password is checked, so parallel guesses cannot slip through.
 */
export function recordFailure(db: Db, keys: { account: string; ip: string }, now = Date.now()) {
  db.transaction((tx) => {
    for (const [kind, key] of Object.entries(keys) as ['account' | 'ip', string][]) {
      const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const stale = row && now - Date.parse(row.lastFailureAt) > FORGET_AFTER_MS;
      const failures = !row || stale ? 1 : row.failures + 1;
      const over = failures - FREE[kind] + 1;
      const blocked = over > 0 ? new Date(now + Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (over - 1))) : null;
      const values = { failures, lastFailureAt: new Date(now).toISOString(), blockedUntil: blocked?.toISOString() ?? null };
      tx.insert(loginThrottle)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: loginThrottle.key, set: values })
        .run();
    }
  });
}

/**
 * A successful sign-in clears the account's counter and takes back the attempt counted against
 * the IP (its earlier failures stay: it may be guessing other accounts).
 */
export function forgiveAttempt(db: Db, keys: { account: string; ip: string }) {
  db.transaction((tx) => {
    tx.delete(loginThrottle).where(eq(loginThrottle.key, keys.account)).run();
    const ip = tx.select().from(loginThrottle).where(eq(loginThrottle.key, keys.ip)).get();
    if (ip && ip.failures <= 1) tx.delete(loginThrottle).where(eq(loginThrottle.key, keys.ip)).run();
    else if (ip) tx.update(loginThrottle).set({ failures: ip.failures - 1 }).where(eq(loginThrottle.key, keys.ip)).run();
  });
}
