/**
 * The participation dashboard, for signed-in members: the domain's entry point. Each concern has its
 * file: `scope` (who sees which organisation's line), `filter` (period and body), `rules` (the
 * attendance-rate rules as SQL, docs/decisions/006-attendance-rate-rules.md), `summary`, `alerts`,
 * `organizations` (figures per organisation) and `matrix` (the heat map). Statements are prepared
 * once per connection (server/db/statements.ts). The project's activities live in server/project,
 * the sign-in sheet's query in server/attendance.
 */
import type { Db } from '../db/client';
import { alerts } from './alerts';
import type { Filter } from './filter';
import { organizations } from './organizations';
import type { Scope } from './scope';
import { summary } from './summary';

export { alerts, type Alert, type AlertEvent } from './alerts';
export { resolveFilter, type BodyRef, type Filter } from './filter';
export { matrix, type MatrixCell, type MatrixEvent } from './matrix';
export { organizations, quartersOf, type OrganizationFigures } from './organizations';
export { attendanceRate } from './rules';
export { scopeOf, type Scope } from './scope';
export { DATASET_KEY, datasetOf, summary, type BodyFigures, type Figures } from './summary';

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
