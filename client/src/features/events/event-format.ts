import type { inferRouterOutputs } from '@trpc/server';
import { formatEventWhen as formatSharedWhen, type EventDates } from '@shared/event-dates';
import type { Locale } from '@shared/enums';
import type { AppRouter } from '../../../../server/router';
import { intlLocale } from '../../lib/i18n/locale';

type Outputs = inferRouterOutputs<AppRouter>;
export type EventListItem = Outputs['events']['list'][number];
export type EventPage = Outputs['events']['page'];
export type EventDetail = Outputs['events']['bySlug'];
export type GovernanceBody = Outputs['events']['bodies'][number];

/** When an event takes place, in Rome time, in the page's language (see shared/event-dates). */
export const formatEventWhen = (e: EventDates, locale: Locale, style?: 'long' | 'medium' | 'full'): string =>
  formatSharedWhen(e, intlLocale(locale), style);

export { eventYear } from '@shared/event-dates';

/** The events' iCal feed in a language (Italian, the feed's default, without a parameter). */
export const calendarFeedPath = (locale: Locale): string => `/api/open/events.ics${locale === 'it' ? '' : `?lang=${locale}`}`;
