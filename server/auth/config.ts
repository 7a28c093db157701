import { USER_ROLES, type UserRole } from '../../shared/enums';

const minutes = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return (Number.isFinite(n) && n > 0 ? n : fallback) * 60_000;
};

/** Security settings, from the environment (see README, Configuration). */
export const authConfig = {
  /** A session ends after this long without a request (ASVS 3.3.2). */
  idleTimeoutMs: minutes('SESSION_IDLE_MINUTES', 30),
  /** …and in any case this long after sign-in. */
  absoluteTimeoutMs: minutes('SESSION_ABSOLUTE_MINUTES', 12 * 60),
  /** Roles that must enrol a second factor before doing anything else. */
  mfaRequiredRoles: (process.env.MFA_REQUIRED_ROLES ?? 'admin,coordinator')
    .split(',')
    .map((r) => r.trim())
    .filter((r): r is UserRole => (USER_ROLES as readonly string[]).includes(r)),
};
