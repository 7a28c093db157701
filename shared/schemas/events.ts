import { z } from 'zod';
import { check } from '../errors';
import { DATE_CONFIDENCES, DATE_PRECISIONS, EVENT_MODES, EVENT_STATUSES, EVENT_TYPES } from '../enums';
import { isDateOnly, toRomeIso } from '../event-dates';
import { id, optionalText, optionalWebUrl, searchText, slug, source, text, version } from './common';

/**
 * When an event starts or ends: a bare date ("2022-03-24") when no time is known, or a date-time with
 * an explicit offset ("2022-01-31T15:00:00+01:00", "…Z"). Date-times are stored in Rome time with the
 * offset of that instant, so that every stored value reads as the local time people were given.
 */
export const eventDateTime = z.union([
  z.iso.date(),
  z.iso.datetime({ offset: true }).transform((v) => toRomeIso(v)),
]);
export type EventDateTime = z.infer<typeof eventDateTime>;

/** Both ends are dates, or both are date-times, and the end is not before the start. */
export function eventDatesInOrder(startsAt: string, endsAt: string | null | undefined): boolean {
  if (!endsAt) return true;
  if (isDateOnly(startsAt) !== isDateOnly(endsAt)) return false;
  return isDateOnly(startsAt) ? startsAt <= endsAt : new Date(startsAt) <= new Date(endsAt);
}
const datesMessage = () => ({ ...check('EVENT_DATES_ORDER'), path: ['endsAt'] });

/** Only the month known: the dates are bare days, since a time would claim more than the sources give. */
export function monthDatesBare(startsAt: string, endsAt: string | null | undefined, precision: string | undefined): boolean {
  return precision !== 'month' || (isDateOnly(startsAt) && (!endsAt || isDateOnly(endsAt)));
}
const monthMessage = () => ({ ...check('EVENT_MONTH_TIMED'), path: ['datePrecision'] });

/** Filters of `events.list`; `from`/`to` are inclusive days in Rome. */
export const eventListInput = z
  .object({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    type: z.enum(EVENT_TYPES).optional(),
    bodyId: id.optional(),
    bodySlug: slug.optional(),
    status: z.enum(EVENT_STATUSES).optional(),
    q: searchText.optional(),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, { ...check('PERIOD_ORDER'), path: ['to'] })
  .optional();
export type EventListInput = z.infer<typeof eventListInput>;

export const EVENT_PAGE_SIZE = 25;

/** One page of the events list: upcoming soonest first, then past newest first, as the page shows them. */
export const eventPageInput = z
  .object({
    filters: eventListInput,
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(EVENT_PAGE_SIZE),
  })
  .strict();
export type EventPageInput = z.input<typeof eventPageInput>;

export const eventBySlugInput = z.object({ slug }).strict();
export type EventBySlugInput = z.infer<typeof eventBySlugInput>;

const eventFields = {
  type: z.enum(EVENT_TYPES),
  titleIt: text(300).min(3),
  titleEn: text(300).optional(),
  startsAt: eventDateTime,
  endsAt: eventDateTime.nullable().optional(),
  dateConfidence: z.enum(DATE_CONFIDENCES).optional(),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  dateNote: optionalText(300),
  mode: z.enum(EVENT_MODES).nullable().optional(),
  place: optionalText(300),
  onlineUrl: optionalWebUrl,
  organizerOrganizationId: id.nullable().optional(),
  organizerNote: optionalText(300),
  bodyId: id.nullable().optional(),
  agendaIt: text(5000).optional(),
  agendaEn: text(5000).optional(),
  outcomeIt: text(5000).optional(),
  outcomeEn: text(5000).optional(),
  /** People who took part, as the sources count them. */
  totalParticipants: z.number().int().min(0).max(1_000_000).nullable().optional(),
  /** Organisations that took part, as the sources count them: a separate figure, never added to people. */
  totalOrganizations: z.number().int().min(0).max(100_000).nullable().optional(),
  participantsNote: optionalText(500),
  status: z.enum(EVENT_STATUSES),
  isPublic: z.boolean().optional(),
  sources: z.array(source).max(20).optional(),
};

export const eventCreateInput = z
  .object({ slug, ...eventFields })
  .strict()
  .refine((v) => eventDatesInOrder(v.startsAt, v.endsAt), datesMessage())
  .refine((v) => monthDatesBare(v.startsAt, v.endsAt, v.datePrecision), monthMessage());
export type EventCreateInput = z.infer<typeof eventCreateInput>;

/** The slug is not editable: it is the event's address and its calendar UID. */
export const eventUpdateInput = z
  .object({ id, version, ...eventFields })
  .partial({ type: true, titleIt: true, startsAt: true, status: true })
  .strict()
  .refine((v) => !v.startsAt || eventDatesInOrder(v.startsAt, v.endsAt), datesMessage());
export type EventUpdateInput = z.infer<typeof eventUpdateInput>;
