import { TRPCError } from '@trpc/server';
import type { Visibility } from '../../shared/enums';
import type { SessionUser } from './session';

/** The one place that answers "may this user change this organisation's records?". */
export function canEditOrganization(user: SessionUser | null, organizationId: number): boolean {
  if (!user || user.mfaSetupRequired) return false;
  if (user.role === 'admin' || user.role === 'coordinator') return true;
  return user.role === 'editor' && user.organizationId === organizationId;
}

export function assertCanEditOrganization(user: SessionUser | null, organizationId: number) {
  if (!canEditOrganization(user, organizationId)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You may edit only your own organisation' });
  }
}

/**
 * Contact tiers a user may read for an organisation: the public sees `public`; members also
 * `members`; coordinators, admins and the organisation's own editors see every tier.
 */
export function visibleTiers(user: SessionUser | null, organizationId?: number): Visibility[] {
  if (!user || user.mfaSetupRequired) return ['public'];
  if (user.role === 'admin' || user.role === 'coordinator') return ['public', 'members', 'coordinators'];
  if (user.role === 'editor' && organizationId !== undefined && user.organizationId === organizationId) {
    return ['public', 'members', 'coordinators'];
  }
  return ['public', 'members'];
}
