/**
 * The attendance-rate rules, as SQL fragments and one function: every dashboard figure is an SQL
 * aggregate (nothing loads the registers into memory), and these rules are written here only.
 * docs/decisions/006-attendance-rate-rules.md.
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
/** Organisations whose withdrawal day is known; their lines after that day do not count. */
export const WITHDRAWN = `withdrawn AS (
  SELECT organization_id AS org, min(end_date) AS end_date FROM memberships
  WHERE status = 'withdrawn' AND end_date IS NOT NULL GROUP BY organization_id)`;
/** A held_attendance line `h` that is not after its organisation's withdrawal (needs LEFT JOIN withdrawn w). */
export const NOT_AFTER_WITHDRAWAL = `(w.end_date IS NULL OR h.starts_at < (w.end_date || '~'))`;
export const IN_PERIOD = (alias: string, body: boolean) =>
  `${alias}.starts_at >= @from AND ${alias}.starts_at < @toExclusive${body ? ` AND ${alias}.body_id = @bodyId` : ''}`;
export const HELD_EVENTS = (body: boolean) => `e.status = 'held' AND ${IN_PERIOD('e', body)}`;
export const COUNTS = (alias: string) => `count(*) AS invited,
  count(CASE WHEN ${alias}.status = 'present' THEN 1 END) AS present,
  count(CASE WHEN ${alias}.status = 'absent' THEN 1 END) AS absent,
  count(CASE WHEN ${alias}.status = 'excused' THEN 1 END) AS excused`;

export type Counts = { invited: number; present: number; absent: number; excused: number };

/** The rate rule: present over present + absent (= invited − excused, recorded lines only); null when 0. */
export const attendanceRate = (c: Pick<Counts, 'present' | 'absent'>): number | null =>
  c.present + c.absent > 0 ? c.present / (c.present + c.absent) : null;

export const unrecorded = (c: Counts) => c.invited - c.present - c.absent - c.excused;
