/**
 * The DCAT-AP_IT catalogue of the open datasets (partners, service points, events), harvestable by
 * dati.gov.it: one graph, written as JSON-LD (`catalog.jsonld`) and as RDF/XML (`catalog.rdf`) from
 * the same nodes, so the two can never say different things. Publisher and rights holder are the
 * lead partner, identified by its IPA code when it is recorded; `dct:modified` is the date of the last
 * change of the records behind each dataset.
 */
import { sql } from 'drizzle-orm';
import { OPEN_DATA_LICENSE } from '../../shared/enums';
import { safeWebUrl } from '../../shared/links';
import type { Db } from '../db/client';
import { lastModified } from '../db/last-modified';
import { events, memberships, organizations, sites } from '../db/schema';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;
type Prefix = keyof typeof NS;
type Term = `${Prefix}:${string}`;

/** An RDF value: a resource, a plain string, a string in a language, or a typed literal. */
type Value = { id: string } | { text: string; lang?: 'it' | 'en' } | { literal: string; type: Term };
type Node = { id: string; types: Term[]; props: [Term, Value][] };

const EU = 'http://publications.europa.eu/resource/authority';
const it = (text: string): Value => ({ text, lang: 'it' });
const en = (text: string): Value => ({ text, lang: 'en' });
const date = (iso: string): Value => ({ literal: iso.slice(0, 10), type: 'xsd:date' });
const ref = (id: string): Value => ({ id });

type DatasetSpec = {
  key: 'partners' | 'sites' | 'events';
  title: [string, string];
  description: [string, string];
  keywords: string[];
  themes: string[];
  files: { name: string; format: string; mediaType: string }[];
};

const DATASETS: DatasetSpec[] = [
  {
    key: 'partners',
    title: ['Enti della rete COOPERA', 'Bodies of the COOPERA network'],
    description: [
      'Gli enti pubblici del progetto COOPERA (FAMI 2014-2020, PROG 3031) e della sua rete: ruolo, tipo, comune, provincia, posizione, sito istituzionale, PEC e codici ufficiali. Nessun dato personale.',
      'The public bodies of the COOPERA project (AMIF 2014-2020, PROG 3031) and of its network: role, type, town, province, position, website, certified e-mail and official codes. No personal data.',
    ],
    keywords: ['COOPERA', 'FAMI', 'accoglienza', 'enti pubblici', 'Sicilia'],
    themes: ['GOVE', 'SOCI'],
    files: [
      { name: 'partners.geojson', format: 'GEOJSON', mediaType: 'application/geo+json' },
      { name: 'partners.json', format: 'JSON', mediaType: 'application/json' },
      { name: 'partners.csv', format: 'CSV', mediaType: 'text/csv' },
    ],
  },
  {
    key: 'sites',
    title: ['Sportelli ed équipe COOPERA', 'COOPERA help desks and teams'],
    description: [
      'I punti di servizio dei partner (sportelli, équipe ambulatoriali e mobili, uffici) con tipo, comune, indirizzo e posizione.',
      'The partners’ service points (help desks, outpatient and mobile teams, offices) with kind, town, address and position.',
    ],
    keywords: ['sportelli', 'servizi sanitari', 'cittadini di paesi terzi', 'Sicilia'],
    themes: ['HEAL', 'SOCI'],
    files: [
      { name: 'sites.geojson', format: 'GEOJSON', mediaType: 'application/geo+json' },
      { name: 'sites.json', format: 'JSON', mediaType: 'application/json' },
    ],
  },
  {
    key: 'events',
    title: ['Eventi della rete COOPERA', 'Events of the COOPERA network'],
    description: [
      'Tavoli tecnici, webinar, incontri e formazioni pubbliche della rete, con date (dichiarate o dedotte), luogo, organizzatore, totali e fonti. Nessun registro delle presenze né dato personale.',
      'The network’s public technical tables, webinars, meetings and trainings, with dates (stated or inferred), place, organiser, totals and sources. No attendance register and no personal data.',
    ],
    keywords: ['eventi', 'tavoli tecnici', 'webinar', 'rete SAI'],
    themes: ['GOVE', 'EDUC'],
    files: [
      { name: 'events.json', format: 'JSON', mediaType: 'application/json' },
      { name: 'events.csv', format: 'CSV', mediaType: 'text/csv' },
      { name: 'events.ics', format: 'ICAL', mediaType: 'text/calendar' },
    ],
  },
];

/** The latest `updated_at` of the tables behind a dataset (the seed's rows have theirs too). */
function datasetModified(db: Db, key: DatasetSpec['key']): string {
  const tables = key === 'partners' ? [{ table: organizations }, { table: memberships }] : key === 'sites' ? [{ table: sites }] : [{ table: events }];
  return lastModified(db, tables) ?? new Date().toISOString();
}

function leadPartner(db: Db) {
  return db
    .select({ name: organizations.name, ipaCode: organizations.ipaCode, website: organizations.website, pec: organizations.pec, slug: organizations.slug })
    .from(organizations)
    .innerJoin(memberships, sql`${memberships.organizationId} = ${organizations.id} AND ${memberships.role} = 'lead_partner'`)
    .get();
}

/** The catalogue's nodes, for a site served at `base` (its public address). */
export function catalogNodes(db: Db, base: string): Node[] {
  const lead = leadPartner(db);
  const publisherId = `${base}/partners/${lead?.slug ?? 'capofila'}`;
  const contactId = `${base}/open-data#contact`;
  const licenseId = OPEN_DATA_LICENSE.url;
  const catalogId = `${base}/api/open/catalog`;
  const nodes: Node[] = [];
  const modified = DATASETS.map((d) => datasetModified(db, d.key));

  nodes.push({
    id: catalogId,
    types: ['dcat:Catalog', 'dcatapit:Catalog'],
    props: [
      ['dct:title', it('Catalogo dei dati aperti COOPERA')],
      ['dct:title', en('COOPERA open data catalogue')],
      ['dct:description', it('I dati aperti del progetto COOPERA, capofila il Comune di Palermo: enti della rete, sportelli ed eventi.')],
      ['dct:description', en('The open data of the COOPERA project, led by the Comune di Palermo: network bodies, help desks and events.')],
      ['dct:publisher', ref(publisherId)],
      ['dct:modified', date([...modified].sort().at(-1)!)],
      ['dct:language', ref(`${EU}/language/ITA`)],
      ['dct:language', ref(`${EU}/language/ENG`)],
      ['foaf:homepage', ref(`${base}/open-data`)],
      ...DATASETS.map((d): [Term, Value] => ['dcat:dataset', ref(`${base}/api/open/dataset/${d.key}`)]),
    ],
  });
  nodes.push({
    id: publisherId,
    types: ['foaf:Agent', 'dcatapit:Agent'],
    props: [
      ['foaf:name', it(lead?.name ?? 'Comune di Palermo')],
      // The IPA code identifies a public administration; until the lead partner records it, none is claimed.
      ...(lead?.ipaCode ? [['dct:identifier', { text: lead.ipaCode }] as [Term, Value]] : []),
    ],
  });
  const website = safeWebUrl(lead?.website ?? null);
  nodes.push({
    id: contactId,
    types: ['vcard:Organization', 'dcatapit:Organization'],
    props: [
      ['vcard:fn', it(`${lead?.name ?? 'Comune di Palermo'} — COOPERA`)],
      ...(lead?.pec ? [['vcard:hasEmail', ref(`mailto:${lead.pec}`)] as [Term, Value]] : []),
      ['vcard:hasURL', ref(website ?? `${base}/open-data`)],
    ],
  });
  nodes.push({
    id: licenseId,
    types: ['dct:LicenseDocument', 'dcatapit:LicenseDocument'],
    props: [
      ['foaf:name', { text: 'CC BY 4.0' }],
      ['dct:type', ref('http://purl.org/adms/licencetype/Attribution')],
    ],
  });
  DATASETS.forEach((d, i) => {
    const datasetId = `${base}/api/open/dataset/${d.key}`;
    nodes.push({
      id: datasetId,
      types: ['dcat:Dataset', 'dcatapit:Dataset'],
      props: [
        ['dct:identifier', { text: `coopera-${d.key}` }],
        ['dct:title', it(d.title[0])],
        ['dct:title', en(d.title[1])],
        ['dct:description', it(d.description[0])],
        ['dct:description', en(d.description[1])],
        ['dct:modified', date(modified[i]!)],
        ['dct:accrualPeriodicity', ref(`${EU}/frequency/IRREG`)],
        ['dct:publisher', ref(publisherId)],
        ['dct:rightsHolder', ref(publisherId)],
        ['dcat:contactPoint', ref(contactId)],
        ['dct:language', ref(`${EU}/language/ITA`)],
        ['dct:spatial', ref('http://publications.europa.eu/resource/authority/country/ITA')],
        ...d.themes.map((t): [Term, Value] => ['dcat:theme', ref(`${EU}/data-theme/${t}`)]),
        ...d.keywords.map((k): [Term, Value] => ['dcat:keyword', it(k)]),
        ...d.files.map((f): [Term, Value] => ['dcat:distribution', ref(`${datasetId}/${f.name}`)]),
      ],
    });
    for (const f of d.files) {
      const url = `${base}/api/open/${f.name}`;
      nodes.push({
        id: `${datasetId}/${f.name}`,
        types: ['dcat:Distribution', 'dcatapit:Distribution'],
        props: [
          ['dct:title', it(`${d.title[0]} (${f.format})`)],
          ['dct:title', en(`${d.title[1]} (${f.format})`)],
          ['dcat:accessURL', ref(url)],
          ['dcat:downloadURL', ref(url)],
          ['dcat:mediaType', { text: f.mediaType }],
          ['dct:format', ref(`${EU}/file-type/${f.format}`)],
          ['dct:license', ref(licenseId)],
        ],
      });
    }
  });
  return nodes;
}

const expand = (term: Term) => {
  const [prefix, local] = term.split(':') as [Prefix, string];
  return NS[prefix] + local;
};

function jsonLdValue(v: Value) {
  if ('id' in v) return { '@id': v.id };
  if ('literal' in v) return { '@value': v.literal, '@type': v.type };
  return v.lang ? { '@value': v.text, '@language': v.lang } : v.text;
}

/** The catalogue as JSON-LD: compact terms with the prefixes in `@context`, one `@graph`. */
export function catalogJsonLd(db: Db, base: string) {
  return {
    '@context': NS,
    '@graph': catalogNodes(db, base).map((n) => {
      const out: Record<string, unknown> = { '@id': n.id, '@type': n.types };
      for (const [p, v] of n.props) {
        const value = jsonLdValue(v);
        out[p] = p in out ? [...(Array.isArray(out[p]) ? (out[p] as unknown[]) : [out[p]]), value] : value;
      }
      return out;
    }),
  };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same nodes as RDF/XML: one `rdf:Description` each, its types as `rdf:type`. */
export function catalogRdfXml(db: Db, base: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<rdf:RDF ${Object.entries(NS).map(([p, u]) => `xmlns:${p}="${u}"`).join(' ')}>`];
  for (const n of catalogNodes(db, base)) {
    lines.push(`  <rdf:Description rdf:about="${xml(n.id)}">`);
    for (const t of n.types) lines.push(`    <rdf:type rdf:resource="${xml(expand(t))}"/>`);
    for (const [p, v] of n.props) {
      if ('id' in v) lines.push(`    <${p} rdf:resource="${xml(v.id)}"/>`);
      else if ('literal' in v) lines.push(`    <${p} rdf:datatype="${xml(expand(v.type))}">${xml(v.literal)}</${p}>`);
      else lines.push(`    <${p}${v.lang ? ` xml:lang="${v.lang}"` : ''}>${xml(v.text)}</${p}>`);
    }
    lines.push('  </rdf:Description>');
  }
  lines.push('</rdf:RDF>', '');
  return lines.join('\n');
}
