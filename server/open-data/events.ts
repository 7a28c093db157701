/**
 * The public events as open data (`events.json`, `events.csv`): what the events page shows the
 * public, never a register line, a delegate or a members-only event. Links keep to http(s).
 */
import { OPEN_DATA_LICENSE } from '../../shared/enums';
import { safeWebUrl } from '../../shared/links';
import type { Db } from '../db/client';
import { listEvents, type PublicEvent } from '../events/service';
import { csvFile } from '../http/spreadsheet';

export function eventRecord(e: PublicEvent) {
  return {
    slug: e.slug,
    type: e.type,
    title: e.titleIt,
    titleEn: e.titleEn,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    /** `confirmed`, or `inferred` when a source does not give the date outright (decision 005). */
    dateConfidence: e.dateConfidence,
    status: e.status,
    mode: e.mode,
    place: e.place,
    onlineUrl: safeWebUrl(e.onlineUrl),
    organizer: e.organizer?.slug ?? null,
    organizerName: e.organizer?.name ?? null,
    body: e.body?.slug ?? null,
    totalParticipants: e.totalParticipants,
    totalOrganizations: e.totalOrganizations,
    sources: e.sources.flatMap((s) => safeWebUrl(s.url) ?? []).join(' '),
  };
}

/** Public events only: the anonymous visitor's list (`user` null). */
const publicEvents = (db: Db) => listEvents(db, null).map(eventRecord);

export const eventsJson = (db: Db) => ({ license: OPEN_DATA_LICENSE.url, attribution: OPEN_DATA_LICENSE.attribution, records: publicEvents(db) });

export function eventsCsv(db: Db): string {
  const records = publicEvents(db);
  const columns = [
    'slug', 'type', 'title', 'titleEn', 'startsAt', 'endsAt', 'dateConfidence', 'status', 'mode', 'place', 'onlineUrl',
    'organizer', 'organizerName', 'body', 'totalParticipants', 'totalOrganizations', 'sources',
  ] as const;
  return csvFile([columns, ...records.map((r) => columns.map((c) => r[c]))], { bom: false });
}
