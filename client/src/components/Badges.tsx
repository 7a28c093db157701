import {
  membershipRoleLabels,
  membershipStatusLabels,
  organizationTypeLabels,
  visibilityLabels,
  type MembershipRole,
  type MembershipStatus,
  type OrganizationType,
  type Visibility,
} from '@shared/enums';
import { useI18n } from '../lib/i18n';

export function RoleBadge({ role }: { role: MembershipRole }) {
  const { label } = useI18n();
  return <span className={`badge badge-role-${role}`}>{label(membershipRoleLabels, role)}</span>;
}

export function StatusBadge({ status }: { status: MembershipStatus }) {
  const { label } = useI18n();
  if (status === 'active') return null;
  return <span className={`badge badge-status-${status}`}>{label(membershipStatusLabels, status)}</span>;
}

export function TypeLabel({ type }: { type: OrganizationType }) {
  const { label } = useI18n();
  return <span className="type-label">{label(organizationTypeLabels, type)}</span>;
}

/** Who can see a contact: everyone, network members, coordinators only. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { label } = useI18n();
  return <span className={`badge badge-visibility-${visibility}`}>{label(visibilityLabels, visibility)}</span>;
}
