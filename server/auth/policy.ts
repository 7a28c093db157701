import type { Visibility } from '../../shared/enums';
import { canEditOrganization, canUseTier } from '../../shared/permissions';
import { appError } from '../errors';
import type { SessionUser } from './session';

export { canEditOrganization, visibleTiers } from '../../shared/permissions';

export function assertCanEditOrganization(user: SessionUser | null, organizationId: number) {
  if (!canEditOrganization(user, organizationId)) {
    throw appError('OWN_ORGANIZATION_ONLY');
  }
}

/** A contact in the coordinators' tier is written only by those who may read it. */
export function assertCanUseTier(user: SessionUser | null, visibility: Visibility | undefined) {
  if (!canUseTier(user, visibility)) {
    throw appError('COORDINATORS_TIER');
  }
}
