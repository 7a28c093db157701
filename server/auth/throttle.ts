import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottle } from '../db/schema';

/**
 * A failure counter: `free` failures before back-off starts. `forgive: 'clear'` counters start again
 * after a success; `'one'` counters (an address, which may be guessing other accounts) only take
 * back the attempt counted for it.
 */
export type ThrottleKey = { key: string; free: number; forgive: 'clear' | 'one' };

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
/** A quiet hour forgets past failures: nobody is locked out for good. */
export const FORGET_AFTER_MS = 60 * 60_000;

/** Free failures per counter. */
export const FREE_FAILURES = {
  /** One account from one address: the guesser at that address is slowed down at once. */
  pair: 5,
  /** One browser that signed in to the account before. */
  device: 5,
  /** One address across all accounts. */
  address: 30,
  /** One account from everywhere: slows a brute force spread over many addresses. */
  account: 20,
  /** Wrong current passwords in one session before it ends. */
  reauth: 5,
} as const;

/**
 * The counters a sign-in attempt meets (`checked`) and adds to when it fails (`counted`).
 * From a browser that signed in to this account before (`device`, the hash of its cookie), only that
 * browser's own counter applies: failures from other addresses — all of them counted against the
 * account — cannot lock it out (OWASP "device cookies"). Any other attempt meets the counters of the
 * account at its address, of its address, and of the account everywhere.
 */
export function signInThrottle(email: string, ip: string, device: string | null = null) {
  const account: ThrottleKey = { key: `account:${email}`, free: FREE_FAILURES.account, forgive: 'clear' };
  if (device) {
    const own: ThrottleKey = { key: `device:${device}`, free: FREE_FAILURES.device, forgive: 'clear' };
    return { checked: [own], counted: [own, account] };
  }
  const checked: ThrottleKey[] = [
    { key: `pair:${email}|${ip}`, free: FREE_FAILURES.pair, forgive: 'clear' },
    { key: `ip:${ip}`, free: FREE_FAILURES.address, forgive: 'one' },
    account,
  ];
  return { checked, counted: checked };
}

/** The counter of wrong current passwords typed in one session (changing the password, turning off TOTP). */
export const reauthThrottle = (sessionId: string): ThrottleKey[] => [
  { key: `reauth:${sessionId}`, free: FREE_FAILURES.reauth, forgive: 'clear' },
];

/** When these counters block an attempt, the time they open again; otherwise null. */
export function blockedUntil(db: Db, keys: readonly ThrottleKey[], now = Date.now()): Date | null {
  if (keys.length === 0) return null;
  const rows = db
    .select()
    .from(loginThrottle)
    .where(
      inArray(
        loginThrottle.key,
        keys.map((k) => k.key),
      ),
    )
    .all();
  const until = rows
    .map((r) => (r.blockedUntil ? Date.parse(r.blockedUntil) : 0))
    .filter((t) => t > now)
    .sort((a, b) => b - a)[0];
  return until ? new Date(until) : null;
}

/**
 * Counts an attempt as failed; once a counter's free failures are used up, blocks with an exponential
 * back-off. Called before the password is checked, so parallel guesses cannot slip through.
 */
export function recordFailure(db: Db, keys: readonly ThrottleKey[], now = Date.now()) {
  db.transaction((tx) => {
    for (const { key, free } of keys) {
      const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const stale = row && now - Date.parse(row.lastFailureAt) > FORGET_AFTER_MS;
      const failures = !row || stale ? 1 : row.failures + 1;
      const over = failures - free + 1;
      const blocked = over > 0 ? new Date(now + Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (over - 1))) : null;
      const values = { failures, lastFailureAt: new Date(now).toISOString(), blockedUntil: blocked?.toISOString() ?? null };
      tx.insert(loginThrottle)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: loginThrottle.key, set: values })
        .run();
    }
  });
}

/** A success: `clear` counters start again, `one` counters take back the attempt counted for it. */
export function forgiveAttempt(db: Db, keys: readonly ThrottleKey[]) {
  db.transaction((tx) => {
    for (const { key, forgive } of keys) {
      const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      if (!row) continue;
      if (forgive === 'clear' || row.failures <= 1) tx.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
      else tx.update(loginThrottle).set({ failures: row.failures - 1 }).where(eq(loginThrottle.key, key)).run();
    }
  });
}
