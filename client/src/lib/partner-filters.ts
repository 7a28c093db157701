import { useSearchParams } from 'react-router';
import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PROVINCE_CODES,
} from '@shared/enums';
import type { PartnerFilters } from '@shared/schemas/partners';

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v && (values as readonly string[]).includes(v) ? (v as T) : undefined;

/** Partner filters kept in the URL, so a filtered view can be bookmarked and shared. */
export function usePartnerFilters() {
  const [params, setParams] = useSearchParams();
  const filters: PartnerFilters = {
    type: oneOf(ORGANIZATION_TYPES, params.get('type')),
    role: oneOf(MEMBERSHIP_ROLES, params.get('role')),
    province: oneOf(PROVINCE_CODES, params.get('province')),
    status: oneOf(MEMBERSHIP_STATUSES, params.get('status')),
    q: params.get('q')?.slice(0, 100) || undefined,
  };
  // Built from the live URL, not the hook's `prev`: react-router renders navigations in a
  // transition, so two quick changes could otherwise start from a stale query and undo each other.
  const setFilter = (key: keyof PartnerFilters, value: string) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const reset = () => setParams(new URLSearchParams(), { replace: true });
  const active = Object.values(filters).some(Boolean);
  // Drop undefined keys so the query key is stable.
  const input = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as PartnerFilters;
  return { filters, input, setFilter, reset, active };
}
