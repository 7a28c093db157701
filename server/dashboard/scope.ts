import type { SessionUser } from '../auth/session';

/**
 * What a signed-in member may see: coordinators and admins every organisation's line; viewers and
 * editors the aggregate figures and their own organisation's line only.
 */
export type Scope = { all: true } | { all: false; organizationId: number | null };

export function scopeOf(user: Pick<SessionUser, 'role' | 'organizationId'>): Scope {
  return user.role === 'coordinator' || user.role === 'admin'
    ? { all: true }
    : { all: false, organizationId: user.organizationId };
}
