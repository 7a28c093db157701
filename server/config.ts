import path from 'node:path';
import { z } from 'zod';
import { USER_ROLES } from '../shared/enums';
import { projectRoot } from './paths';

/**
 * Every setting the server takes from its environment, parsed once at start-up (server/main.ts) and
 * passed in. A bad value is refused with the variable's name and what it accepts: it never becomes
 * NaN, a silently dropped role or a timer that fires every millisecond.
 */
const unset = (v: unknown) => (v === '' ? undefined : v);
const integer = (min: number, max: number, what: string) =>
  z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+$/, `a whole number ${what}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `a whole number ${what}`)
      .optional(),
  );
const flag = z.preprocess(unset, z.enum(['0', '1'], { error: '0 or 1' }).optional());
const text = z.preprocess(unset, z.string().optional());
const url = z.preprocess(unset, z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' }).optional());
// An empty list is a choice here (no role must enrol a second factor), not an unset variable.
const roles = z.preprocess(
  (v) => v,
  z
    .string()
    .transform((v) => v.split(',').map((r) => r.trim()).filter(Boolean))
    .pipe(z.array(z.enum(USER_ROLES, { error: `a comma-separated list of ${USER_ROLES.join(', ')}` })))
    .optional(),
);

const environment = z.object({
  PORT: integer(1, 65_535, 'from 1 to 65535'),
  HOST: text,
  DATABASE_PATH: text,
  PUBLIC_URL: url,
  TRUST_PROXY: flag,
  LOG_REQUESTS: flag,
  TILE_URL: text,
  TILE_ATTRIBUTION: text,
  SESSION_IDLE_MINUTES: integer(1, 7 * 24 * 60, 'of minutes, at least 1'),
  SESSION_ABSOLUTE_MINUTES: integer(1, 365 * 24 * 60, 'of minutes, at least 1'),
  MFA_REQUIRED_ROLES: roles,
  PUBLIC_CACHE_TTL_SECONDS: integer(0, 86_400, 'of seconds, 0 to turn the cache off'),
  PUBLIC_CACHE_MAX_ENTRIES: integer(0, 1_000_000, 'of entries, 0 to turn the cache off'),
  BACKUP_DIR: text,
  BACKUP_INTERVAL_HOURS: integer(1, 24 * 365, 'of hours, at least 1'),
  BACKUP_KEEP: integer(1, 10_000, 'of backups to keep, at least 1'),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The server's settings, from `env` (process.env at start-up; any object in tests). */
export function loadConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: expected ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration (see README, Configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT ?? 3000,
    host: e.HOST ?? '0.0.0.0',
    databasePath: e.DATABASE_PATH ?? path.join(projectRoot, 'data/coopera.db'),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    https: e.PUBLIC_URL?.startsWith('https://') ?? false,
    trustProxy: e.TRUST_PROXY === '1',
    logRequests: e.LOG_REQUESTS !== '0',
    tileUrl: e.TILE_URL,
    tileAttribution: e.TILE_ATTRIBUTION,
    auth: {
      idleTimeoutMs: (e.SESSION_IDLE_MINUTES ?? 30) * 60_000,
      absoluteTimeoutMs: (e.SESSION_ABSOLUTE_MINUTES ?? 12 * 60) * 60_000,
      mfaRequiredRoles: e.MFA_REQUIRED_ROLES ?? (['admin', 'coordinator'] as const),
    },
    publicCache: {
      ttlMs: (e.PUBLIC_CACHE_TTL_SECONDS ?? 60) * 1000,
      maxEntries: e.PUBLIC_CACHE_MAX_ENTRIES ?? 500,
    },
    backup: e.BACKUP_DIR
      ? { dir: e.BACKUP_DIR, everyMs: (e.BACKUP_INTERVAL_HOURS ?? 24) * 3_600_000, keep: e.BACKUP_KEEP ?? 14 }
      : null,
  });
}

export type Config = ReturnType<typeof loadConfig>;
