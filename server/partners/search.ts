/**
 * The organisations query behind `partners.list` and `partners.page`: filters, full-text search and
 * sorting in SQL, over the FTS5 index `organizations_search` (drizzle/0009), so that a network of
 * thousands never travels to the browser to be filtered there.
 */
import {
  membershipStatusLabels,
  organizationTypeLabels,
  PROVINCES,
  ORGANIZATION_TYPES,
  type Labels,
  type Locale,
  type MembershipRole,
  type MembershipStatus,
  type OrganizationType,
} from '../../shared/enums';
import type { PartnerFilters, PartnerSort } from '../../shared/schemas/partners';
import type { Db } from '../db/client';
import { stmt } from '../db/statements';

import { normalizeText } from '../../shared/text-search';

export { normalizeText };

/**
 * What a visitor typed as an FTS5 query: every word required, each as a quoted prefix ("sport" finds
 * "Sportello"). Only letters and digits are kept, so nothing typed is query syntax (`*`, `"`, `OR`,
 * `NEAR`, `%`, `_` are plain characters that separate words); null when no word is left.
 */
export function ftsQuery(q: string | undefined): string | null {
  const words = q ? (normalizeText(q).match(/[\p{L}\p{N}]+/gu) ?? []) : [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/**
 * Each organisation's current membership, as `currentMembership` in service.ts picks it: the first
 * active one, else the latest. A correlated lookup on memberships(organization_id): measured 4× faster
 * than a window over all memberships at 8,000 organisations, and a page sorted by name stops early.
 */
const FROM = `FROM organizations o LEFT JOIN memberships cur ON cur.id = (
    SELECT m.id FROM memberships m WHERE m.organization_id = o.id
    ORDER BY (m.status = 'active') DESC, CASE WHEN m.status = 'active' THEN m.id END, m.id DESC LIMIT 1
  )`;

/**
 * Each word of a search must be found in the organisation or in one of its service points, not
 * necessarily in the same one: "asp licata" finds ASP Agrigento, whose team is in Licata. A slot per
 * word (the statement stays the same, so it stays cached); words past the last slot share it.
 */
const WORD_SLOTS = 6;
const wordClause = (i: number) =>
  `AND (:w${i} IS NULL OR o.id IN (SELECT rowid FROM organizations_search WHERE organizations_search MATCH :w${i})
      OR o.id IN (SELECT s.organization_id FROM sites s JOIN sites_search ON sites_search.rowid = s.id WHERE sites_search MATCH :w${i}))`;

/** The search's words as FTS5 prefix terms, one per slot. */
function wordSlots(q: string | undefined): Record<string, string | null> {
  const terms = ftsQuery(q)?.split(' ') ?? [];
  return Object.fromEntries(
    Array.from({ length: WORD_SLOTS }, (_, i) => [
      `w${i}`,
      (i === WORD_SLOTS - 1 ? terms.slice(i).join(' ') : terms[i]) || null,
    ]),
  );
}

const WHERE = `
  WHERE (:type IS NULL OR o.type = :type)
    AND (:province IS NULL OR o.province = :province)
    AND (:role IS NULL OR cur.role = :role)
    AND (:status IS NULL OR cur.status = :status)
    AND (:tier IS NULL OR (cur.role IN ('lead_partner', 'partner')) = (:tier = 'project'))
    AND NOT :nothing
    ${Array.from({ length: WORD_SLOTS }, (_, i) => wordClause(i)).join('\n    ')}`;

function params(filters: PartnerFilters) {
  const q = ftsQuery(filters.q);
  return {
    // A search of only symbols ("%", "*") finds nothing, rather than everything.
    nothing: Number(Boolean(filters.q?.trim()) && q === null),
    type: filters.type ?? null,
    province: filters.province ?? null,
    role: filters.role ?? null,
    status: filters.status ?? null,
    tier: filters.tier ?? null,
    ...wordSlots(filters.q),
  };
}

/** `CASE column WHEN code THEN rank …`: codes ranked by their label in `locale`, as the page shows them. */
function labelRank<K extends string>(column: string, labels: Labels<K>, locale: Locale): string {
  const codes = (Object.keys(labels) as K[]).sort((a, b) => labels[a][locale].localeCompare(labels[b][locale], locale));
  return `CASE ${column} ${codes.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} ELSE ${codes.length} END`;
}

const ROLE_RANK = `CASE cur.role WHEN 'lead_partner' THEN 0 WHEN 'partner' THEN 1 WHEN 'network_member' THEN 2 ELSE 3 END`;
const provinceRank = () =>
  `CASE o.province ${[...PROVINCES]
    .sort((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((p, i) => `WHEN '${p.code}' THEN ${i}`)
    .join(' ')} ELSE ${PROVINCES.length} END`;

/** The ORDER BY of a sort: its key, then the name, then the id (a stable order for paging). */
function orderBy(sort: PartnerSort, desc: boolean, locale: Locale): string {
  const dir = desc ? 'DESC' : 'ASC';
  const name = `o.name COLLATE NOCASE ${sort === 'name' ? dir : 'ASC'}`;
  const key = {
    name: null,
    role: ROLE_RANK,
    type: labelRank('o.type', organizationTypeLabels, locale),
    province: provinceRank(),
    city: 'o.city COLLATE NOCASE',
    status: labelRank('cur.status', membershipStatusLabels, locale),
  }[sort];
  return `ORDER BY ${key ? `${key} ${dir}, ` : ''}${name}, o.id`;
}

/** The ids of the organisations the filters select, in the sort's order; a page of them when asked. */
export function matchingIds(
  db: Db,
  filters: PartnerFilters,
  opts: { sort?: PartnerSort; desc?: boolean; locale?: Locale; limit?: number; offset?: number } = {},
): number[] {
  const order = orderBy(opts.sort ?? 'role', opts.desc ?? false, opts.locale ?? 'it');
  const rows = stmt(db, `SELECT o.id ${FROM} ${WHERE} ${order} LIMIT :limit OFFSET :offset`).all({
    ...params(filters),
    limit: opts.limit ?? -1,
    offset: opts.offset ?? 0,
  }) as { id: number }[];
  return rows.map((r) => r.id);
}

/** How many organisations the filters select, by current role (`none`: no membership). */
export function countByRole(db: Db, filters: PartnerFilters) {
  const rows = stmt(db, `SELECT cur.role AS role, COUNT(*) AS n ${FROM} ${WHERE} GROUP BY cur.role`).all(
    params(filters),
  ) as { role: MembershipRole | null; n: number }[];
  const counts = { lead_partner: 0, partner: 0, network_member: 0, none: 0 };
  for (const r of rows) counts[r.role ?? 'none'] += r.n;
  return counts;
}

/**
 * The map's network members as columns (id, type, role, status, position), positions rounded to
 * ~11 m: what the clustered layer needs and nothing more, for thousands of points in one small answer.
 */
export function memberPoints(db: Db, filters: PartnerFilters) {
  const rows = stmt(
    db,
    `SELECT o.id AS id, o.type AS type, cur.status AS status, o.lat AS lat, o.lng AS lng ${FROM} ${WHERE}
       AND o.lat IS NOT NULL AND o.lng IS NOT NULL ORDER BY o.id`,
  ).all({ ...params(filters), tier: 'network' }) as { id: number; type: OrganizationType; status: MembershipStatus | null; lat: number; lng: number }[];
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    ids: rows.map((r) => r.id),
    types: rows.map((r) => ORGANIZATION_TYPES.indexOf(r.type)),
    withdrawn: rows.map((r) => Number(r.status === 'withdrawn')),
    lat: rows.map((r) => round(r.lat)),
    lng: rows.map((r) => round(r.lng)),
  };
}

/** How many project partners and network members each province has, under the filters. */
export function countByProvince(db: Db, filters: PartnerFilters) {
  return stmt(
    db,
    `SELECT o.province AS province, SUM(cur.role IN ('lead_partner', 'partner')) AS partners,
       SUM(cur.role IS NULL OR cur.role NOT IN ('lead_partner', 'partner')) AS members
     ${FROM} ${WHERE} GROUP BY o.province ORDER BY o.province`,
  ).all(params(filters)) as { province: string; partners: number; members: number }[];
}
