import { and, asc, eq } from 'drizzle-orm';
import type { SiteListInput } from '../../shared/schemas/partners';
import type { Db } from '../db/client';
import { organizations, sites } from '../db/schema';

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
  const base =
    `${name} ${city}`
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 70) || 'sede';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!db.select({ id: sites.id }).from(sites).where(eq(sites.slug, candidate)).get()) return candidate;
  }
}
