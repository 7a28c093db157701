import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { PartnerFilters, partnerPageInput } from '../../shared/schemas/partners';
import type { Db } from '../db/client';
import { DIRECTORY_TABLES, lastModified } from '../db/last-modified';
import { contactPoints, memberships, organizations, sites } from '../db/schema';
import { appError } from '../errors';
import { listSites } from '../sites/service';
import { provinceOfCode } from '../bodies/comuni';
import { countByProvince, countByRole, matchingIds, memberPoints } from './search';

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

/** The organisations with these ids, in this order, with their current membership and site count; public fields only. */
function partnersByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const orgs = new Map(
    db.select(publicOrganizationColumns).from(organizations).where(inArray(organizations.id, ids)).all().map((o) => [o.id, o]),
  );
  const byOrg = membershipsByOrganization(db, ids);
  const siteCounts = new Map<number, number>();
  for (const s of db.select({ organizationId: sites.organizationId }).from(sites).where(inArray(sites.organizationId, ids)).all()) {
    siteCounts.set(s.organizationId, (siteCounts.get(s.organizationId) ?? 0) + 1);
  }
  return ids.map((id) => {
    const org = orgs.get(id)!;
    const m = currentMembership(byOrg.get(id) ?? []);
    return { ...org, membership: m ? publicMembership(m) : null, siteCount: siteCounts.get(id) ?? 0 };
  });
}

/** Organisations with their current membership, filtered and searched in SQL; lead partner first, then partners. */
export function listPartners(db: Db, filters: PartnerFilters = {}) {
  return partnersByIds(db, matchingIds(db, filters)).sort(byRoleThenName);
}

/** One page of the directory: the filtered organisations sorted in SQL, the total, and how many of each role. */
export function partnersPage(db: Db, input: z.output<typeof partnerPageInput>) {
  const { page, pageSize, sort, dir, lang, ...filters } = input;
  const byRole = countByRole(db, filters);
  const total = byRole.lead_partner + byRole.partner + byRole.network_member + byRole.none;
  const ids = matchingIds(db, filters, { sort, desc: dir === 'desc', locale: lang, limit: pageSize, offset: (page - 1) * pageSize });
  return {
    items: partnersByIds(db, ids),
    total,
    page,
    pageSize,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    byRole,
    lastModified: lastModified(db, DIRECTORY_TABLES),
  };
}
export type PublicPartner = ReturnType<typeof listPartners>[number];

/** One organisation's summary, as in the lists (the map asks for it when a clustered point is opened). */
export function partnerById(db: Db, id: number) {
  const known = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id)).get();
  if (!known) throw appError('PARTNER_NOT_FOUND', { slug: `#${id}` });
  return partnersByIds(db, [id])[0]!;
}

/** The map's clustered layer: every network member with a position, as compact columns. */
export const mapPoints = memberPoints;

/** Partners and members per province (with its name and region), for the shaded provinces and their table. */
export function provinceCounts(db: Db, filters: PartnerFilters) {
  return countByProvince(db, filters).map((row) => {
    const known = provinceOfCode(row.province);
    return { ...row, name: known?.name ?? row.province, region: known?.region ?? null };
  });
}

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
  verifiedOn: contactPoints.verifiedOn,
};

/** One organisation's public profile (NOT_FOUND for an unknown slug): membership history, sites and public contact points. */
export function getPartner(db: Db, slug: string) {
  const org = db
    .select({ ...publicOrganizationColumns, channelSource: organizations.channelSource })
    .from(organizations)
    .where(eq(organizations.slug, slug))
    .get();
  if (!org) throw appError('PARTNER_NOT_FOUND', { slug });
  const history = membershipsByOrganization(db, [org.id]).get(org.id) ?? [];
  const current = currentMembership(history);
  return {
    ...org,
    membership: current ? publicMembership(current) : null,
    membershipHistory: history.map(publicMembership),
    sites: listSites(db, { organizationSlug: slug }),
    lastModified: lastModified(db, [
      { table: organizations, where: eq(organizations.id, org.id) },
      { table: memberships, where: eq(memberships.organizationId, org.id) },
      { table: sites, where: eq(sites.organizationId, org.id) },
      { table: contactPoints, where: and(eq(contactPoints.organizationId, org.id), eq(contactPoints.visibility, 'public')) },
    ]),
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
