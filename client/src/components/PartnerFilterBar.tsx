import { use, useEffect, useId, useState } from 'react';
import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PROVINCES,
  membershipRoleLabels,
  membershipStatusLabels,
  organizationTypeLabels,
} from '@shared/enums';
import { Prerendering } from '../lib/prerendering';
import { useI18n } from '../lib/i18n';
import type { PartnerFilters } from '@shared/schemas/partners';
import { usePartnerFilters } from '../lib/partner-filters';
import { FilterFooter, FilterSelect } from './FilterBar';

/** The pause after a keystroke before the search runs: short, as the server answers in a few ms. */
const SEARCH_PAUSE_MS = 120;

/**
 * Type, role, province, status and text filters; they live in the URL. `resultText`: what the filters
 * found (partners and network members apart), once it is known. `prefetch`: asks for the page's data
 * for a search as it is typed, before the URL changes, so the results are there when the page
 * re-renders for the new URL (that render, not the server, is the slow part on a phone).
 */
export function PartnerFilterBar({ resultText, prefetch }: { resultText?: string; prefetch?: (input: PartnerFilters) => void }) {
  const { t, options } = useI18n();
  // In the prerendered first screen, nothing to type into before the app can act on it.
  const prerendering = use(Prerendering);
  const { filters, input, setFilter, reset, active } = usePartnerFilters();
  const id = useId();
  const [q, setQ] = useState(filters.q ?? '');
  // On phones the four selects fold away behind a button; the search box stays.
  const [open, setOpen] = useState(false);
  const activeSelects = [filters.type, filters.role, filters.province, filters.status].filter(Boolean).length;

  // Typing updates the URL after a short pause; the URL stays the single source of truth.
  useEffect(() => {
    if ((filters.q ?? '') === q) return;
    const timer = setTimeout(() => {
      const { q: _, ...rest } = input;
      prefetch?.(q.trim() ? { ...rest, q: q.trim() } : rest);
      setFilter('q', q.trim());
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [q]); // eslint-disable-line react-hooks/exhaustive-deps
  // The URL changed from elsewhere (back button, a link): the box shows it.
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    setQ(filters.q ?? '');
  }

  const select = (
    key: 'type' | 'role' | 'province' | 'status',
    text: string,
    options: { value: string; label: string }[],
  ) => (
    <FilterSelect
      id={`${id}-${key}`}
      name={key}
      label={text}
      value={filters[key] ?? ''}
      anyLabel={t.filters.any}
      options={options}
      onValue={(v) => setFilter(key, v)}
    />
  );

  return (
    <form className="filter-bar" role="search" inert={prerendering || undefined} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend className="visually-hidden">{t.filters.legend}</legend>
        <div className="field field-search">
          <label htmlFor={`${id}-q`}>{t.filters.search}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            placeholder={t.filters.searchPlaceholder}
            onChange={(e) => setQ(e.target.value)}
            maxLength={100}
          />
        </div>
        <button
          type="button"
          className="btn btn-outline filter-toggle"
          aria-expanded={open}
          aria-controls={`${id}-selects`}
          onClick={() => setOpen(!open)}
        >
          {t.filters.more}
          {activeSelects > 0 && ` (${activeSelects})`}
        </button>
        <div id={`${id}-selects`} className={`filter-selects ${open ? 'is-open' : ''}`}>
        {select('type', t.filters.type, options(ORGANIZATION_TYPES, organizationTypeLabels))}
        {select('role', t.filters.role, options(MEMBERSHIP_ROLES, membershipRoleLabels))}
        {select('province', t.filters.province, PROVINCES.map((p) => ({ value: p.code, label: p.name })))}
        {select('status', t.filters.status, options(MEMBERSHIP_STATUSES, membershipStatusLabels))}
        </div>
      </fieldset>
      <FilterFooter
        results={resultText ?? ''}
        active={active}
        onReset={() => {
          setQ('');
          reset();
        }}
        resetLabel={t.filters.reset}
      />
    </form>
  );
}
