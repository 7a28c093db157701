import type { UserRole, Visibility } from '@shared/enums';

/**
 * What the interface offers to whom. These mirror server/auth/policy.ts and the procedure
 * middleware only to hide buttons that would be refused: the server decides, always.
 */
type Who = { role: UserRole; organizationId: number | null; mfaSetupRequired: boolean } | null | undefined;

const RANK: Record<UserRole, number> = { viewer: 1, editor: 2, coordinator: 3, admin: 4 };

/** At least `min`, with the second factor enrolled when the role requires it (server/trpc.ts atLeast). */
export const hasRole = (user: Who, min: UserRole): boolean =>
  Boolean(user && !user.mfaSetupRequired && RANK[user.role] >= RANK[min]);

/** Mirrors canEditOrganization in server/auth/policy.ts. */
export function canEditOrganization(user: Who, organizationId: number): boolean {
  if (!user || user.mfaSetupRequired) return false;
  if (user.role === 'admin' || user.role === 'coordinator') return true;
  return user.role === 'editor' && user.organizationId === organizationId;
}

export const isCoordinator = (user: Who) => hasRole(user, 'coordinator');
export const isAdmin = (user: Who) => hasRole(user, 'admin');

/** Mirrors assertCanUseTier in server/auth/policy.ts: the coordinators' tier is theirs alone. */
export const canUseTier = (user: Who, visibility: Visibility) => visibility !== 'coordinators' || isCoordinator(user);
