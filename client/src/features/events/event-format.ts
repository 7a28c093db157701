import type { inferRouterOutputs } from '@trpc/server';
import { EVENT_TIME_ZONE, isDateOnly, romeDay } from '@shared/event-dates';
import type { Locale } from '@shared/enums';
import type { AppRouter } from '../../../../server/router';
import { intlLocale } from '../../lib/i18n/locale';

type Outputs = inferRouterOutputs<AppRouter>;
export type EventListItem = Outputs['events']['list'][number];
export type EventDetail = Outputs['events']['bySlug'];
export type GovernanceBody = Outputs['events']['bodies'][number];

/** A bare date is a calendar day: read it at noon UTC so no time zone moves it to another day. */
const asInstant = (value: string) => new Date(isDateOnly(value) ? `${value}T12:00:00Z` : value);

/**
 * When an event takes place, in Rome time: "29 marzo 2023", "31 gennaio 2022, 15:00–17:00",
 * "1 marzo – 31 maggio 2022".
 */
export function formatEventWhen(e: { startsAt: string; endsAt: string | null }, locale: Locale): string {
  const lang = intlLocale(locale);
  const allDay = isDateOnly(e.startsAt);
  const long = new Intl.DateTimeFormat(lang, {
    timeZone: EVENT_TIME_ZONE,
    dateStyle: 'long',
    ...(allDay ? {} : { timeStyle: 'short' }),
  });
  const start = asInstant(e.startsAt);
  if (!e.endsAt) return long.format(start);
  const end = asInstant(e.endsAt);
  if (!allDay) return long.formatRange(start, end);
  if (romeDay(e.startsAt) === romeDay(e.endsAt)) return long.format(start);
  // ICU writes "01 marzo – 31 maggio 2022": build the range by hand, without the leading zero.
  const sameYear = e.startsAt.slice(0, 4) === e.endsAt.slice(0, 4);
  const first = new Intl.DateTimeFormat(lang, {
    timeZone: EVENT_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(start);
  return `${first} – ${long.format(end)}`;
}

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
