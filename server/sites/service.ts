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

