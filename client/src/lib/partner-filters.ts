import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PROVINCE_CODES,
} from '@shared/enums';
import type { PartnerFilters } from '@shared/schemas/partners';
import { oneOf, useUrlFilters } from './url-filters';

/** Partner filters kept in the URL, so a filtered view can be bookmarked and shared. */
export function usePartnerFilters() {
  const { params, setFilter: setOne, reset } = useUrlFilters<keyof PartnerFilters>();
  // Other filters make another list: the directory starts again from its first page.
  const setFilter = (key: keyof PartnerFilters, value: string) => setOne(key, value, ['page']);
  const filters: PartnerFilters = {
    type: oneOf(ORGANIZATION_TYPES, params.get('type')),
    role: oneOf(MEMBERSHIP_ROLES, params.get('role')),
    province: oneOf(PROVINCE_CODES, params.get('province')),
    status: oneOf(MEMBERSHIP_STATUSES, params.get('status')),
    q: params.get('q')?.slice(0, 100) || undefined,
  };
  const active = Object.values(filters).some(Boolean);
  // Drop undefined keys so the query key is stable.
  const input = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as PartnerFilters;
  return { filters, input, setFilter, reset, active };
}
