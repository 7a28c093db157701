import { organizationDomainOf } from '@shared/email-domains';
import { countDistinctPeople, REVIEW_BELOW_CONFIDENCE, type MatchMethod } from '@shared/schemas/attendance';
import type { ParsedParticipant } from './parse-participants';

/** What `attendance.importPreview` says of one row. */
export type RowMatch = {
  organizationId: number | null;
  method: MatchMethod | null;
  confidence: number;
  candidates?: number[];
};

/** Rows of the file that read the same and were matched the same way: the coordinator decides once for all. */
export type ReviewGroup = {
  key: string;
  /** What the file says: the organisation as written, else the e-mail domain, else the person. */
  label: string;
  /** A second line: an example person or address. */
  example?: string;
  rows: number[];
  match: RowMatch;
  needsReview: boolean;
  /** The organisation's domain all its rows write from (not gmail.com and the like), if they share one. */
  domain?: string;
};

/** The choice for a group: an organisation id, or null to leave its rows out. */
export type Choices = Record<string, number | null>;

/** Rows sent per `importPreview` call: half the server's limit. */
export const PREVIEW_CHUNK = 1000;

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
const domainOf = (email?: string) => (email?.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '');

/** The one organisation domain the rows write from, or undefined when they use none or several. */
function sharedDomain(rows: ParsedParticipant[], indexes: number[]): string | undefined {
  const domains = new Set(indexes.map((i) => organizationDomainOf(rows[i]!.email)));
  const [only] = domains;
  return domains.size === 1 && only ? only : undefined;
}

export const needsReview = (m: RowMatch) => m.organizationId === null || m.confidence < REVIEW_BELOW_CONFIDENCE;

/**
 * Groups rows by what they say and how they were matched. A row with neither an organisation
 * nor an organisation's domain stays on its own: only its person can say where they came from.
 */
export function groupMatches(rows: ParsedParticipant[], matches: RowMatch[]): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  rows.forEach((row, i) => {
    const match = matches[i] ?? { organizationId: null, method: null, confidence: 0 };
    const domain = domainOf(row.email);
    const how = `${match.organizationId ?? '-'}|${match.method ?? '-'}`;
    let key: string;
    let label: string;
    if (row.organization) {
      key = `o|${normalize(row.organization)}|${how}`;
      label = row.organization;
    } else if (domain && match.method === 'email_domain') {
      key = `d|${domain}|${how}`;
      label = `@${domain}`;
    } else {
      key = `r|${i}`;
      label = row.name || row.email || '—';
    }
    const group = groups.get(key);
    if (group) group.rows.push(i);
    else {
      const example = row.organization ? [row.name, row.email].filter(Boolean).join(' · ') : label === row.name ? row.email : undefined;
      groups.set(key, { key, label, example: example || undefined, rows: [i], match, needsReview: needsReview(match) });
    }
  });
  for (const g of groups.values()) g.domain = sharedDomain(rows, g.rows);
  return [...groups.values()].sort(
    (a, b) => Number(b.needsReview) - Number(a.needsReview) || b.rows.length - a.rows.length || a.label.localeCompare(b.label, 'it'),
  );
}

/**
 * The matcher's choice for each group when it is sure of it; a guess to check is suggested, not
 * chosen, so that nobody is marked present because a confirmation was skipped.
 */
export const initialChoices = (groups: ReviewGroup[]): Choices =>
  Object.fromEntries(groups.map((g) => [g.key, g.needsReview ? null : g.match.organizationId]));

/**
 * The other groups writing from the same organisation domain as `group` whose choice differs from
 * `group`'s: those "apply to the rows with the same domain" would change.
 */
export function sameDomainGroups(groups: ReviewGroup[], choices: Choices, group: ReviewGroup): ReviewGroup[] {
  const chosen = choices[group.key] ?? null;
  if (!group.domain || chosen === null) return [];
  return groups.filter((g) => g !== group && g.domain === group.domain && (choices[g.key] ?? null) !== chosen);
}

/**
 * Each chosen organisation with its number of different people in the file (repeated people
 * counted once, see countDistinctPeople): the `assignments` of `importCommit`.
 */
export function buildAssignments(rows: ParsedParticipant[], groups: ReviewGroup[], choices: Choices) {
  const byOrganization = new Map<number, { name?: string; email?: string }[]>();
  for (const g of groups) {
    const organizationId = choices[g.key] ?? null;
    if (organizationId === null) continue;
    const people = byOrganization.get(organizationId) ?? [];
    for (const i of g.rows) people.push({ name: rows[i]!.name, email: rows[i]!.email });
    byOrganization.set(organizationId, people);
  }
  return [...byOrganization].map(([organizationId, people]) => ({ organizationId, people: countDistinctPeople(people) }));
}

/**
 * Sends the rows to the matcher in chunks, in order, reporting progress; stops at the first
 * failure or when `signal` aborts.
 */
export async function previewInChunks(
  rows: ParsedParticipant[],
  send: (chunk: { name?: string; email?: string; organization?: string }[], signal?: AbortSignal) => Promise<RowMatch[]>,
  { onProgress, signal, chunkSize = PREVIEW_CHUNK }: { onProgress?: (done: number) => void; signal?: AbortSignal; chunkSize?: number } = {},
): Promise<RowMatch[]> {
  const matches: RowMatch[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    signal?.throwIfAborted();
    const chunk = rows.slice(start, start + chunkSize).map(({ name, email, organization }) => ({
      ...(name && { name }),
      ...(email && { email }),
      ...(organization && { organization }),
    }));
    const result = await send(chunk, signal);
    if (result.length !== chunk.length) throw new Error('The matcher answered for a different number of rows');
    matches.push(...result);
    onProgress?.(matches.length);
  }
  return matches;
}
