/**
 * The rate rules written the obvious way: one SQL over the registers themselves, without the read
 * models. It is the oracle of the tests (the fast queries in service.ts must give the same figures)
 * and the "before" of `npm run bench`. Not used by the application.
 */
import type { Db } from '../../server/db/client';
import type { Filter } from '../../server/dashboard/service';

/** Register lines that count: held events of the period (and body), not after a known withdrawal. */
const COUNTED = (body: boolean) => `
  WITH withdrawn AS (
    SELECT organization_id AS org, min(end_date) AS end_date FROM memberships
    WHERE status = 'withdrawn' AND end_date IS NOT NULL GROUP BY organization_id),
  counted AS (
    SELECT a.event_id, a.organization_id, a.status, a.people_count, e.starts_at, e.total_participants
    FROM events e JOIN attendance a ON a.event_id = e.id
    LEFT JOIN withdrawn w ON w.org = a.organization_id
    WHERE e.status = 'held' AND substr(e.starts_at, 1, 10) BETWEEN @from AND @to
      ${body ? 'AND e.body_id = @bodyId' : ''}
      AND (w.end_date IS NULL OR substr(e.starts_at, 1, 10) <= w.end_date))`;

const args = (f: Filter) => ({ from: f.from, to: f.to, bodyId: f.body?.id ?? null });

/** Events held, mean of per-event rates, and line counts, straight from `attendance`. */
export function referenceSummary(db: Db, f: Filter) {
  const body = Boolean(f.body);
  const events = db.$client
    .prepare(
      `SELECT count(*) AS eventsHeld FROM events e
       WHERE e.status = 'held' AND substr(e.starts_at, 1, 10) BETWEEN @from AND @to ${body ? 'AND e.body_id = @bodyId' : ''}`,
    )
    .get(args(f)) as { eventsHeld: number };
  const perEvent = db.$client
    .prepare(
      `${COUNTED(body)}
       SELECT event_id,
         count(CASE WHEN status = 'present' THEN 1 END) AS present,
         count(CASE WHEN status = 'absent' THEN 1 END) AS absent,
         count(CASE WHEN status = 'excused' THEN 1 END) AS excused,
         count(*) - count(status) AS unrecorded
       FROM counted GROUP BY event_id`,
    )
    .all(args(f)) as { present: number; absent: number; excused: number; unrecorded: number }[];
  const rates = perEvent.filter((e) => e.present + e.absent > 0).map((e) => e.present / (e.present + e.absent));
  const sum = (k: 'present' | 'absent' | 'excused' | 'unrecorded') => perEvent.reduce((n, e) => n + e[k], 0);
  return {
    eventsHeld: events.eventsHeld,
    averageRate: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null,
    present: sum('present'),
    absent: sum('absent'),
    excused: sum('excused'),
    unrecorded: sum('unrecorded'),
    organizationsAtRisk: referenceAlerts(db, f).length,
  };
}

/** Per organisation: present, absent, excused, unrecorded lines. */
export function referenceOrganizations(db: Db, f: Filter) {
  return db.$client
    .prepare(
      `${COUNTED(Boolean(f.body))}
       SELECT organization_id AS organizationId,
         count(CASE WHEN status = 'present' THEN 1 END) AS present,
         count(CASE WHEN status = 'absent' THEN 1 END) AS absent,
         count(CASE WHEN status = 'excused' THEN 1 END) AS excused,
         count(*) - count(status) AS unrecorded
       FROM counted GROUP BY organization_id ORDER BY organization_id`,
    )
    .all(args(f)) as { organizationId: number; present: number; absent: number; excused: number; unrecorded: number }[];
}

/** Ids of the organisations whose two most recent recorded lines are absences (window function over every line). */
export function referenceAlerts(db: Db, f: Filter): number[] {
  const rows = db.$client
    .prepare(
      `WITH ranked AS (
         SELECT a.organization_id AS org, a.status,
           row_number() OVER (PARTITION BY a.organization_id ORDER BY e.starts_at DESC, e.id DESC) AS rn
         FROM events e JOIN attendance a ON a.event_id = e.id
         WHERE e.status = 'held' AND substr(e.starts_at, 1, 10) BETWEEN @from AND @to
           ${f.body ? 'AND e.body_id = @bodyId' : ''} AND a.status IS NOT NULL
           AND a.organization_id NOT IN (SELECT organization_id FROM memberships
             WHERE status = 'withdrawn' AND (end_date IS NULL OR end_date <= @to)))
       SELECT org FROM ranked WHERE rn <= 2 GROUP BY org
       HAVING count(*) = 2 AND count(CASE WHEN status = 'absent' THEN 1 END) = 2 ORDER BY org`,
    )
    .all(args(f)) as { org: number }[];
  return rows.map((r) => r.org);
}
