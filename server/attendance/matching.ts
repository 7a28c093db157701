import { distance } from 'fastest-levenshtein';
import type { MatchMethod, ParticipantRow } from '../../shared/schemas/attendance';
import { normalizeText } from '../partners/search';
import { emailDomain, isSharedMailDomain, PEC_PREFIXES } from '../../shared/email-domains';

/** What the matcher knows of an organisation. */
export type MatchableOrganization = {
  id: number;
  name: string;
  shortName: string;
  website: string | null;
  pec: string | null;
  /** Other addresses of the organisation (its contact points), for their domains. */
  emails?: (string | null)[];
  /** Domains a coordinator registered for the organisation: an address there is theirs for certain. */
  domains?: string[];
};

export type ParticipantMatch = {
  organizationId: number | null;
  method: MatchMethod | null;
  /** 0–1: how sure the matcher is; below REVIEW_BELOW_CONFIDENCE the page asks to check. */
  confidence: number;
  /** When the row fits several organisations equally well: those, best first (at most 5). */
  candidates?: number[];
};

const NO_MATCH: ParticipantMatch = { organizationId: null, method: null, confidence: 0 };

/** Words that do not tell two organisations apart. */
const STOPWORDS = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'd', 'de', 'e', 'ed', 'la', 'il',
  'lo', 'l', 'le', 'gli', 'i', 'the', 'of', 'and', 'per', 'a']);
/** Abbreviations written in sign-in sheets, expanded the way the organisations' names are written. */
const ABBREVIATIONS: Record<string, string> = {
  asp: 'azienda sanitaria provinciale',
  aou: 'azienda ospedaliera universitaria',
  aoup: 'azienda ospedaliera universitaria policlinico',
  univ: 'universita',
  unipa: 'universita palermo',
  com: 'comune',
};

/**
 * The comparable form of an organisation name: no accents, case, punctuation or stopwords,
 * abbreviations expanded. "A.S.P. di Trapani" → "azienda sanitaria provinciale trapani".
 */
export function organizationKey(s: string): string {
  return normalizeText(s)
    .replace(/(?:\b\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')) // a.s.p. → asp
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOPWORDS.has(w))
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}

function websiteDomain(url: string): string {
  try {
    return new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The domains that identify an organisation: its website's, its PEC's without the certified-mail label, its contacts'. */
function organizationDomains(org: MatchableOrganization): string[] {
  const domains = new Set<string>();
  if (org.website) domains.add(websiteDomain(org.website));
  for (const address of [org.pec, ...(org.emails ?? [])]) {
    const d = emailDomain(address);
    if (!d) continue;
    domains.add(d);
    domains.add(d.replace(PEC_PREFIXES, ''));
  }
  return [...domains].filter((d) => d.includes('.') && !isSharedMailDomain(d));
}

/** The names an organisation goes by: full name, short name, and each part of a "NAME — Long name". */
function organizationNames(org: MatchableOrganization): string[] {
  const names = new Set([org.name, org.shortName]);
  for (const part of org.name.split(/\s+[—–-]\s+|[()]/)) if (part.trim().length >= 3) names.add(part);
  return [...names].map(organizationKey).filter((k) => k.length >= 2);
}

type Index = {
  byDomain: Map<string, number[]>;
  byKey: Map<string, number[]>;
  /** Every key with its organisation, for close spelling and partial names. */
  keys: { key: string; tokens: string[]; organizationId: number }[];
  preferred: Set<number>;
  /** Domains a coordinator registered, which need no checking. */
  registered: Set<string>;
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

/**
 * Prepares the organisations for matching. `preferred` (the invited ones) break ties: a
 * participant of a meeting more likely belongs to an organisation that was invited to it.
 */
export function createMatcher(organizations: MatchableOrganization[], preferred: Iterable<number> = []) {
  const index: Index = { byDomain: new Map(), byKey: new Map(), keys: [], preferred: new Set(preferred), registered: new Set() };
  for (const org of organizations) {
    for (const d of organizationDomains(org)) push(index.byDomain, d, org.id);
    for (const d of org.domains ?? []) {
      push(index.byDomain, d, org.id);
      index.registered.add(d);
    }
    for (const key of organizationNames(org)) {
      push(index.byKey, key, org.id);
      index.keys.push({ key, tokens: key.split(' '), organizationId: org.id });
    }
  }
  const cache = new Map<string, ParticipantMatch>();
  return (row: ParticipantRow): ParticipantMatch => {
    const key = row.organization ? organizationKey(row.organization) : '';
    const domain = emailDomain(row.email);
    const cacheKey = `${key}\u0000${domain}`;
    let match = cache.get(cacheKey);
    if (!match) {
      match = matchOne(index, key, domain);
      cache.set(cacheKey, match);
    }
    return match;
  };
}

/** One organisation from several equally good ones: the only invited one, else none. */
function pick(index: Index, ids: number[]): { id: number | null; candidates?: number[] } {
  if (ids.length === 1) return { id: ids[0]! };
  const invited = ids.filter((id) => index.preferred.has(id));
  if (invited.length === 1) return { id: invited[0]!, candidates: ids.slice(0, 5) };
  return { id: null, candidates: [...invited, ...ids.filter((id) => !index.preferred.has(id))].slice(0, 5) };
}

function byDomain(index: Index, domain: string): { ids: number[]; exact: boolean; registered: boolean } | null {
  if (!domain || isSharedMailDomain(domain)) return null;
  // servizisociali.comune.palermo.it belongs to comune.palermo.it: walk up to two labels.
  const labels = domain.split('.');
  for (let i = 0; i <= labels.length - 2; i++) {
    const d = labels.slice(i).join('.');
    const ids = index.byDomain.get(d);
    if (ids) return { ids, exact: i === 0, registered: index.registered.has(d) };
  }
  return null;
}

function byName(index: Index, key: string): ParticipantMatch {
  if (!key) return NO_MATCH;
  const exact = index.byKey.get(key);
  if (exact) {
    const { id, candidates } = pick(index, exact);
    return id ? { organizationId: id, method: 'exact_name', confidence: candidates ? 0.8 : 1, candidates } : { ...NO_MATCH, candidates };
  }
  return closeName(index, key) ?? partialName(index, key) ?? NO_MATCH;
}

/** Close spelling: a few typing mistakes in a name ("Comune di Trapanni"). */
function closeName(index: Index, key: string): ParticipantMatch | null {
  const maxDistance = Math.min(4, Math.max(1, Math.floor(key.length / 6)));
  const best = new Map<number, number>(); // organisation → its smallest distance
  for (const k of index.keys) {
    if (Math.abs(k.key.length - key.length) > maxDistance) continue;
    const d = distance(k.key, key);
    if (d <= maxDistance && d < (best.get(k.organizationId) ?? Infinity)) best.set(k.organizationId, d);
  }
  if (best.size === 0) return null;
  const ranked = [...best].sort((a, b) => a[1] - b[1]);
  const [first, second] = ranked;
  const confidence = Math.min(0.9, 1 - first![1] / key.length);
  if (second && second[1] === first![1]) {
    const { id, candidates } = pick(index, ranked.filter(([, d]) => d === first![1]).map(([id]) => id));
    return { organizationId: id, method: id ? 'close_name' : null, confidence: id ? confidence * 0.7 : 0, candidates };
  }
  // A runner-up one letter further away makes the choice less certain.
  const margin = second && second[1] - first![1] <= 1 ? 0.85 : 1;
  return {
    organizationId: first![0],
    method: 'close_name',
    confidence: round(confidence * margin),
    candidates: margin < 1 ? ranked.slice(0, 5).map(([id]) => id) : undefined,
  };
}

/**
 * Partial name: the row names an organisation and more ("Comune di Palermo – Servizi sociali"),
 * or only part of one ("Policlinico"). Always to be checked.
 */
function partialName(index: Index, key: string): ParticipantMatch | null {
  const tokens = new Set(key.split(' '));
  let bestSize = 0;
  let found: number[] = [];
  for (const k of index.keys) {
    if (k.key.length < 4 || k.tokens.length < bestSize || !k.tokens.every((t) => tokens.has(t))) continue;
    if (k.tokens.length > bestSize) {
      bestSize = k.tokens.length;
      found = [];
    }
    if (!found.includes(k.organizationId)) found.push(k.organizationId);
  }
  let confidence = 0.7;
  if (found.length === 0 && key.length >= 4) {
    // The other way round: every word of the row is in one organisation's name.
    for (const k of index.keys) {
      if ([...tokens].every((t) => k.tokens.includes(t)) && !found.includes(k.organizationId)) found.push(k.organizationId);
    }
    confidence = 0.6;
  }
  if (found.length === 0) return null;
  const { id, candidates } = pick(index, found);
  return id ? { organizationId: id, method: 'partial_name', confidence, candidates } : { ...NO_MATCH, candidates };
}

const round = (n: number) => Math.round(n * 100) / 100;

function matchOne(index: Index, key: string, domain: string): ParticipantMatch {
  const named = byName(index, key);
  const mail = byDomain(index, domain);
  if (mail) {
    const { id, candidates } = pick(index, mail.ids);
    if (id) {
      if (named.organizationId === id) return { organizationId: id, method: 'email_domain', confidence: 1 };
      if (named.method === 'exact_name') {
        // The row names one organisation and writes from another's domain: trust the name, ask to check.
        return { ...named, confidence: 0.6, candidates: [named.organizationId!, id] };
      }
      const confidence = mail.registered && !candidates ? 1 : mail.exact ? 0.95 : 0.9;
      return { organizationId: id, method: 'email_domain', confidence, candidates };
    }
    if (named.organizationId && mail.ids.includes(named.organizationId)) {
      return { organizationId: named.organizationId, method: 'email_domain', confidence: 0.95 };
    }
  }
  return { ...named, confidence: round(named.confidence) };
}
