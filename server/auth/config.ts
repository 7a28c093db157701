import type { UserRole } from '../../shared/enums';
import type { Config } from '../config';

/**
 * Security settings in force. They start at the defaults; server/main.ts applies the parsed
 * configuration (server/config.ts) before the server listens.
 */
export const authConfig: { idleTimeoutMs: number; absoluteTimeoutMs: number; mfaRequiredRoles: readonly UserRole[] } = {
  /** A session ends after this long without a request (ASVS 3.3.2). */
  idleTimeoutMs: 30 * 60_000,
  /** …and in any case this long after sign-in. */
  absoluteTimeoutMs: 12 * 60 * 60_000,
  /** Roles that must enrol a second factor before doing anything else. */
  mfaRequiredRoles: ['admin', 'coordinator'],
};

export function applyAuthConfig(settings: Config['auth']) {
  Object.assign(authConfig, settings);
}
