/**
 * The participation dashboard: every figure is an SQL aggregate (nothing loads the registers into
 * memory), and the attendance-rate rules live here only. docs/decisions/006-attendance-rate-rules.md.
 *
 * The rules, for a period (both days included, Rome calendar) and optionally one body:
 * - only events with status `held` count; planned and cancelled events are ignored;
 * - an organisation counts only at events it was invited to (a register line exists);
 * - a line whose status is not recorded yet (null) is ignored;
 * - excused absences are counted apart and left out of the denominator:
 *   rate = present / (present + absent) = present / (invited − excused), over recorded lines;
 * - a line of an organisation that withdrew (membership `withdrawn`) at an event after its end date is
 *   ignored; when the end date is not known, all of its lines still count.
 * Reads use two read models kept by triggers (event_attendance_totals, held_attendance): see schema.ts.
 */
import type Database from 'better-sqlite3';
import type { AttendanceStatus, DeliverableStatus, ActivityRole, MembershipRole, MembershipStatus, OrganizationType } from '../../shared/enums';
import type { DashboardFilter, OrganizationSort } from '../../shared/schemas/dashboard';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { appError } from '../errors';
import { romeToday } from '../../shared/event-dates';

/** `meta` key naming a synthetic database (`synthetic-demo`, `synthetic-scale`); absent on real data. */
export const DATASET_KEY = 'dataset';

// ---------------------------------------------------------------------------------------------------
// Scope, filter, statements

/**
 * What a signed-in member may see: coordinators and admins every organisation's line; viewers and
 * editors the aggregate figures and their own organisation's line only.
 */
export type Scope = { all: true } | { all: false; organizationId: number | null };

export function scopeOf(user: Pick<SessionUser, 'role' | 'organizationId'>): Scope {
  return user.role === 'coordinator' || user.role === 'admin'
    ? { all: true }
    : { all: false, organizationId: user.organizationId };
}

export type BodyRef = { id: number; slug: string; nameIt: string; nameEn: string };

/** A validated period and body, ready for the statements. */
export type Filter = {
  from: string;
  to: string;
  /**
   * `to` followed by "~", which sorts after "T" and every digit: `starts_at < toExclusive` keeps the
   * whole last day, whether `starts_at` is a bare date or a date-time.
   */
  toExclusive: string;
  body: BodyRef | null;
};

const endOfDay = (day: string) => `${day}~`;

/** Today in Rome, YYYY-MM-DD (what "overdue" is measured against). */

export function resolveFilter(db: Db, input: DashboardFilter): Filter {
  let body: BodyRef | null = null;
  if (input.body) {
    body =
      (stmt(db, 'SELECT id, slug, name_it AS nameIt, name_en AS nameEn FROM governance_bodies WHERE slug = ?').get(
        input.body,
      ) as BodyRef | undefined) ?? null;
    if (!body) throw appError('BODY_NOT_FOUND', { ref: `"${input.body}"` });
  }
  return { from: input.from, to: input.to, toExclusive: endOfDay(input.to), body };
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
/** Prepared once per connection and SQL text. */
function stmt(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db.$client);
  if (!cache) statements.set(db.$client, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.$client.prepare(sql)));
  return s;
}

const params = (f: Filter, extra: Record<string, unknown> = {}) => ({
  from: f.from,
  to: f.to,
  toExclusive: f.toExclusive,
  bodyId: f.body?.id ?? null,
  ...extra,
});

/** Organisations whose withdrawal day is known; their lines after that day do not count. */
const WITHDRAWN = `withdrawn AS (
  SELECT organization_id AS org, min(end_date) AS end_date FROM memberships
  WHERE status = 'withdrawn' AND end_date IS NOT NULL GROUP BY organization_id)`;
/** A held_attendance line `h` that is not after its organisation's withdrawal (needs LEFT JOIN withdrawn w). */
const NOT_AFTER_WITHDRAWAL = `(w.end_date IS NULL OR h.starts_at < (w.end_date || '~'))`;
const IN_PERIOD = (alias: string, body: boolean) =>
  `${alias}.starts_at >= @from AND ${alias}.starts_at < @toExclusive${body ? ` AND ${alias}.body_id = @bodyId` : ''}`;
const HELD_EVENTS = (body: boolean) => `e.status = 'held' AND ${IN_PERIOD('e', body)}`;
const COUNTS = (alias: string) => `count(*) AS invited,
  count(CASE WHEN ${alias}.status = 'present' THEN 1 END) AS present,
  count(CASE WHEN ${alias}.status = 'absent' THEN 1 END) AS absent,
  count(CASE WHEN ${alias}.status = 'excused' THEN 1 END) AS excused`;

type Counts = { invited: number; present: number; absent: number; excused: number };

/** The rate rule: present over present + absent (= invited − excused, recorded lines only); null when 0. */
export const attendanceRate = (c: Pick<Counts, 'present' | 'absent'>): number | null =>
  c.present + c.absent > 0 ? c.present / (c.present + c.absent) : null;

const unrecorded = (c: Counts) => c.invited - c.present - c.absent - c.excused;

// ---------------------------------------------------------------------------------------------------
// Summary

type EventRow = Counts & {
  id: number;
  bodyId: number | null;
  totalParticipants: number | null;
  people: number;
};

export type Figures = {
  eventsHeld: number;
  /** Held events with at least one recorded line. */
  eventsRecorded: number;
  /** Mean of the per-event rates, over events with a rate (each event weighs the same). */
  averageRate: number | null;
  /** All present lines over all present + absent lines (large events weigh more). */
  pooledRate: number | null;
  invited: number;
  present: number;
  absent: number;
  excused: number;
  unrecorded: number;
  participants: {
    /** Sum over held events of the event's total, or of the people counted in its register when no total is given. */
    total: number;
    fromEventTotals: number;
    fromRegisters: number;
    /** Held events with neither a total nor any people counted. */
    eventsWithoutFigure: number;
  };
};

function figures(rows: EventRow[]): Figures {
  const out: Figures = {
    eventsHeld: rows.length,
    eventsRecorded: 0,
    averageRate: null,
    pooledRate: null,
    invited: 0,
    present: 0,
    absent: 0,
    excused: 0,
    unrecorded: 0,
    participants: { total: 0, fromEventTotals: 0, fromRegisters: 0, eventsWithoutFigure: 0 },
  };
  let rateSum = 0;
  let rated = 0;
  for (const r of rows) {
    out.invited += r.invited;
    out.present += r.present;
    out.absent += r.absent;
    out.excused += r.excused;
    out.unrecorded += unrecorded(r);
    if (r.present + r.absent + r.excused > 0) out.eventsRecorded++;
    const rate = attendanceRate(r);
    if (rate !== null) {
      rateSum += rate;
      rated++;
    }
    if (r.totalParticipants !== null) {
      out.participants.total += r.totalParticipants;
      out.participants.fromEventTotals++;
    } else if (r.people > 0) {
      out.participants.total += r.people;
      out.participants.fromRegisters++;
    } else out.participants.eventsWithoutFigure++;
  }
  out.averageRate = rated > 0 ? rateSum / rated : null;
  out.pooledRate = attendanceRate(out);
  return out;
}

/** Per held event of the period (all bodies): the register totals, less the lines after a withdrawal. */
function eventRows(db: Db, f: Filter): EventRow[] {
  const rows = stmt(
    db,
    `SELECT e.id, e.body_id AS bodyId, e.total_participants AS totalParticipants,
       coalesce(t.invited, 0) AS invited, coalesce(t.present, 0) AS present, coalesce(t.absent, 0) AS absent,
       coalesce(t.excused, 0) AS excused, coalesce(t.people, 0) AS people
     FROM events e LEFT JOIN event_attendance_totals t ON t.event_id = e.id
     WHERE ${HELD_EVENTS(false)}`,
  ).all(params(f)) as EventRow[];
  // Lines after a withdrawal are few (withdrawn organisations only): subtract them.
  const corrections = stmt(
    db,
    `WITH ${WITHDRAWN}
     SELECT h.event_id AS id, ${COUNTS('h')},
       coalesce(sum(CASE WHEN h.status = 'present' THEN h.people_count END), 0) AS people
     FROM withdrawn w JOIN held_attendance h
       ON h.organization_id = w.org AND h.starts_at > (w.end_date || '~')
     WHERE ${IN_PERIOD('h', false)}
     GROUP BY h.event_id`,
  ).all(params(f)) as (Counts & { id: number; people: number })[];
  if (corrections.length > 0) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const c of corrections) {
      const r = byId.get(c.id);
      if (!r) continue;
      r.invited -= c.invited;
      r.present -= c.present;
      r.absent -= c.absent;
      r.excused -= c.excused;
      r.people -= c.people;
    }
  }
  return rows;
}

export type BodyFigures = BodyRef & Figures;

/** Key figures for the period and body, the same figures per body, and how many organisations are at risk. */
export function summary(db: Db, f: Filter) {
  const rows = eventRows(db, f);
  const bodies = stmt(db, 'SELECT id, slug, name_it AS nameIt, name_en AS nameEn FROM governance_bodies ORDER BY id').all() as BodyRef[];
  const byBody: BodyFigures[] = bodies.map((b) => ({ ...b, ...figures(rows.filter((r) => r.bodyId === b.id)) }));
  const selected = f.body ? rows.filter((r) => r.bodyId === f.body!.id) : rows;
  return {
    from: f.from,
    to: f.to,
    body: f.body,
    ...figures(selected),
    organizationsAtRisk: alertCount(db, f),
    bodies: byBody,
    /** Held events of the period that belong to no body (counted in the totals, not in `bodies`). */
    eventsWithoutBody: rows.filter((r) => r.bodyId === null).length,
    /** Registers recorded anywhere, whatever the period: 0 means the registers are still empty. */
    recordedLinesEver: (stmt(db, 'SELECT EXISTS (SELECT 1 FROM event_attendance_totals WHERE recorded > 0) AS yes').get() as { yes: number }).yes === 1,
    dataset: datasetOf(db),
  };
}

/** `synthetic-demo` / `synthetic-scale` for generated databases, null for real data. */
export function datasetOf(db: Db): string | null {
  const row = stmt(db, 'SELECT value FROM meta WHERE key = ?').get(DATASET_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Alerts: two consecutive absences

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

function alertCount(db: Db, f: Filter): number {
  return (stmt(db, `SELECT count(*) AS n FROM (${AT_RISK(Boolean(f.body), false)})`).get(params(f)) as { n: number }).n;
}

export type AlertEvent = { id: number; slug: string; titleIt: string; titleEn: string; startsAt: string };
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
    `SELECT e.id, e.slug, e.title_it AS titleIt, e.title_en AS titleEn, e.starts_at AS startsAt
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

// ---------------------------------------------------------------------------------------------------
// Per organisation

export type OrganizationFigures = Counts & {
  organizationId: number;
  slug: string;
  name: string;
  shortName: string;
  type: OrganizationType;
  role: MembershipRole | null;
  membershipStatus: MembershipStatus | null;
  /** Day of the withdrawal, when known. */
  endDate: string | null;
  unrecorded: number;
  rate: number | null;
  /** Rate per calendar quarter of the period, aligned with `quarters` of the answer. */
  trend: (number | null)[];
};

/** The calendar quarters a period touches, `2022-Q1`. */
export function quartersOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;
  const endY = Number(to.slice(0, 4));
  const endQ = Math.floor((Number(to.slice(5, 7)) - 1) / 3) + 1;
  while (y < endY || (y === endY && q <= endQ)) {
    out.push(`${y}-Q${q}`);
    if (++q > 4) {
      q = 1;
      y++;
    }
  }
  return out;
}
const QUARTER = `substr(h.starts_at, 1, 4) || '-Q' || ((CAST(substr(h.starts_at, 6, 2) AS INTEGER) + 2) / 3)`;

/** True when the filter's held events hold under a quarter of all the lines of held events. */
function selectiveFilter(db: Db, f: Filter): boolean {
  const { part, whole } = stmt(
    db,
    `SELECT coalesce(sum(CASE WHEN ${IN_PERIOD('e', Boolean(f.body))} THEN t.invited END), 0) AS part,
       coalesce(sum(t.invited), 0) AS whole
     FROM events e JOIN event_attendance_totals t ON t.event_id = e.id WHERE e.status = 'held'`,
  ).get(params(f)) as { part: number; whole: number };
  return part * 4 < whole;
}

/** Organisations invited to held events of the period, with their figures, a page at a time. */
export function organizations(
  db: Db,
  f: Filter,
  scope: Scope,
  opts: { sort: OrganizationSort; page: number; pageSize: number },
): { total: number; page: number; pageSize: number; quarters: string[]; items: OrganizationFigures[] } {
  const quarters = quartersOf(f.from, f.to);
  const empty = { total: 0, page: opts.page, pageSize: opts.pageSize, quarters, items: [] };
  if (!scope.all && scope.organizationId === null) return empty;
  const body = Boolean(f.body);
  const order = opts.sort === 'rate' ? 'rate IS NULL, rate, a.present + a.absent DESC, o.name' : 'o.name';
  // One organisation: seek its lines. A small share of all lines (a body, a short period): start from
  // the events. Otherwise read every line in organisation order, which needs no sort.
  const fromEvents = scope.all && selectiveFilter(db, f);
  const agg = !fromEvents
    ? `SELECT h.organization_id AS org, ${COUNTS('h')}
       FROM held_attendance h LEFT JOIN withdrawn w ON w.org = h.organization_id
       WHERE ${IN_PERIOD('h', body)} AND ${NOT_AFTER_WITHDRAWAL} ${scope.all ? '' : 'AND h.organization_id = @org'}
       GROUP BY h.organization_id`
    : `SELECT h.organization_id AS org, ${COUNTS('h')}
       FROM events e JOIN held_attendance h ON h.event_id = e.id LEFT JOIN withdrawn w ON w.org = h.organization_id
       WHERE ${HELD_EVENTS(body)} AND ${NOT_AFTER_WITHDRAWAL}
       GROUP BY h.organization_id`;
  const rows = stmt(
    db,
    `WITH ${WITHDRAWN},
     agg AS (${agg})
     SELECT a.org AS organizationId, a.invited, a.present, a.absent, a.excused,
       o.slug, o.name, o.short_name AS shortName, o.type,
       m.role, m.status AS membershipStatus, m.end_date AS endDate,
       CASE WHEN a.present + a.absent > 0 THEN a.present * 1.0 / (a.present + a.absent) END AS rate,
       count(*) OVER () AS total
     FROM agg a JOIN organizations o ON o.id = a.org
     LEFT JOIN memberships m ON m.id = (SELECT id FROM memberships WHERE organization_id = o.id ORDER BY id LIMIT 1)
     ORDER BY ${order}
     LIMIT @limit OFFSET @offset`,
  ).all(
    params(f, {
      limit: opts.pageSize,
      offset: (opts.page - 1) * opts.pageSize,
      ...(scope.all ? {} : { org: scope.organizationId }),
    }),
  ) as (Omit<OrganizationFigures, 'unrecorded' | 'trend'> & { total: number })[];
  if (rows.length === 0) return empty;

  const trendRows = stmt(
    db,
    `WITH ${WITHDRAWN}
     SELECT h.organization_id AS org, ${QUARTER} AS quarter,
       count(CASE WHEN h.status = 'present' THEN 1 END) AS present,
       count(CASE WHEN h.status = 'absent' THEN 1 END) AS absent
     FROM json_each(@orgs) j JOIN held_attendance h ON h.organization_id = j.value
     LEFT JOIN withdrawn w ON w.org = h.organization_id
     WHERE ${IN_PERIOD('h', body)} AND ${NOT_AFTER_WITHDRAWAL}
     GROUP BY 1, 2`,
  ).all(params(f, { orgs: JSON.stringify(rows.map((r) => r.organizationId)) })) as {
    org: number;
    quarter: string;
    present: number;
    absent: number;
  }[];
  const trend = new Map<number, Map<string, number | null>>();
  for (const t of trendRows) {
    if (!trend.has(t.org)) trend.set(t.org, new Map());
    trend.get(t.org)!.set(t.quarter, attendanceRate(t));
  }
  return {
    total: rows[0]!.total,
    page: opts.page,
    pageSize: opts.pageSize,
    quarters,
    items: rows.map(({ total: _total, ...r }) => ({
      ...r,
      unrecorded: unrecorded(r),
      trend: quarters.map((q) => trend.get(r.organizationId)?.get(q) ?? null),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Heat-map matrix

/** A cell of the matrix: the line's status, or why there is none. */
export type MatrixCell = AttendanceStatus | 'unrecorded' | 'not_invited' | 'withdrawn';
export type MatrixEvent = {
  id: number;
  slug: string;
  titleIt: string;
  titleEn: string;
  startsAt: string;
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
      `SELECT e.id, e.slug, e.title_it AS titleIt, e.title_en AS titleEn, e.starts_at AS startsAt, e.body_id AS bodyId
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

// ---------------------------------------------------------------------------------------------------
// Activities and deliverables

/** Lines of activity × organisations (lead / contributor), and the deliverables with their overdue flag. */
export function activities(db: Db, today = romeToday()) {
  const lines = stmt(
    db,
    `SELECT id, position, title_it AS titleIt, title_en AS titleEn FROM activity_lines ORDER BY position`,
  ).all() as { id: number; position: number; titleIt: string; titleEn: string }[];
  const roles = stmt(
    db,
    `SELECT p.activity_line_id AS lineId, p.organization_id AS organizationId, p.role FROM activity_participants p`,
  ).all() as { lineId: number; organizationId: number; role: ActivityRole }[];
  const deliverables = stmt(
    db,
    `SELECT d.id, d.title_it AS titleIt, d.title_en AS titleEn, d.due_date AS dueDate, d.status,
       d.delivered_at AS deliveredAt, d.activity_line_id AS lineId, l.position AS linePosition,
       d.organization_id AS organizationId
     FROM deliverables d LEFT JOIN activity_lines l ON l.id = d.activity_line_id
     ORDER BY d.due_date, d.id`,
  ).all() as {
    id: number;
    titleIt: string;
    titleEn: string;
    dueDate: string;
    status: DeliverableStatus;
    deliveredAt: string | null;
    lineId: number | null;
    linePosition: number | null;
    organizationId: number;
  }[];
  const orgIds = [...new Set([...roles.map((r) => r.organizationId), ...deliverables.map((d) => d.organizationId)])];
  const organizations = stmt(
    db,
    `SELECT o.id, o.slug, o.name, o.short_name AS shortName,
       (SELECT role FROM memberships m WHERE m.organization_id = o.id ORDER BY id LIMIT 1) AS role
     FROM organizations o WHERE o.id IN (SELECT value FROM json_each(?))
     ORDER BY role = 'lead_partner' DESC, o.name`,
  ).all(JSON.stringify(orgIds)) as { id: number; slug: string; name: string; shortName: string; role: MembershipRole | null }[];
  return {
    today,
    lines,
    organizations,
    roles,
    deliverables: deliverables.map((d) => ({ ...d, overdue: d.status !== 'delivered' && d.dueDate < today })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Sign-in sheet

/** The organisations invited to an event (its register lines), by name, for the printed sign-in sheet. */
export function invited(db: Db, eventId: number) {
  const event = stmt(
    db,
    `SELECT id, slug, title_it AS titleIt, title_en AS titleEn, starts_at AS startsAt, ends_at AS endsAt, place, status
     FROM events WHERE id = ?`,
  ).get(eventId) as
    | { id: number; slug: string; titleIt: string; titleEn: string; startsAt: string; endsAt: string | null; place: string | null; status: string }
    | undefined;
  if (!event) throw appError('EVENT_NOT_FOUND', { ref: String(eventId) });
  const organizations = stmt(
    db,
    `SELECT o.id, o.slug, o.name, o.short_name AS shortName, o.city, o.province
     FROM attendance a JOIN organizations o ON o.id = a.organization_id
     WHERE a.event_id = ? ORDER BY o.name`,
  ).all(eventId) as { id: number; slug: string; name: string; shortName: string; city: string; province: string }[];
  return { event, organizations };
}

// ---------------------------------------------------------------------------------------------------
// Participation report

/** Everything the printed report and the CSV/XLSX exports show: key figures, every organisation in scope, alerts. */
export function report(db: Db, f: Filter, scope: Scope, now = new Date()) {
  return {
    generatedAt: now.toISOString(),
    summary: summary(db, f),
    // LIMIT -1: SQLite's "no limit"; the export holds every organisation the member may see.
    organizations: organizations(db, f, scope, { sort: 'name', page: 1, pageSize: -1 }),
    alerts: alerts(db, f, scope),
  };
}
