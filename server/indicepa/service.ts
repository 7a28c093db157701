import { and, desc, eq, inArray, isNull, like, ne } from 'drizzle-orm';
import { romeToday } from '../../shared/event-dates';
import type { Source } from '../../shared/schemas/common';
import {
  importableFields,
  INDICEPA_CONTACT_LABEL,
  INDICEPA_DATASET_URL,
  INDICEPA_FIELDS,
  INDICEPA_SOURCE,
  type IndicePaApplyInput,
  type IndicePaMatchInput,
  type IndicePaRow,
} from '../../shared/schemas/indicepa';
import { organizationKey } from '../attendance/matching';
import { audit } from '../audit/audited';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { contactPoints, indicePaImports, memberships, organizations } from '../db/schema';
import { appError } from '../errors';

/**
 * The IndicePA import: rows of IndicePA's file of enti matched to organisations (by fiscal code, IPA
 * code, name, then website), and the values the coordinator accepted written in one transaction, with
 * the institutional PEC as a public contact whose source is IndicePA. See decision 027.
 */

export type IndicePaMethod = 'fiscal_code' | 'ipa_code' | 'name' | 'website';

const organizationColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  type: organizations.type,
  version: organizations.version,
  ipaCode: organizations.ipaCode,
  fiscalCode: organizations.fiscalCode,
  istatCode: organizations.istatCode,
  website: organizations.website,
  pec: organizations.pec,
};
type OrganizationRow = { [K in keyof typeof organizationColumns]: (typeof organizations.$inferSelect)[K] };

/** Contacts an earlier import made (one per organisation): the ones an import updates rather than adding another. */
const indicePaContactWhere = (organizationIds: number[]) =>
  and(
    inArray(contactPoints.organizationId, organizationIds),
    isNull(contactPoints.siteId),
    isNull(contactPoints.disabledAt),
    like(contactPoints.source, `${INDICEPA_SOURCE}%`),
  );

function indicePaContact(db: Db | Tx, organizationId: number) {
  return db.select().from(contactPoints).where(indicePaContactWhere([organizationId])).get();
}

/** What the review shows of organisations: their current values and IndicePA contacts, in one query. */
function current(db: Db, rows: OrganizationRow[], partnerIds: Set<number>) {
  const contacts = new Map(
    rows.length === 0
      ? []
      : db
          .select({ organizationId: contactPoints.organizationId, pec: contactPoints.pec, verifiedOn: contactPoints.verifiedOn })
          .from(contactPoints)
          .where(indicePaContactWhere(rows.map((o) => o.id)))
          .all()
          .map((c) => [c.organizationId, { pec: c.pec, verifiedOn: c.verifiedOn }]),
  );
  return rows.map((o) => ({ ...o, isPartner: partnerIds.has(o.id), pecContact: contacts.get(o.id) ?? null }));
}
export type IndicePaOrganization = ReturnType<typeof current>[number];

function projectPartnerIds(db: Db): Set<number> {
  return new Set(
    db
      .selectDistinct({ id: memberships.organizationId })
      .from(memberships)
      .all()
      .map((m) => m.id),
  );
}

const hostOf = (url: string | null) => {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
};

/** The name keys an organisation goes by: its full name and each long part of "CEFPAS — Centro per…". */
function nameKeys(name: string): string[] {
  const keys = new Set([name, ...name.split(/\s+[—–]\s+/)].map(organizationKey));
  return [...keys].filter((k) => k.split(' ').length >= 2);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Finds, for each row, the one organisation it describes: none when two fit equally well. */
function createIndex(all: OrganizationRow[]) {
  const byFiscal = new Map<string, OrganizationRow[]>();
  const byIpa = new Map<string, OrganizationRow[]>();
  const byName = new Map<string, OrganizationRow[]>();
  const byHost = new Map<string, OrganizationRow[]>();
  for (const o of all) {
    if (o.fiscalCode) push(byFiscal, o.fiscalCode, o);
    if (o.ipaCode) push(byIpa, o.ipaCode.toLowerCase(), o);
    for (const key of nameKeys(o.name)) push(byName, key, o);
    const host = hostOf(o.website);
    if (host) push(byHost, host, o);
  }
  /** One organisation, or the one whose comune is the row's when several share a name. */
  const single = (found: OrganizationRow[] | undefined, row: IndicePaRow) => {
    if (!found) return null;
    const unique = [...new Set(found)];
    if (unique.length === 1) return unique[0]!;
    const sameComune = unique.filter((o) => o.istatCode && o.istatCode === row.istatCode);
    return sameComune.length === 1 ? sameComune[0]! : null;
  };
  return (row: IndicePaRow): { organization: OrganizationRow; method: IndicePaMethod } | null => {
    const tries: [IndicePaMethod, OrganizationRow[] | undefined][] = [
      ['fiscal_code', row.fiscalCode ? byFiscal.get(row.fiscalCode) : undefined],
      ['ipa_code', byIpa.get(row.ipaCode.toLowerCase())],
      ['name', nameKeys(row.name).flatMap((k) => byName.get(k) ?? [])],
      ['website', byHost.get(hostOf(row.website) ?? '')],
    ];
    for (const [method, found] of tries) {
      const organization = single(found?.length ? found : undefined, row);
      if (organization) return { organization, method };
    }
    return null;
  };
}

/** Matches rows of the file (a chunk) to organisations; writes nothing. */
export function matchIndicePa(db: Db, input: IndicePaMatchInput) {
  const match = createIndex(db.select(organizationColumns).from(organizations).all());
  const matches: { line: number; organizationId: number; method: IndicePaMethod }[] = [];
  const matched = new Map<number, OrganizationRow>();
  for (const row of input.rows) {
    const found = match(row);
    if (!found) continue;
    matches.push({ line: row.line, organizationId: found.organization.id, method: found.method });
    matched.set(found.organization.id, found.organization);
  }
  return { matches, organizations: current(db, [...matched.values()], projectPartnerIds(db)) };
}

/** The project's partners (each is listed, found in the file or not) and the files applied before. */
export function indicePaOverview(db: Db) {
  const partnerIds = projectPartnerIds(db);
  const partners = db
    .select(organizationColumns)
    .from(organizations)
    .where(inArray(organizations.id, [...partnerIds]))
    .orderBy(organizations.name)
    .all();
  const imports = db
    .select({
      id: indicePaImports.id,
      fileHash: indicePaImports.fileHash,
      fileName: indicePaImports.fileName,
      fileDate: indicePaImports.fileDate,
      organizations: indicePaImports.organizations,
      importedAt: indicePaImports.importedAt,
    })
    .from(indicePaImports)
    .orderBy(desc(indicePaImports.importedAt), desc(indicePaImports.id))
    .limit(10)
    .all();
  return { partners: current(db, partners, partnerIds), imports };
}

/**
 * Writes what the coordinator accepted, all or nothing: a change read from an older version of the
 * organisation is STALE_VERSION; an IPA or fiscal code another organisation holds is INDICEPA_CODE_TAKEN.
 */
export function applyIndicePa(db: Db, actor: SessionUser, input: IndicePaApplyInput) {
  if (input.fileDate > romeToday()) throw appError('INDICEPA_DATE_IN_FUTURE');
  const ids = input.changes.map((c) => c.organizationId);
  if (new Set(ids).size !== ids.length) throw appError('INDICEPA_ORGANIZATION_TWICE');
  return db.transaction((tx) => {
    let changedOrganizations = 0;
    let contacts = 0;
    const now = new Date().toISOString();
    for (const change of input.changes) {
      const before = tx.select().from(organizations).where(eq(organizations.id, change.organizationId)).get();
      if (!before) throw appError('ORGANIZATION_NOT_FOUND');
      if (before.version !== change.version) throw appError('STALE_VERSION');
      const allowed = importableFields(before.type);
      const patch: Partial<Record<(typeof INDICEPA_FIELDS)[number], string>> = {};
      for (const field of INDICEPA_FIELDS) {
        const value = change[field];
        if (value !== undefined && allowed.includes(field) && value !== before[field]) patch[field] = value;
      }
      for (const field of ['ipaCode', 'fiscalCode'] as const) {
        const value = patch[field];
        if (!value) continue;
        const holder = tx
          .select({ name: organizations.name })
          .from(organizations)
          .where(and(eq(organizations[field], value), ne(organizations.id, before.id)))
          .get();
        if (holder) throw appError('INDICEPA_CODE_TAKEN', { name: holder.name });
      }
      if (Object.keys(patch).length > 0) {
        const source: Source = {
          url: INDICEPA_DATASET_URL,
          title: `${INDICEPA_SOURCE}, codice IPA ${change.fromIpaCode}, file del ${input.fileDate}`,
        };
        const after = tx
          .update(organizations)
          .set({
            ...patch,
            // The website or PEC shown on the partner's page now comes from IndicePA.
            ...((patch.website || patch.pec) && { channelSource: source.title }),
            sources: [...before.sources.filter((s) => s.url !== INDICEPA_DATASET_URL), source],
            version: before.version + 1,
            updatedAt: now,
          })
          .where(eq(organizations.id, before.id))
          .returning()
          .get();
        audit(tx, actor, { action: 'update', entity: 'organization', before, after, row: after });
        changedOrganizations++;
      }
      if (change.pec !== undefined && allowed.includes('pec') && writePecContact(tx, actor, before.id, change.pec, input.fileDate, change.fromIpaCode)) {
        contacts++;
      }
    }
    const row = tx
      .insert(indicePaImports)
      .values({
        fileHash: input.fileHash,
        fileName: input.fileName,
        fileDate: input.fileDate,
        rows: input.rows,
        organizations: changedOrganizations,
        importedBy: actor.id,
      })
      .returning({ id: indicePaImports.id })
      .get();
    return { importId: row.id, organizations: changedOrganizations, contacts };
  });
}

/** The institutional PEC as a public contact, IndicePA its source: added, or brought up to date. */
function writePecContact(tx: Tx, actor: SessionUser, organizationId: number, pec: string, fileDate: string, ipaCode: string) {
  const source = `${INDICEPA_SOURCE} (indicepa.gov.it), codice IPA ${ipaCode}`;
  const before = indicePaContact(tx, organizationId);
  if (!before) {
    const row = tx
      .insert(contactPoints)
      .values({ organizationId, kind: 'office', label: INDICEPA_CONTACT_LABEL, pec, visibility: 'public', source, verifiedOn: fileDate })
      .returning()
      .get();
    audit(tx, actor, { action: 'create', entity: 'contact', before: null, after: row, row });
    return true;
  }
  if (before.pec === pec && before.source === source && (before.verifiedOn ?? '') >= fileDate) return false;
  const after = tx
    .update(contactPoints)
    .set({
      pec,
      source,
      verifiedOn: (before.verifiedOn ?? '') > fileDate && before.pec === pec ? before.verifiedOn : fileDate,
      version: before.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(contactPoints.id, before.id))
    .returning()
    .get();
  audit(tx, actor, { action: 'update', entity: 'contact', before, after, row: after });
  return true;
}
