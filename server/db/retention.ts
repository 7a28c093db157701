import { and, isNull, lt, or } from 'drizzle-orm';
import { romeToday } from '../../shared/event-dates';
import { authConfig } from '../auth/config';
import { DEVICE_MAX_AGE_S } from '../auth/cookies';
import { FORGET_AFTER_MS } from '../auth/throttle';
import type { Db } from './client';
import { attendancePeople, loginDevices, loginThrottle, sessions } from './schema';

/**
 * The retention the privacy notice states, enforced: names of people on registers after their erase
 * date, ended sessions, sign-in counters (which hold the address of a failed attempt) once forgotten,
 * browsers not used to sign in for 180 days. Runs at start and every hour.
 */
export function applyRetention(db: Db, now = new Date()) {
  const iso = now.toISOString();
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  return db.transaction((tx) => ({
    people: tx.delete(attendancePeople).where(lt(attendancePeople.eraseAfter, romeToday(now))).run().changes,
    sessions: tx
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, iso), lt(sessions.lastSeenAt, ago(authConfig.idleTimeoutMs))))
      .run().changes,
    throttle: tx
      .delete(loginThrottle)
      .where(and(lt(loginThrottle.lastFailureAt, ago(FORGET_AFTER_MS)), or(isNull(loginThrottle.blockedUntil), lt(loginThrottle.blockedUntil, iso))))
      .run().changes,
    devices: tx.delete(loginDevices).where(lt(loginDevices.lastUsedAt, ago(DEVICE_MAX_AGE_S * 1000))).run().changes,
  }));
}

const HOUR_MS = 60 * 60_000;

/** Applies the retention now and every hour; the timer does not keep the process alive. */
export function scheduleRetention(db: Db) {
  const run = () => {
    try {
      applyRetention(db);
    } catch (error) {
      console.error('Retention failed:', error);
    }
  };
  run();
  setInterval(run, HOUR_MS).unref();
}
