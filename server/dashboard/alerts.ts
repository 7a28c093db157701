import type { Db } from '../db/client';
import { stmt } from '../db/statements';
import { params, type Filter } from './filter';
import { HELD_EVENTS, IN_PERIOD } from './rules';
import type { Scope } from './scope';
import type { EventHeading } from '../events/service';

/** Status of an organisation's n-th most recent recorded line at held events of the period (and body). */
const NTH_LAST = (n: 0 | 1, body: boolean) => `(
  SELECT h.status FROM held_attendance h
  WHERE h.organization_id = o.id AND ${IN_PERIOD('h', body)} AND h.status IS NOT NULL
  ORDER BY h.starts_at DESC, h.event_id DESC LIMIT 1 OFFSET ${n})`;

/**
 * Organisations whose last two recorded lines are absences. Candidates: every organisation, or with a
 * body those invited to its held events of the period. An organisation that had withdrawn by the end
 * of the period is not "at risk": it left. The first test short-circuits for most organisations.
 */
const AT_RISK = (body: boolean, scoped: boolean) => `
  SELECT o.id, o.slug, o.name, o.short_name AS shortName
  FROM ${
    body
      ? `(SELECT DISTINCT h.organization_id AS id FROM events e JOIN held_attendance h ON h.event_id = e.id
          WHERE ${HELD_EVENTS(true)}) c JOIN organizations o ON o.id = c.id`
      : 'organizations o'
  }
  WHERE ${NTH_LAST(0, body)} = 'absent' AND ${NTH_LAST(1, body)} = 'absent'
    AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = o.id AND m.status = 'withdrawn'
                    AND (m.end_date IS NULL OR m.end_date <= @to))
    ${scoped ? 'AND o.id = @org' : ''}`;

export function alertCount(db: Db, f: Filter): number {
  return (stmt(db, `SELECT count(*) AS n FROM (${AT_RISK(Boolean(f.body), false)})`).get(params(f)) as { n: number }).n;
}

export type AlertEvent = EventHeading;
export type Alert = {
  organizationId: number;
  slug: string;
  name: string;
  shortName: string;
  /** The two missed events, older first. */
  misses: [AlertEvent, AlertEvent];
};

/** Organisations absent (not excused) at the two most recent recorded held events they were invited to. */
export function alerts(db: Db, f: Filter, scope: Scope): Alert[] {
  if (!scope.all && scope.organizationId === null) return [];
  const body = Boolean(f.body);
  const rows = stmt(db, AT_RISK(body, !scope.all)).all(params(f, scope.all ? {} : { org: scope.organizationId })) as {
    id: number;
    slug: string;
    name: string;
    shortName: string;
  }[];
  const lastTwo = stmt(
    db,
    `SELECT e.id, e.slug, e.title_it AS titleIt, e.title_en AS titleEn, e.starts_at AS startsAt,
            e.ends_at AS endsAt, e.date_precision AS datePrecision
     FROM held_attendance h JOIN events e ON e.id = h.event_id
     WHERE h.organization_id = @org AND ${IN_PERIOD('h', body)} AND h.status IS NOT NULL
     ORDER BY h.starts_at DESC, h.event_id DESC LIMIT 2`,
  );
  return rows
    .map((r) => {
      const [latest, previous] = lastTwo.all(params(f, { org: r.id })) as AlertEvent[];
      return { organizationId: r.id, slug: r.slug, name: r.name, shortName: r.shortName, misses: [previous!, latest!] as [AlertEvent, AlertEvent] };
    })
    .sort((a, b) => b.misses[1].startsAt.localeCompare(a.misses[1].startsAt) || a.name.localeCompare(b.name, 'it'));
}
