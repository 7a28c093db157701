import path from 'node:path';
import { z } from 'zod';
import { USER_ROLES, type UserRole } from '../shared/enums';
import { projectRoot } from './paths';

/**
 * Every setting the server takes from its environment, parsed once at start-up (server/main.ts) and
 * passed in. A bad value is refused with the variable's name and what it accepts: it never becomes
 * NaN, a silently dropped role or a timer that fires every millisecond.
 */
const unset = (v: unknown) => (v === '' ? undefined : v);
const integer = (min: number, max: number, unit = '', note = '') => {
  const accepts = `a whole number${unit && ` of ${unit}`} from ${min} to ${max}${note}`;
  return z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+$/, accepts)
      .transform(Number)
      .refine((n) => n >= min && n <= max, accepts)
      .optional(),
  );
};
const flag = z.preprocess(unset, z.enum(['0', '1'], { error: '0 or 1' }).optional());
const text = z.preprocess(unset, z.string().optional());
const url = z.preprocess(unset, z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' }).optional());
// Leaflet's template: {s} {z} {x} {y} {r} stand for subdomain, zoom, column, row and retina suffix.
const isTileTemplate = (v: string) => {
  if (!['{z}', '{x}', '{y}'].every((p) => v.includes(p))) return false;
  try {
    return /^https?:$/.test(new URL(v.replace(/\{[a-z]\}/g, 'a')).protocol);
  } catch {
    return false;
  }
};
const tileTemplate = z.preprocess(
  unset,
  z.string().refine(isTileTemplate, 'an http(s):// tile address with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png').optional(),
);
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
  PORT: integer(1, 65_535),
  HOST: text,
  DATABASE_PATH: text,
  PUBLIC_URL: url,
  TRUST_PROXY: flag,
  LOG_REQUESTS: flag,
  TILE_URL: tileTemplate,
  TILE_ATTRIBUTION: text,
  SESSION_IDLE_MINUTES: integer(1, 7 * 24 * 60, 'minutes'),
  SESSION_ABSOLUTE_MINUTES: integer(1, 365 * 24 * 60, 'minutes'),
  MFA_REQUIRED_ROLES: roles,
  PUBLIC_CACHE_TTL_SECONDS: integer(0, 86_400, 'seconds', ' (0 turns the cache off)'),
  PUBLIC_CACHE_MAX_ENTRIES: integer(0, 1_000_000, 'entries', ' (0 turns the cache off)'),
  BACKUP_DIR: text,
  BACKUP_INTERVAL_HOURS: integer(1, 24 * 365, 'hours'),
  BACKUP_KEEP: integer(1, 10_000, 'backups to keep'),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The server's settings, from `env` (process.env at start-up; any object in tests). */
export function loadConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    // One line per variable (a list may fail at several entries), each with what it accepts.
    const accepts = new Map(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    const lines = [...accepts].map(([name, what]) => `  ${name}=${JSON.stringify(env[name] ?? '')}: expected ${what}`);
    throw new ConfigError(`Invalid configuration (see README, Configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return deepFreeze({
    port: e.PORT ?? 3000,
    host: e.HOST ?? '0.0.0.0',
    databasePath: databasePathFrom(e),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    https: e.PUBLIC_URL?.startsWith('https://') ?? false,
    trustProxy: e.TRUST_PROXY === '1',
    logRequests: e.LOG_REQUESTS !== '0',
    tileUrl: e.TILE_URL,
    tileAttribution: e.TILE_ATTRIBUTION,
    auth: {
      idleTimeoutMs: (e.SESSION_IDLE_MINUTES ?? 30) * 60_000,
      absoluteTimeoutMs: (e.SESSION_ABSOLUTE_MINUTES ?? 12 * 60) * 60_000,
      mfaRequiredRoles: e.MFA_REQUIRED_ROLES ?? (['admin', 'coordinator'] as UserRole[]),
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

type DeepReadonly<T> = { readonly [K in keyof T]: T[K] extends object ? DeepReadonly<T[K]> : T[K] };

function deepFreeze<T extends object>(value: T): DeepReadonly<T> {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner as object);
  return Object.freeze(value) as DeepReadonly<T>;
}

export type Config = ReturnType<typeof loadConfig>;

/** DATABASE_PATH alone, for the operator scripts (backup, restore), which need no other setting. */
export function databasePathFrom(env: { readonly [name: string]: unknown }): string {
  const value = env.DATABASE_PATH;
  return typeof value === 'string' && value ? value : path.join(projectRoot, 'data/coopera.db');
}
