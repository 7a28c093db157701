import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { PartnerFilters } from '../../shared/schemas/partners';
import type { Db } from '../db/client';
import { contactPoints, memberships, organizations, sites } from '../db/schema';
import { appError } from '../errors';
import { listSites } from '../sites/service';

type MembershipRow = typeof memberships.$inferSelect;

const publicOrganizationColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  shortName: organizations.shortName,
  type: organizations.type,
  province: organizations.province,
  city: organizations.city,
  address: organizations.address,
  lat: organizations.lat,
  lng: organizations.lng,
  coordinatePrecision: organizations.coordinatePrecision,
  website: organizations.website,
  pec: organizations.pec,
  ipaCode: organizations.ipaCode,
  istatCode: organizations.istatCode,
  fiscalCode: organizations.fiscalCode,
  descriptionIt: organizations.descriptionIt,
  descriptionEn: organizations.descriptionEn,
  sources: organizations.sources,
};

const publicMembership = (m: MembershipRow) => ({
  role: m.role,
  status: m.status,
  startDate: m.startDate,
  endDate: m.endDate,
  responsibilitiesIt: m.responsibilitiesIt,
  responsibilitiesEn: m.responsibilitiesEn,
  endReasonIt: m.endReasonIt,
  endReasonEn: m.endReasonEn,
  sources: m.sources,
});
export type PublicMembership = ReturnType<typeof publicMembership>;

/** The membership that describes an organisation today: an active one first, else the latest. */
function currentMembership(rows: MembershipRow[]): MembershipRow | undefined {
  return rows.find((m) => m.status === 'active') ?? rows.at(-1);
}

/** Lower-case, accents removed: "Canicattì" matches "canicatti". */
export const normalizeText = (s: string) =>
  s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function membershipsByOrganization(db: Db, organizationIds?: number[]) {
  const rows = db
    .select()
    .from(memberships)
    .where(organizationIds ? inArray(memberships.organizationId, organizationIds) : undefined)
    .orderBy(asc(memberships.id))
    .all();
  const byOrg = new Map<number, MembershipRow[]>();
  for (const m of rows) byOrg.set(m.organizationId, [...(byOrg.get(m.organizationId) ?? []), m]);
  return byOrg;
}

/** Organisations with their current membership, filtered; public fields only. */
export function listPartners(db: Db, filters: PartnerFilters = {}) {
  const orgs = db
    .select(publicOrganizationColumns)
    .from(organizations)
    .where(
      and(
        filters.type ? eq(organizations.type, filters.type) : undefined,
        filters.province ? eq(organizations.province, filters.province) : undefined,
      ),
    )
    .orderBy(asc(organizations.name))
    .all();
  const byOrg = membershipsByOrganization(db);
  const siteCounts = new Map<number, number>();
  for (const s of db.select({ organizationId: sites.organizationId }).from(sites).all()) {
    siteCounts.set(s.organizationId, (siteCounts.get(s.organizationId) ?? 0) + 1);
  }
  const q = filters.q ? normalizeText(filters.q) : '';

  return orgs
    .map((org) => {
      const m = currentMembership(byOrg.get(org.id) ?? []);
      return {
        ...org,
        membership: m ? publicMembership(m) : null,
        siteCount: siteCounts.get(org.id) ?? 0,
      };
    })
    .filter((p) => !filters.role || p.membership?.role === filters.role)
    .filter((p) => !filters.status || p.membership?.status === filters.status)
    .filter(
      (p) =>
        !q ||
        normalizeText([p.name, p.shortName, p.city, p.descriptionIt, p.descriptionEn].join(' ')).includes(q),
    )
    .sort(byRoleThenName);
}
export type PublicPartner = ReturnType<typeof listPartners>[number];

const roleOrder = { lead_partner: 0, partner: 1, network_member: 2 } as const;
type Sortable = { name: string; membership: { role: keyof typeof roleOrder } | null };
function byRoleThenName(a: Sortable, b: Sortable) {
  const ra = a.membership ? roleOrder[a.membership.role] : 3;
  const rb = b.membership ? roleOrder[b.membership.role] : 3;
  return ra - rb || a.name.localeCompare(b.name, 'it');
}

const publicContactColumns = {
  id: contactPoints.id,
  siteId: contactPoints.siteId,
  kind: contactPoints.kind,
  label: contactPoints.label,
  function: contactPoints.function,
  email: contactPoints.email,
  phone: contactPoints.phone,
  pec: contactPoints.pec,
  url: contactPoints.url,
  source: contactPoints.source,
};

/** One organisation's public profile (NOT_FOUND for an unknown slug): membership history, sites and public contact points. */
export function getPartner(db: Db, slug: string) {
  const org = db.select(publicOrganizationColumns).from(organizations).where(eq(organizations.slug, slug)).get();
  if (!org) throw appError('PARTNER_NOT_FOUND', { slug });
  const history = membershipsByOrganization(db, [org.id]).get(org.id) ?? [];
  const current = currentMembership(history);
  return {
    ...org,
    membership: current ? publicMembership(current) : null,
    membershipHistory: history.map(publicMembership),
    sites: listSites(db, { organizationSlug: slug }),
    contacts: db
      .select(publicContactColumns)
      .from(contactPoints)
      .where(
        and(
          eq(contactPoints.organizationId, org.id),
          eq(contactPoints.visibility, 'public'),
          isNull(contactPoints.disabledAt),
        ),
      )
      .orderBy(asc(contactPoints.label))
      .all(),
  };
}
export type PublicPartnerProfile = NonNullable<ReturnType<typeof getPartner>>;
