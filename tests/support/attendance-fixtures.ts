import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { attendance, bodyMembers, events, governanceBodies, organizations } from '../../server/db/schema';

let eventCount = 0;

/** An event straight in the table (the events engineer's procedures are not needed to test registers). */
export function insertEvent(db: Db, values: Partial<typeof events.$inferInsert> = {}) {
  const n = ++eventCount;
  return db
    .insert(events)
    .values({
      slug: `tavolo-tecnico-${n}`,
      type: 'technical_table',
      titleIt: `Tavolo tecnico ${n}`,
      titleEn: `Technical table ${n}`,
      startsAt: '2023-03-15T10:00:00+01:00',
      status: 'held',
      ...values,
    })
    .returning()
    .get();
}

/** A governance body with the given members (by organisation slug). */
export function insertBody(db: Db, slug: string, members: { org: string; since?: string; until?: string }[]) {
  const body = db
    .insert(governanceBodies)
    .values({ slug, kind: 'technical_table', nameIt: `Organismo ${slug}`, nameEn: `Body ${slug}` })
    .returning()
    .get();
  for (const m of members) {
    db.insert(bodyMembers)
      .values({ bodyId: body.id, organizationId: orgId(db, m.org), since: m.since ?? null, until: m.until ?? null })
      .run();
  }
  return body;
}

export const orgId = (db: Db, slug: string) =>
  db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()!.id;

/** The register's lines keyed by organisation slug. */
export function linesBySlug(db: Db, eventId: number) {
  const rows = db
    .select({ slug: organizations.slug, line: attendance })
    .from(attendance)
    .innerJoin(organizations, eq(attendance.organizationId, organizations.id))
    .where(eq(attendance.eventId, eventId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.slug, r.line]));
}
