import type { Visibility } from '../../shared/enums';
import { appError } from '../errors';
import type { SessionUser } from './session';

/** The one place that answers "may this user change this organisation's records?". */
export function canEditOrganization(user: SessionUser | null, organizationId: number): boolean {
  if (!user || user.mfaSetupRequired) return false;
  if (user.role === 'admin' || user.role === 'coordinator') return true;
  return user.role === 'editor' && user.organizationId === organizationId;
}

export function assertCanEditOrganization(user: SessionUser | null, organizationId: number) {
  if (!canEditOrganization(user, organizationId)) {
    throw appError('OWN_ORGANIZATION_ONLY');
  }
}

const isCoordinator = (user: SessionUser | null) =>
  !!user && !user.mfaSetupRequired && (user.role === 'admin' || user.role === 'coordinator');

/**
 * Contact tiers a user may read: the public sees `public`; any signed-in member also `members`;
 * only coordinators and admins see `coordinators`.
 */
export function visibleTiers(user: SessionUser | null): Visibility[] {
  if (!user || user.mfaSetupRequired) return ['public'];
  return isCoordinator(user) ? ['public', 'members', 'coordinators'] : ['public', 'members'];
}

/** A contact in the coordinators' tier is written only by those who may read it. */
export function assertCanUseTier(user: SessionUser | null, visibility: Visibility | undefined) {
  if (visibility === 'coordinators' && !isCoordinator(user)) {
    throw appError('COORDINATORS_TIER');
  }
}
