/**
 * What the interface offers to whom: the server's own rules (shared/permissions.ts), used here only to
 * hide buttons that would be refused. The server decides, always.
 */
export { canEditOrganization, canUseTier, hasRole, isAdmin, isCoordinator } from '@shared/permissions';
