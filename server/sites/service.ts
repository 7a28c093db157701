import { and, asc, eq } from 'drizzle-orm';
import { pairedCoordinates, type DeleteInput, type SiteCreateInput, type SiteUpdateInput } from '../../shared/schemas/editing';
import type { SiteListInput } from '../../shared/schemas/partners';
import { slugify } from '../../shared/slug';
import { assertMerged, audit, auditedDelete, auditedInsert, auditedUpdate, assertSlugFree } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { contactPoints, organizations, sites } from '../db/schema';

const publicSiteColumns = {
  id: sites.id,
  slug: sites.slug,
  kind: sites.kind,
  nameIt: sites.nameIt,
  nameEn: sites.nameEn,
  province: sites.province,
  city: sites.city,
  address: sites.address,
  lat: sites.lat,
  lng: sites.lng,
  coordinatePrecision: sites.coordinatePrecision,
  descriptionIt: sites.descriptionIt,
  descriptionEn: sites.descriptionEn,
  hoursIt: sites.hoursIt,
  hoursEn: sites.hoursEn,
  accessIt: sites.accessIt,
  accessEn: sites.accessEn,
  sources: sites.sources,
  organizationSlug: organizations.slug,
  organizationShortName: organizations.shortName,
  organizationType: organizations.type,
};

/** Service points with their organisation, optionally filtered. Public fields only. */
export function listSites(
  db: Db,
  filters: NonNullable<SiteListInput> = {},
) {
  return db
    .select(publicSiteColumns)
    .from(sites)
    .innerJoin(organizations, eq(sites.organizationId, organizations.id))
    .where(
      and(
        filters.organizationSlug ? eq(organizations.slug, filters.organizationSlug) : undefined,
        filters.kind ? eq(sites.kind, filters.kind) : undefined,
        filters.province ? eq(sites.province, filters.province) : undefined,
      ),
    )
    .orderBy(asc(organizations.shortName), asc(sites.nameIt))
    .all();
}
export type PublicSite = ReturnType<typeof listSites>[number];


/** A URL-safe slug for a new site, made unique with a number when needed. */
export function uniqueSiteSlug(db: Db, name: string, city: string): string {
  const base = slugify(`${name} ${city}`).slice(0, 70).replace(/-+$/, '') || 'sede';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!db.select({ id: sites.id }).from(sites).where(eq(sites.slug, candidate)).get()) return candidate;
  }
}

/** An organisation's sites with their ids and versions, to edit them. */
export function listSitesOfOrganization(db: Db, organizationId: number) {
  return db
    .select()
    .from(sites)
    .where(eq(sites.organizationId, organizationId))
    .orderBy(asc(sites.nameIt))
    .all();
}

/** Adds a site to an organisation the user may edit; without a slug, one is made from its name and city. */
export function createSite(db: Db, actor: SessionUser, input: SiteCreateInput) {
  return auditedInsert(
    db,
    actor,
    'site',
    { ...input, nameEn: input.nameEn ?? '', slug: input.slug ?? uniqueSiteSlug(db, input.nameIt, input.city) },
    (values, tx) => {
      assertCanEditOrganization(actor, values.organizationId);
      assertSlugFree(tx, 'site', values.slug);
    },
  );
}

/** Edits a site of an organisation the user may edit; latitude and longitude go together. */
export function updateSite(db: Db, actor: SessionUser, input: SiteUpdateInput) {
  const { id, version, ...patch } = input;
  return auditedUpdate(db, actor, 'site', id, version, patch, (before) => {
    assertCanEditOrganization(actor, before.organizationId);
    assertMerged(before, patch, [[pairedCoordinates, 'PAIRED_COORDINATES']]);
  });
}

/** Deletes a site; its contacts stay with the organisation, each detached through the audit trail. */
export function deleteSite(db: Db, actor: SessionUser, input: DeleteInput) {
  auditedDelete(
    db,
    actor,
    'site',
    input.id,
    input.version,
    (before) => assertCanEditOrganization(actor, before.organizationId),
    (tx) => {
      const attached = tx.select().from(contactPoints).where(eq(contactPoints.siteId, input.id)).all();
      for (const before of attached) {
        const after = tx
          .update(contactPoints)
          .set({ siteId: null, version: before.version + 1, updatedAt: new Date().toISOString() })
          .where(eq(contactPoints.id, before.id))
          .returning()
          .get();
        audit(tx, actor, { action: 'update', entity: 'contact', before, after, row: after });
      }
    },
  );
  return { ok: true };
}
