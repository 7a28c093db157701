import type { inferRouterOutputs } from '@trpc/server';
import { formatEventWhen as formatSharedWhen, romeDay, type EventDates } from '@shared/event-dates';
import type { Locale } from '@shared/enums';
import type { AppRouter } from '../../../../server/router';
import { intlLocale } from '../../lib/i18n/locale';

type Outputs = inferRouterOutputs<AppRouter>;
export type EventListItem = Outputs['events']['list'][number];
export type EventDetail = Outputs['events']['bySlug'];
export type GovernanceBody = Outputs['events']['bodies'][number];

/** When an event takes place, in Rome time, in the page's language (see shared/event-dates). */
export const formatEventWhen = (e: EventDates, locale: Locale, style?: 'long' | 'medium' | 'full'): string =>
  formatSharedWhen(e, intlLocale(locale), style);

/** The year (in Rome) an event starts in. */
export const eventYear = (e: { startsAt: string }): number => Number(romeDay(e.startsAt).slice(0, 4));

/** Every year an event list touches, newest first. */
export function eventYears(list: { startsAt: string; endsAt: string | null }[]): number[] {
  const years = new Set<number>();
  for (const e of list) {
    const last = Number(romeDay(e.endsAt ?? e.startsAt).slice(0, 4));
    for (let y = eventYear(e); y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

/** The events' iCal feed in a language (Italian, the feed's default, without a parameter). */
export const calendarFeedPath = (locale: Locale): string => `/api/open/events.ics${locale === 'it' ? '' : `?lang=${locale}`}`;
