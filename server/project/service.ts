import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { activityLines, projects } from '../db/schema';

/** The project (COOPERA) with its lines of activity, or null on an empty database. */
export function getProject(db: Db) {
  const project = db.select().from(projects).orderBy(asc(projects.id)).get();
  if (!project) return null;
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
  return { ...publicProject, activityLines: lines };
}
