import type { Db } from '../db/client';
import { stmt } from '../db/statements';
import { alertCount } from './alerts';
import { params, type BodyRef, type Filter } from './filter';
import { attendanceRate, COUNTS, HELD_EVENTS, IN_PERIOD, unrecorded, WITHDRAWN, type Counts } from './rules';

/** `meta` key naming a synthetic database (`synthetic-demo`, `synthetic-scale`); absent on real data. */
export const DATASET_KEY = 'dataset';

type EventRow = Counts & {
  id: number;
  bodyId: number | null;
  totalParticipants: number | null;
  totalOrganizations: number | null;
  people: number;
};

/**
 * One head count over the held events: the event's own stated total where given, else what its
 * register counts, else nothing (and the event is counted as without a figure).
 */
export type HeadCount = {
  total: number;
  fromEventTotals: number;
  fromRegisters: number;
  /** Held events with neither a stated total nor anything counted in the register. */
  eventsWithoutFigure: number;
};

const emptyCount = (): HeadCount => ({ total: 0, fromEventTotals: 0, fromRegisters: 0, eventsWithoutFigure: 0 });

function addTo(count: HeadCount, stated: number | null, registered: number) {
  if (stated !== null) {
    count.total += stated;
    count.fromEventTotals++;
  } else if (registered > 0) {
    count.total += registered;
    count.fromRegisters++;
  } else count.eventsWithoutFigure++;
}

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
  /** People who took part: the events' stated totals, else the people counted in their registers. */
  people: HeadCount;
  /**
   * Organisations that took part, a separate figure (never added to people): the events' stated
   * totals, else the organisations present in their registers.
   */
  organizations: HeadCount;
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
    people: emptyCount(),
    organizations: emptyCount(),
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
    addTo(out.people, r.totalParticipants, r.people);
    addTo(out.organizations, r.totalOrganizations, r.present);
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
       e.total_organizations AS totalOrganizations,
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
