import { asc, eq } from 'drizzle-orm';
import type { ActivityRole, DeliverableStatus, MembershipRole } from '../../shared/enums';
import { romeToday } from '../../shared/event-dates';
import type { Db } from '../db/client';
import { lastModified } from '../db/last-modified';
import { stmt } from '../db/statements';
import { appError } from '../errors';
import { activityLines, projects } from '../db/schema';

/** The project (COOPERA) with its lines of activity; an empty database has none (PROJECT_NOT_LOADED). */
export function getProject(db: Db) {
  const project = db.select().from(projects).orderBy(asc(projects.id)).get();
  if (!project) throw appError('PROJECT_NOT_LOADED');
  const { version: _v, createdAt: _c, ...publicProject } = project;
  const lines = db
    .select({
      position: activityLines.position,
      titleIt: activityLines.titleIt,
      titleEn: activityLines.titleEn,
      descriptionIt: activityLines.descriptionIt,
      descriptionEn: activityLines.descriptionEn,
      sources: activityLines.sources,
    })
    .from(activityLines)
    .where(eq(activityLines.projectId, project.id))
    .orderBy(asc(activityLines.position))
    .all();
  return {
    ...publicProject,
    activityLines: lines,
    lastModified: lastModified(db, [{ table: projects }, { table: activityLines, where: eq(activityLines.projectId, project.id) }]),
  };
}

/** Lines of activity × organisations (lead / contributor), and the deliverables with their overdue flag. */
export function listActivities(db: Db, today = romeToday()) {
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
       d.organization_id AS organizationId, d.evidence_url AS evidenceUrl, d.version
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
    evidenceUrl: string | null;
    version: number;
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
