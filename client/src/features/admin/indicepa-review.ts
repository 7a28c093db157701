import {
  importableFields,
  INDICEPA_FIELDS,
  type IndicePaChange,
  type IndicePaField,
  type IndicePaRow,
} from '@shared/schemas/indicepa';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/router';

/**
 * The review of an IndicePA file, pure: for each organisation the file's record chosen among the rows
 * that matched it, the values that differ from what the organisation has, and the changes to send for
 * what the coordinator kept ticked.
 */

type Match = inferRouterOutputs<AppRouter>['indicepa']['match'];
export type IndicePaOrganization = Match['organizations'][number];
export type IndicePaMethod = Match['matches'][number]['method'];

export type FieldDiff = { field: IndicePaField; before: string | null; after: string };

export type ReviewItem = {
  organization: IndicePaOrganization;
  /** The record the values come from; null until the coordinator picks one of `candidates`. */
  record: IndicePaRow | null;
  method: IndicePaMethod;
  /** Rows that matched the organisation equally well (different IPA codes): the coordinator picks. */
  candidates: IndicePaRow[];
};

export type Review = {
  /** Matched organisations with at least one value to review (or a choice to make), partners first. */
  items: ReviewItem[];
  /** Matched organisations whose values are already those of the file. */
  unchanged: number;
  /** Project partners the file has no record of. */
  notFound: IndicePaOrganization[];
};

const METHOD_RANK: Record<IndicePaMethod, number> = { fiscal_code: 0, ipa_code: 1, name: 2, website: 3 };

/** Two addresses of a website are the same when they differ only by a trailing slash or the case of the host. */
const comparable = (field: IndicePaField, v: string | null) =>
  v === null ? null : field === 'website' ? v.replace(/\/+$/, '').toLowerCase() : field === 'ipaCode' ? v.toLowerCase() : v;

/** The values of `record` that differ from the organisation's (the PEC also when its public contact is missing or older). */
export function diffsOf(organization: IndicePaOrganization, record: IndicePaRow, fileDate: string): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of importableFields(organization.type)) {
    const after = record[field];
    if (!after) continue;
    const before = organization[field];
    const contact = organization.pecContact;
    const pecToConfirm =
      field === 'pec' && (!contact || contact.pec !== after || (contact.verifiedOn ?? '') < fileDate);
    if (comparable(field, before) !== comparable(field, after) || pecToConfirm) diffs.push({ field, before, after });
  }
  return diffs;
}

export function buildReview(
  rows: IndicePaRow[],
  matches: Match['matches'],
  organizations: IndicePaOrganization[],
  partners: IndicePaOrganization[],
  fileDate: string,
): Review {
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const found = new Map<number, { method: IndicePaMethod; rows: IndicePaRow[] }>();
  for (const m of matches) {
    const row = byLine.get(m.line);
    if (!row) continue;
    const seen = found.get(m.organizationId);
    if (!seen || METHOD_RANK[m.method] < METHOD_RANK[seen.method]) {
      found.set(m.organizationId, { method: m.method, rows: [row] });
    } else if (METHOD_RANK[m.method] === METHOD_RANK[seen.method] && !seen.rows.some((r) => r.ipaCode === row.ipaCode)) seen.rows.push(row);
  }
  const items: ReviewItem[] = [];
  let unchanged = 0;
  for (const [id, { method, rows: candidates }] of found) {
    const organization = byId.get(id);
    if (!organization) continue;
    const record = candidates.length === 1 ? candidates[0]! : null;
    if (record && diffsOf(organization, record, fileDate).length === 0) {
      unchanged++;
      continue;
    }
    items.push({ organization, record, method, candidates: candidates.length > 1 ? candidates : [] });
  }
  items.sort(
    (a, b) =>
      Number(b.organization.isPartner) - Number(a.organization.isPartner) ||
      a.organization.name.localeCompare(b.organization.name, 'it'),
  );
  return { items, unchanged, notFound: partners.filter((p) => !found.has(p.id)) };
}

/** Ticked values per organisation id: a field is absent when the coordinator unticked it. */
export type Selection = Record<number, IndicePaField[]>;

/** Everything ticked, except a match by website alone and an undecided choice: those wait for the coordinator. */
export function initialSelection(review: Review, fileDate: string): Selection {
  const selection: Selection = {};
  for (const item of review.items) {
    if (!item.record || item.method === 'website') continue;
    selection[item.organization.id] = diffsOf(item.organization, item.record, fileDate).map((d) => d.field);
  }
  return selection;
}

/** The changes `indicepa.commit` takes: one per organisation with something ticked. */
export function changesOf(review: Review, selection: Selection, chosen: Record<number, string>, fileDate: string): IndicePaChange[] {
  const changes: IndicePaChange[] = [];
  for (const item of review.items) {
    const record = item.record ?? item.candidates.find((c) => c.ipaCode === chosen[item.organization.id]) ?? null;
    const ticked = selection[item.organization.id] ?? [];
    if (!record || ticked.length === 0) continue;
    const change: IndicePaChange = { organizationId: item.organization.id, version: item.organization.version, fromIpaCode: record.ipaCode };
    for (const d of diffsOf(item.organization, record, fileDate)) {
      if (ticked.includes(d.field)) change[d.field] = d.after;
    }
    if (INDICEPA_FIELDS.some((f) => change[f] !== undefined)) changes.push(change);
  }
  return changes;
}
