import { eq } from 'drizzle-orm';
import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_LICENSE, SICILY_BOUNDS } from '../../shared/enums';
import type { Db } from '../db/client';
import { contactPoints, organizations } from '../db/schema';
import { createTestDb, startTestApp } from '../test-utils';

let db: Db;
let cleanupDb: () => void;
let app: Awaited<ReturnType<typeof startTestApp>>;
let baseUrl: string;

beforeAll(async () => {
  ({ db, cleanup: cleanupDb } = createTestDb());
  app = await startTestApp(db);
  baseUrl = app.baseUrl;
});
afterAll(async () => {
  await app.close();
  cleanupDb();
});

const get = (pathname: string, init?: RequestInit) => fetch(`${baseUrl}${pathname}`, init);

type Properties = Record<string, string | number | null>;
async function getGeoJson(pathname: string) {
  const response = await get(pathname);
  return { response, body: (await response.json()) as FeatureCollection<Point, Properties> & { license: string } };
}

const insideSicily = ([lng, lat]: number[]) =>
  lng !== undefined &&
  lat !== undefined &&
  lng >= SICILY_BOUNDS.minLng &&
  lng <= SICILY_BOUNDS.maxLng &&
  lat >= SICILY_BOUNDS.minLat &&
  lat <= SICILY_BOUNDS.maxLat;

/**
 * A strict RFC 4180 reader (csv-parse is not installed): CRLF between records, fields quoted
 * when they hold a comma, quote or line break, quotes doubled inside quoted fields.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      // Quoted field: runs to the next single quote; "" stands for one quote.
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] !== '"') field += text[i];
        else if (text[i + 1] === '"') field += text[++i];
        else break;
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`stray text after a quote at ${i}`);
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`line break that is not CRLF at ${i}`);
    } else if (c === '"') {
      throw new Error(`quote inside an unquoted field at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

describe('partners.geojson', () => {
  it('is a GeoJSON FeatureCollection of the ten partners, served as application/geo+json', async () => {
    const { response, body } = await getGeoJson('/api/open/partners.geojson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(10);
  });

  it('places each partner as a Point in [longitude, latitude] order inside Sicily', async () => {
    const { body } = await getGeoJson('/api/open/partners.geojson');
    for (const feature of body.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      expect(feature.geometry.coordinates).toHaveLength(2);
      expect(insideSicily(feature.geometry.coordinates), String(feature.properties.slug)).toBe(true);
    }
    // Palermo is north-west: longitude ≈ 13.36, latitude ≈ 38.12.
    const palermo = body.features.find((f) => f.properties.slug === 'comune-di-palermo')!;
    const [lng, lat] = palermo.geometry.coordinates;
    expect(lng).toBeCloseTo(13.3615, 3);
    expect(lat).toBeCloseTo(38.1157, 3);
  });

  it('describes each partner with its public profile fields', async () => {
    const { body } = await getGeoJson('/api/open/partners.geojson');
    for (const { properties } of body.features) {
      for (const key of [
        'slug',
        'name',
        'shortName',
        'type',
        'role',
        'status',
        'province',
        'city',
        'website',
        'coordinatePrecision',
      ]) {
        expect(properties, `${properties.slug}.${key}`).toHaveProperty(key);
      }
    }
    const byslug = new Map(body.features.map((f) => [f.properties.slug, f.properties]));
    expect(byslug.get('comune-di-palermo')).toMatchObject({ role: 'lead_partner', status: 'active' });
    expect(byslug.get('comune-di-agrigento')).toMatchObject({ status: 'withdrawn' });
    expect(byslug.get('anci-sicilia')).toMatchObject({ website: 'https://www.anci.sicilia.it' });
  });

  it('carries the CC BY 4.0 licence in the data and in a Link header', async () => {
    const { response, body } = await getGeoJson('/api/open/partners.geojson');
    expect(body.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(body.license).toBe(OPEN_DATA_LICENSE.url);
    expect(response.headers.get('link')).toBe(`<${OPEN_DATA_LICENSE.url}>; rel="license"`);
  });

  it('may be read by any web site (CORS)', async () => {
    const response = await get('/api/open/partners.geojson');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('sites.geojson', () => {
  it('has the fourteen service points, each naming its partner', async () => {
    const { response, body } = await getGeoJson('/api/open/sites.geojson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    expect(body.license).toBe(OPEN_DATA_LICENSE.url);
    expect(body.features).toHaveLength(14);
    const partners = new Set(
      (await (await get('/trpc/partners.list')).json()).result.data.map((p: { slug: string }) => p.slug),
    );
    for (const feature of body.features) {
      expect(feature.geometry.type).toBe('Point');
      expect(insideSicily(feature.geometry.coordinates), String(feature.properties.slug)).toBe(true);
      expect(partners, String(feature.properties.slug)).toContain(feature.properties.partner);
    }
  });
});

describe('partners.csv', () => {
  const expectedHeader = [
    'slug', 'name', 'shortName', 'type', 'role', 'status', 'endDate', 'province', 'city',
    'lat', 'lng', 'coordinatePrecision', 'website', 'pec', 'ipaCode', 'istatCode', 'fiscalCode', 'sources',
  ];

  it('is served as UTF-8 text/csv with the licence in a Link header', async () => {
    const response = await get('/api/open/partners.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-type')).toMatch(/charset=utf-8/i);
    expect(response.headers.get('link')).toBe(`<${OPEN_DATA_LICENSE.url}>; rel="license"`);
  });

  it('follows RFC 4180: CRLF line breaks, a header row and ten records of the same width', async () => {
    const text = await (await get('/api/open/partners.csv')).text();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(expectedHeader);
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row).toHaveLength(expectedHeader.length);
    expect(rows[0]?.[0]).toBe('comune-di-palermo');
  });

  it('escapes the double quotes in the Policlinico’s name', async () => {
    const text = await (await get('/api/open/partners.csv')).text();
    expect(text).toContain('"Azienda Ospedaliera Universitaria Policlinico ""Paolo Giaccone"" di Palermo"');
    const rows = parseCsv(text).slice(1);
    const policlinico = rows.find((r) => r[0] === 'policlinico-palermo');
    expect(policlinico?.[1]).toBe('Azienda Ospedaliera Universitaria Policlinico "Paolo Giaccone" di Palermo');
  });

  it('keeps non-ASCII characters intact', async () => {
    const rows = parseCsv(await (await get('/api/open/partners.csv')).text()).slice(1);
    const name = (slug: string) => rows.find((r) => r[0] === slug)?.[1];
    // No partner field has an accented letter; the em dash and the typographic apostrophe are non-ASCII too.
    expect(name('cefpas')).toBe(
      'CEFPAS — Centro per la Formazione Permanente e l’Aggiornamento del Personale del Servizio Sanitario',
    );
    expect(name('anci-sicilia')).toBe('ANCI Sicilia — Associazione dei Comuni Siciliani');
  });

  it('gives positions and sources as plain columns', async () => {
    const [header, ...rows] = parseCsv(await (await get('/api/open/partners.csv')).text());
    const column = (row: string[], key: string) => row[header!.indexOf(key)];
    for (const row of rows) {
      expect(insideSicily([Number(column(row, 'lng')), Number(column(row, 'lat'))]), row[0]).toBe(true);
      expect(column(row, 'sources'), row[0]).toMatch(/^https:\/\//);
    }
    const agrigento = rows.find((r) => r[0] === 'comune-di-agrigento')!;
    expect(column(agrigento, 'status')).toBe('withdrawn');
  });
});

describe('personal data', () => {
  it('never appears in the open data, whatever the contact’s visibility', async () => {
    const anci = db.select().from(organizations).where(eq(organizations.slug, 'anci-sicilia')).get()!;
    db.insert(contactPoints)
      .values([
        {
          organizationId: anci.id,
          kind: 'person',
          label: 'Referente riservato',
          email: 'secret-member@example.org',
          phone: '+39 091 0000001',
          visibility: 'members',
          source: 'test',
        },
        {
          organizationId: anci.id,
          label: 'Ufficio pubblico di prova',
          email: 'public-office@example.org',
          visibility: 'public',
          source: 'test',
        },
      ])
      .run();

    for (const file of ['/api/open/partners.geojson', '/api/open/sites.geojson', '/api/open/partners.csv']) {
      const text = await (await get(file)).text();
      expect(text, file).not.toContain('secret-member@example.org');
      expect(text, file).not.toContain('public-office@example.org');
      expect(text, file).not.toContain('+39 091 0000001');
      expect(text, file).not.toContain('Referente riservato');
      // The seeded public contact is not there either: open data has no contact points at all.
      expect(text, file).not.toContain('Iscrizioni agli eventi');
    }
  });
});

describe('HTTP behaviour', () => {
  it('answers the health check', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 404 in JSON for an unknown API path', async () => {
    const response = await get('/api/whatever');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: 'Not found' });
  });

  it('refuses to accept a POST to an open-data file', async () => {
    const response = await get('/api/open/partners.csv', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/api/open/partners.geojson', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(await response.text()).toBe('');
  });
});
