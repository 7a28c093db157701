import type { MembershipRole, MembershipStatus, OrganizationType } from '../../shared/enums';
import type { OrganizationSort } from '../../shared/schemas/dashboard';
import type { Db } from '../db/client';
import { stmt } from '../db/statements';
import { params, type Filter } from './filter';
import { attendanceRate, COUNTS, HELD_EVENTS, IN_PERIOD, NOT_AFTER_WITHDRAWAL, unrecorded, WITHDRAWN, type Counts } from './rules';
import type { Scope } from './scope';

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
