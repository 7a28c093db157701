import { eq } from 'drizzle-orm';
import type { Db, Tx } from './client';
import {
  activityLines,
  activityParticipants,
  bodyMembers,
  contactPoints,
  events,
  governanceBodies,
  memberships,
  meta,
  organizations,
  projects,
  sites,
} from './schema';
import type { SeedData } from './seed-types';


const SEED_KEY = 'seed:coopera';
/**
 * Bump when seed-data.ts gains organisations, and mark those with `since: <new version>`:
 * a database at an older version receives only them.
 */
export const SEED_VERSION = 2;
/** The seed version that brought the governance bodies, events and activity roles (issue #4). */
export const GOVERNANCE_SEED_VERSION = 2;

/**
 * Loads the real consortium into an empty database. Idempotent: it runs once per
 * seed version and never overwrites or re-creates a record the lead partner edited or removed.
 */
export function loadSeed(db: Db, data: SeedData): { loaded: boolean } {
  return db.transaction((tx) => {
    const applied = tx.select().from(meta).where(eq(meta.key, SEED_KEY)).get();
    const appliedVersion = applied ? Number(applied.value) : 0;
    if (appliedVersion >= SEED_VERSION) return { loaded: false };

    const { activityLines: lines, ...projectRow } = data.project;
    if (appliedVersion === 0) {
      tx.insert(projects).values(projectRow).onConflictDoNothing().run();
    }
    const project = tx.select().from(projects).where(eq(projects.slug, projectRow.slug)).get();
    if (!project) return { loaded: false }; // the lead partner replaced the project: leave it alone
    if (appliedVersion === 0) {
      for (const line of lines) {
        tx.insert(activityLines).values({ ...line, projectId: project.id }).onConflictDoNothing().run();
      }
    }

    // Only records introduced after the applied version: what was seeded before and later
    // removed or renamed by the lead partner never comes back.
    const fresh = data.organizations.filter((o) => (o.since ?? 1) > appliedVersion);
    for (const { membership, sites: orgSites, contacts, since: _since, ...orgRow } of fresh) {
      const inserted = tx.insert(organizations).values(orgRow).onConflictDoNothing().returning().get();
      if (!inserted) continue; // already there: the lead partner owns it now
      tx.insert(memberships)
        .values({ ...membership, projectId: project.id, organizationId: inserted.id })
        .run();
      const siteIds = new Map<string, number>();
      for (const site of orgSites) {
        const row = tx
          .insert(sites)
          .values({ ...site, organizationId: inserted.id })
          .onConflictDoNothing()
          .returning({ id: sites.id })
          .get();
        if (row) siteIds.set(site.slug, row.id);
      }
      for (const { siteSlug, ...contact } of contacts) {
        const siteId = siteSlug ? siteIds.get(siteSlug) : undefined;
        tx.insert(contactPoints)
          .values({ ...contact, organizationId: inserted.id, siteId: siteId ?? null })
          .run();
      }
    }

    if (appliedVersion < GOVERNANCE_SEED_VERSION) loadGovernance(tx, data, project.id);

    tx.insert(meta)
      .values({ key: SEED_KEY, value: String(SEED_VERSION) })
      .onConflictDoUpdate({ target: meta.key, set: { value: String(SEED_VERSION) } })
      .run();
    return { loaded: true };
  });
}

/**
 * Bodies with their members, events and activity roles, linked by slug. A body or event whose slug is
 * already there is left as the lead partner keeps it; an organisation that is gone is simply not linked.
 */
function loadGovernance(tx: Tx, data: SeedData, projectId: number) {
  const orgIds = new Map(
    tx.select({ id: organizations.id, slug: organizations.slug }).from(organizations).all().map((o) => [o.slug, o.id]),
  );
  const orgId = (slug: string | null) => (slug ? (orgIds.get(slug) ?? null) : null);

  for (const { members, coordinatorSlug, ...body } of data.bodies ?? []) {
    const inserted = tx
      .insert(governanceBodies)
      .values({ ...body, coordinatorOrganizationId: orgId(coordinatorSlug) })
      .onConflictDoNothing()
      .returning({ id: governanceBodies.id })
      .get();
    if (!inserted) continue;
    for (const m of members) {
      const organizationId = orgId(m.organizationSlug);
      if (organizationId === null) continue;
      tx.insert(bodyMembers)
        .values({ bodyId: inserted.id, organizationId, since: m.since ?? null, until: m.until ?? null })
        .onConflictDoNothing()
        .run();
    }
  }

  const bodyIds = new Map(
    tx
      .select({ id: governanceBodies.id, slug: governanceBodies.slug })
      .from(governanceBodies)
      .all()
      .map((b) => [b.slug, b.id]),
  );
  for (const { organizerSlug, bodySlug, ...row } of data.events ?? []) {
    tx.insert(events)
      .values({
        ...row,
        organizerOrganizationId: orgId(organizerSlug),
        bodyId: bodySlug ? (bodyIds.get(bodySlug) ?? null) : null,
      })
      .onConflictDoNothing()
      .run();
  }

  const lineIds = new Map(
    tx
      .select({ id: activityLines.id, position: activityLines.position })
      .from(activityLines)
      .where(eq(activityLines.projectId, projectId))
      .all()
      .map((l) => [l.position, l.id]),
  );
  for (const { activityPosition, organizationSlug, ...row } of data.activityParticipants ?? []) {
    const activityLineId = lineIds.get(activityPosition);
    const organizationId = orgId(organizationSlug);
    if (activityLineId === undefined || organizationId === null) continue;
    tx.insert(activityParticipants).values({ ...row, activityLineId, organizationId }).onConflictDoNothing().run();
  }
}
