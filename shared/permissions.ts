import type { UserRole, Visibility } from './enums';

/**
 * Who may do what: the one definition, used by the server to decide (server/trpc.ts, auth/policy.ts)
 * and by the client to hide what would be refused.
 */
export type Who = { role: UserRole; organizationId: number | null; mfaSetupRequired: boolean } | null | undefined;

export const ROLE_RANK: Record<UserRole, number> = { viewer: 1, editor: 2, coordinator: 3, admin: 4 };

/** At least `min`, with the second factor enrolled when the role requires one. */
export const hasRole = (user: Who, min: UserRole): boolean =>
  Boolean(user && !user.mfaSetupRequired && ROLE_RANK[user.role] >= ROLE_RANK[min]);

export const isCoordinator = (user: Who) => hasRole(user, 'coordinator');
export const isAdmin = (user: Who) => hasRole(user, 'admin');

/** May this user change this organisation's records? Coordinators any; editors their own. */
export function canEditOrganization(user: Who, organizationId: number): boolean {
  if (!user || user.mfaSetupRequired) return false;
  if (isCoordinator(user)) return true;
  return user.role === 'editor' && user.organizationId === organizationId;
}

/** The coordinators' contact tier is written only by those who may read it. */
export const canUseTier = (user: Who, visibility: Visibility | undefined) =>
  visibility !== 'coordinators' || isCoordinator(user);

/**
 * Contact tiers a user may read: the public sees `public`; any signed-in member also `members`;
 * only coordinators and admins see `coordinators`.
 */
export function visibleTiers(user: Who): Visibility[] {
  if (!user || user.mfaSetupRequired) return ['public'];
  return isCoordinator(user) ? ['public', 'members', 'coordinators'] : ['public', 'members'];
}
