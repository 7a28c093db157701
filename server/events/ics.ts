import type { IncomingMessage, ServerResponse } from 'node:http';
import ical, { ICalEventStatus } from 'ical-generator';
import {
  OPEN_DATA_LICENSE,
  eventModeLabels,
  eventStatusLabels,
  eventTypeLabels,
  type RecordLocale as Locale,
} from '../../shared/enums';
import { firstOfNextMonth, formatEventWhen, isDateOnly, isPastEvent, nextDay } from '../../shared/event-dates';
import { safeWebUrl } from '../../shared/links';
import type { Db } from '../db/client';
import { listEvents, type PublicEvent } from './service';

const TEXT = {
  it: {
    calendarName: 'COOPERA — Eventi della rete',
    calendarDescription:
      'Tavoli tecnici, webinar, workshop e incontri pubblici del progetto COOPERA (PROG 3031, FAMI 2014-2020).',
    type: 'Tipo',
    organizer: 'Organizzato da',
    body: 'Organismo',
    mode: 'Modalità',
    organizations: 'Enti partecipanti',
    participants: 'Persone partecipanti',
    status: 'Stato',
    inferredDate: 'Data dedotta dalle fonti',
    monthOnly: (when: string) => `Data indicativa: le fonti indicano solo il mese (${when}); l’evento occupa il mese intero nel calendario`,
    assumedEnd: (hours: number) => `Orario di fine non indicato: nel calendario la durata è di ${hours} ore`,
    dateNote: 'Nota sulla data',
    sources: 'Fonti',
    online: 'Online',
    andOnline: 'e online',
  },
  en: {
    calendarName: 'COOPERA — Network events',
    calendarDescription:
      'Technical tables, webinars, workshops and public meetings of the COOPERA project (PROG 3031, AMIF 2014-2020).',
    type: 'Type',
    organizer: 'Organised by',
    body: 'Body',
    mode: 'Format',
    organizations: 'Organisations taking part',
    participants: 'People taking part',
    status: 'Status',
    inferredDate: 'Date inferred from the sources',
    monthOnly: (when: string) => `Approximate date: the sources give only the month (${when}); the calendar shows the whole month`,
    assumedEnd: (hours: number) => `End time not given: the calendar shows it lasting ${hours} hours`,
    dateNote: 'Note on the date',
    sources: 'Sources',
    online: 'Online',
    andOnline: 'and online',
  },
} satisfies Record<Locale, Record<string, string | ((...args: never[]) => string)>>;

/** Where the event happens, as one line: "Palermo", "Online", "Palermo and online". */
function location(e: PublicEvent, text: (typeof TEXT)[Locale]): string | null {
  if (e.mode === 'online') return e.place ? `${e.place} (${text.online})` : text.online;
  if (e.mode === 'hybrid') return e.place ? `${e.place} ${text.andOnline}` : text.online;
  return e.place;
}

/** Type, organiser, body, totals, date caveats and sources: public facts only, never a person. */
function description(e: PublicEvent, locale: Locale): string {
  const text = TEXT[locale];
  const lines = [`${text.type}: ${eventTypeLabels[e.type][locale]}`];
  if (e.organizer) {
    lines.push(`${text.organizer}: ${e.organizer.name}${e.organizerNote ? ` (${e.organizerNote})` : ''}`);
  }
  if (e.body) lines.push(`${text.body}: ${locale === 'en' && e.body.nameEn ? e.body.nameEn : e.body.nameIt}`);
  if (e.mode) lines.push(`${text.mode}: ${eventModeLabels[e.mode][locale]}`);
  if (e.totalOrganizations !== null) lines.push(`${text.organizations}: ${e.totalOrganizations}`);
  if (e.totalParticipants !== null || e.participantsNote) {
    const total = [e.totalParticipants, e.participantsNote && `(${e.participantsNote})`].filter((x) => x !== null && x !== '');
    lines.push(`${text.participants}: ${total.join(' ')}`);
  }
  if (e.status !== 'held') lines.push(`${text.status}: ${eventStatusLabels[e.status][locale]}`);
  if (e.datePrecision === 'month') lines.push(text.monthOnly(formatEventWhen(e, locale === 'en' ? 'en-GB' : 'it-IT')));
  else if (!isDateOnly(e.startsAt) && !e.endsAt) lines.push(text.assumedEnd(ASSUMED_HOURS));
  if (e.dateConfidence === 'inferred') lines.push(`${text.inferredDate}${e.dateNote ? `: ${e.dateNote}` : ''}`);
  else if (e.dateNote) lines.push(`${text.dateNote}: ${e.dateNote}`);
  if (e.sources.length > 0) {
    lines.push(`${text.sources}:`, ...e.sources.map((s) => `- ${s.title ? `${s.title} — ` : ''}${safeWebUrl(s.url) ?? ''}`));
  }
  return lines.join('\n');
}

/** How long a timed event without an end lasts in the calendar: a technical table's usual two hours. */
const ASSUMED_HOURS = 2;

/**
 * Start and end as the calendar writes them. Timed events are instants with an end (ASSUMED_HOURS after
 * the start when none is known); days are all-day with an exclusive end; an event known only by its
 * month(s) covers them whole, from the first day to the first day after its last month.
 */
function calendarTimes(e: PublicEvent): { allDay: boolean; start: Date | string; end: Date | string | null } {
  if (e.datePrecision === 'month') {
    return { allDay: true, start: `${e.startsAt.slice(0, 7)}-01`, end: firstOfNextMonth(e.endsAt ?? e.startsAt) };
  }
  if (isDateOnly(e.startsAt)) return { allDay: true, start: e.startsAt, end: e.endsAt ? nextDay(e.endsAt) : null };
  const start = new Date(e.startsAt);
  return { allDay: false, start, end: e.endsAt ? new Date(e.endsAt) : new Date(start.getTime() + ASSUMED_HOURS * 3600_000) };
}

/** Whether a calendar should hold the event as tentative: its date is not certain, or it was never reported held. */
const tentative = (e: PublicEvent) =>
  e.dateConfidence === 'inferred' || e.datePrecision === 'month' || (e.status === 'planned' && isPastEvent(e));

/**
 * RFC 5545 calendar of the public events. Timed events are written in UTC (no VTIMEZONE
 * needed, every client converts them); events without a time are all-day (VALUE=DATE) with an exclusive
 * end. UID is the slug, which never changes; DTSTAMP and LAST-MODIFIED are the last save, SEQUENCE its
 * version, so a subscribed calendar updates an event in place instead of duplicating it.
 */
export function eventsCalendar(db: Db, opts: { origin: string; locale: Locale }): string {
  const { origin, locale } = opts;
  const text = TEXT[locale];
  const pagePrefix = locale === 'en' ? '/en/events' : '/events';
  const calendar = ical({
    name: text.calendarName,
    description: text.calendarDescription,
    prodId: { company: 'COOPERA Network', product: 'Events', language: locale.toUpperCase() },
    url: `${origin}${pagePrefix}`,
    ttl: 6 * 60 * 60,
  });
  for (const e of listEvents(db, null)) {
    const lastSaved = new Date(e.updatedAt);
    calendar.createEvent({
      id: `${e.slug}@coopera`,
      sequence: e.version - 1,
      stamp: lastSaved,
      lastModified: lastSaved,
      // An all-day range ends the day after its last day (RFC 5545 §3.6.1).
      ...calendarTimes(e),
      summary: locale === 'en' && e.titleEn ? e.titleEn : e.titleIt,
      description: description(e, locale),
      location: location(e, text),
      url: `${origin}${pagePrefix}/${e.slug}`,
      status:
        e.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : tentative(e)
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
    });
  }
  const body = calendar.toString();
  // Every content line ends with CRLF, the last one included (RFC 5545 §3.1).
  return body.endsWith('\r\n') ? body : `${body}\r\n`;
}

/** The public address of the app: PUBLIC_URL when set, else the host the request came to. */
function originOf(req: IncomingMessage, publicUrl?: string): string {
  if (publicUrl) return publicUrl;
  const host = String(req.headers.host ?? '');
  return `http://${/^[a-z0-9.:[\]-]+$/i.test(host) ? host : 'localhost'}`;
}

/** GET /api/open/events.ics[?lang=en]: the subscribable calendar of public events. */
export function serveEventsCalendar(db: Db, req: IncomingMessage, res: ServerResponse, publicUrl?: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
  const body = eventsCalendar(db, { origin: originOf(req, publicUrl), locale: lang === 'en' ? 'en' : 'it' });
  res.writeHead(200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': 'inline; filename="coopera-events.ics"',
    Link: `<${OPEN_DATA_LICENSE.url}>; rel="license"`,
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'public, max-age=300',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
