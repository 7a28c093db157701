import { PROJECT_PERIOD } from '@shared/dashboard';
import { useQueryEditor } from '../../lib/url-filters';
import { romeToday } from '@shared/event-dates';

export const PRESETS = ['project', 'year', '12m', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string | null): v is string => Boolean(v && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

/** Today in Rome, YYYY-MM-DD. */

/** The days a preset covers; `custom` keeps the days given. */
export function presetRange(preset: Exclude<Preset, 'custom'>, today = romeToday()): { from: string; to: string } {
  if (preset === 'project') return { ...PROJECT_PERIOD };
  if (preset === 'year') return { from: `${today.slice(0, 4)}-01-01`, to: today };
  const start = new Date(`${today}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: start.toISOString().slice(0, 10), to: today };
}

export type DashboardQuery = { from: string; to: string; body?: string };

/**
 * Period and body of the dashboard, kept in the URL (`period`, `from`, `to`, `body`, page numbers):
 * a view can be bookmarked, shared and printed. Whole project by default: COOPERA ran 2021–2023.
 */
export function useDashboardFilter() {
  const { params, editQuery } = useQueryEditor();
  const asked = params.get('period');
  const customOk = isDay(params.get('from')) && isDay(params.get('to')) && params.get('from')! <= params.get('to')!;
  const preset: Preset =
    asked === 'custom' || (!asked && customOk)
      ? customOk
        ? 'custom'
        : 'project'
      : (PRESETS as readonly string[]).includes(asked ?? '')
        ? (asked as Preset)
        : 'project';
  const range = preset === 'custom' ? { from: params.get('from')!, to: params.get('to')! } : presetRange(preset);
  const body = params.get('body') && /^[a-z0-9-]{1,80}$/.test(params.get('body')!) ? params.get('body')! : undefined;
  const query: DashboardQuery = { ...range, ...(body ? { body } : {}) };

  const update = (changes: Record<string, string | null>) =>
    editQuery((next) => {
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      // A new period or body starts the lists from their first page.
      next.delete('orgPage');
      next.delete('matrixPage');
    });
  const page = (key: 'orgPage' | 'matrixPage') => Math.max(1, Math.min(100_000, Number(params.get(key)) || 1));
  const setPage = (key: 'orgPage' | 'matrixPage', value: number) =>
    editQuery((next) => {
      if (value > 1) next.set(key, String(value));
      else next.delete(key);
    });
  const sort = params.get('sort') === 'name' ? ('name' as const) : ('rate' as const);

  return {
    preset,
    query,
    setPreset: (p: Preset) =>
      update(p === 'custom' ? { period: 'custom', from: range.from, to: range.to } : { period: p === 'project' ? null : p, from: null, to: null }),
    setCustom: (from: string, to: string) => update({ period: 'custom', from, to }),
    setBody: (slug: string) => update({ body: slug || null }),
    sort,
    setSort: (s: 'rate' | 'name') =>
      editQuery((next) => {
        if (s === 'name') next.set('sort', 'name');
        else next.delete('sort');
        next.delete('orgPage');
      }),
    page,
    setPage,
  };
}

/** `?from=…&to=…&body=…` for the report page and the exports. */
export const queryString = (q: DashboardQuery, extra: Record<string, string> = {}) =>
  new URLSearchParams({ from: q.from, to: q.to, ...(q.body ? { body: q.body } : {}), ...extra }).toString();
