import type { AttendanceStatus } from '../../shared/enums';
import type { Db } from '../db/client';
import { stmt } from '../db/statements';
import { params, type Filter } from './filter';
import { HELD_EVENTS } from './rules';
import type { Scope } from './scope';

/** A cell of the matrix: the line's status, or why there is none. */
export type MatrixCell = AttendanceStatus | 'unrecorded' | 'not_invited' | 'withdrawn';
export type MatrixEvent = {
  id: number;
  slug: string;
  titleIt: string;
  titleEn: string;
  startsAt: string;
  datePrecision: 'day' | 'month';
  bodyId: number | null;
};

/**
 * Organisation × event statuses for the `events` most recent held events of the period, oldest first;
 * the lead partner and the partners first, then the network members, each by short name.
 */
export function matrix(db: Db, f: Filter, scope: Scope, opts: { events: number; page: number; pageSize: number }) {
  const body = Boolean(f.body);
  const events = (
    stmt(
      db,
      `SELECT e.id, e.slug, e.title_it AS titleIt, e.title_en AS titleEn, e.starts_at AS startsAt, e.date_precision AS datePrecision, e.body_id AS bodyId
       FROM events e WHERE ${HELD_EVENTS(body)} ORDER BY e.starts_at DESC, e.id DESC LIMIT @n`,
    ).all(params(f, { n: opts.events })) as MatrixEvent[]
  ).reverse();
  const empty = { events, total: 0, page: opts.page, pageSize: opts.pageSize, rows: [] };
  if (events.length === 0 || (!scope.all && scope.organizationId === null)) return empty;
  const eventIds = JSON.stringify(events.map((e) => e.id));
  const orgs = stmt(
    db,
    `WITH invited AS (SELECT DISTINCT h.organization_id AS org FROM json_each(@events) j
                      JOIN held_attendance h ON h.event_id = j.value)
     SELECT o.id, o.slug, o.name, o.short_name AS shortName, count(*) OVER () AS total,
       (SELECT min(end_date) FROM memberships m WHERE m.organization_id = o.id AND m.status = 'withdrawn') AS endDate,
       (SELECT min(CASE m.role WHEN 'lead_partner' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END)
          FROM memberships m WHERE m.organization_id = o.id) AS rank
     FROM invited i JOIN organizations o ON o.id = i.org
     ${scope.all ? '' : 'WHERE o.id = @org'}
     ORDER BY coalesce(rank, 3), o.short_name LIMIT @limit OFFSET @offset`,
  ).all({
    events: eventIds,
    limit: opts.pageSize,
    offset: (opts.page - 1) * opts.pageSize,
    ...(scope.all ? {} : { org: scope.organizationId }),
  }) as { id: number; slug: string; name: string; shortName: string; total: number; endDate: string | null; rank: number | null }[];
  if (orgs.length === 0) return empty;
  const lines = stmt(
    db,
    `SELECT h.event_id AS eventId, h.organization_id AS org, h.status FROM json_each(@orgs) j
     JOIN held_attendance h ON h.organization_id = j.value AND h.event_id IN (SELECT value FROM json_each(@events))`,
  ).all({ orgs: JSON.stringify(orgs.map((o) => o.id)), events: eventIds }) as {
    eventId: number;
    org: number;
    status: AttendanceStatus | null;
  }[];
  const status = new Map(lines.map((l) => [`${l.org}:${l.eventId}`, l.status]));
  return {
    events,
    total: orgs[0]!.total,
    page: opts.page,
    pageSize: opts.pageSize,
    rows: orgs.map(({ total: _total, rank: _rank, ...o }) => ({
      organizationId: o.id,
      slug: o.slug,
      name: o.name,
      shortName: o.shortName,
      endDate: o.endDate,
      cells: events.map((e): MatrixCell => {
        const key = `${o.id}:${e.id}`;
        if (!status.has(key)) return 'not_invited';
        if (o.endDate && e.startsAt.slice(0, 10) > o.endDate) return 'withdrawn';
        return status.get(key) ?? 'unrecorded';
      }),
    })),
  };
}
