import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { activityLines, contactPoints, memberships, meta, organizations, projects, sites } from './schema';
import type { SeedData } from './seed-types';

const SEED_KEY = 'seed:coopera';
/** Bump when seed-data.ts gains records; records already present (by slug) are left untouched. */
export const SEED_VERSION = '1';

/**
 * Loads the real consortium into an empty database. Idempotent: it runs once per
 * seed version and never overwrites or re-creates a record the lead partner edited or removed.
 */
export function loadSeed(db: Db, data: SeedData): { loaded: boolean } {
  return db.transaction((tx) => {
    const applied = tx.select().from(meta).where(eq(meta.key, SEED_KEY)).get();
    if (applied && applied.value >= SEED_VERSION) return { loaded: false };

    const { activityLines: lines, ...projectRow } = data.project;
    tx.insert(projects).values(projectRow).onConflictDoNothing().run();
    const project = tx.select().from(projects).where(eq(projects.slug, projectRow.slug)).get()!;
    for (const line of lines) {
      tx.insert(activityLines).values({ ...line, projectId: project.id }).onConflictDoNothing().run();
    }

    for (const { membership, sites: orgSites, contacts, ...orgRow } of data.organizations) {
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

    tx.insert(meta)
      .values({ key: SEED_KEY, value: SEED_VERSION })
      .onConflictDoUpdate({ target: meta.key, set: { value: SEED_VERSION } })
      .run();
    return { loaded: true };
  });
}
