import type { IncomingMessage, ServerResponse } from 'node:http';
import { OPEN_DATA_LICENSE } from '../../shared/enums';
import { safeWebUrl } from '../../shared/links';
import type { Db } from '../db/client';
import { csvFile } from '../http/spreadsheet';
import { sendStored, storedResponse, type PublicCache } from '../http/public-cache';
import { listPartners, type PublicPartner } from '../partners/service';
import { listSites } from '../sites/service';
import { catalogJsonLd, catalogRdfXml } from './catalog';
import { eventsCsv, eventsJson } from './events';
import { openApiDocument } from './openapi';

/** The sources' links, space-separated; a value that is not http(s) is left out (shared/links.ts). */
const webSources = (sources: readonly { url: string }[]) =>
  sources.flatMap((s) => safeWebUrl(s.url) ?? []).join(' ');

/** Open data never carries contact points or people: only the organisation's public profile. */
export function partnerProperties(p: PublicPartner) {
  return {
    slug: p.slug,
    name: p.name,
    shortName: p.shortName,
    type: p.type,
    role: p.membership?.role ?? null,
    status: p.membership?.status ?? null,
    endDate: p.membership?.endDate ?? null,
    province: p.province,
    city: p.city,
    website: safeWebUrl(p.website),
    pec: p.pec,
    ipaCode: p.ipaCode,
    istatCode: p.istatCode,
    fiscalCode: p.fiscalCode,
    coordinatePrecision: p.coordinatePrecision,
    sources: webSources(p.sources),
  };
}

const point = (lng: number, lat: number) => ({ type: 'Point' as const, coordinates: [lng, lat] });
const hasPosition = <T extends { lat: number | null; lng: number | null }>(
  r: T,
): r is T & { lat: number; lng: number } => r.lat !== null && r.lng !== null;

function featureCollection(features: unknown[]) {
  return {
    type: 'FeatureCollection',
    // Foreign members (RFC 7946 §6.1) carry the licence with the data.
    license: OPEN_DATA_LICENSE.url,
    attribution: OPEN_DATA_LICENSE.attribution,
    features,
  };
}

export function partnersGeoJson(db: Db) {
  return featureCollection(
    listPartners(db)
      .filter(hasPosition)
      .map((p) => ({ type: 'Feature', id: p.slug, geometry: point(p.lng, p.lat), properties: partnerProperties(p) })),
  );
}

type PublicSite = ReturnType<typeof listSites>[number];

export function siteProperties(s: PublicSite) {
  return {
    slug: s.slug,
    partner: s.organizationSlug,
    name: s.nameIt,
    nameEn: s.nameEn,
    shortName: s.organizationShortName,
    kind: s.kind,
    type: s.organizationType,
    province: s.province,
    city: s.city,
    address: s.address,
    coordinatePrecision: s.coordinatePrecision,
    sources: webSources(s.sources),
  };
}

export function sitesGeoJson(db: Db) {
  return featureCollection(
    listSites(db)
      .filter(hasPosition)
      .map((s) => ({ type: 'Feature', id: s.slug, geometry: point(s.lng, s.lat), properties: siteProperties(s) })),
  );
}

/** Plain JSON for reusers: the GeoJSON's fields with the position as two numbers (null when unknown). */
const jsonDataset = <T>(records: T[]) => ({ license: OPEN_DATA_LICENSE.url, attribution: OPEN_DATA_LICENSE.attribution, records });
export const partnersJson = (db: Db) => jsonDataset(listPartners(db).map((p) => ({ ...partnerProperties(p), lat: p.lat, lng: p.lng })));
export const sitesJson = (db: Db) => jsonDataset(listSites(db).map((s) => ({ ...siteProperties(s), lat: s.lat, lng: s.lng })));

export function partnersCsv(db: Db): string {
  const columns = [
    'slug', 'name', 'shortName', 'type', 'role', 'status', 'endDate', 'province', 'city',
    'lat', 'lng', 'coordinatePrecision', 'website', 'pec', 'ipaCode', 'istatCode', 'fiscalCode', 'sources',
  ] as const;
  const rows = listPartners(db).map((p) => {
    const record = { ...partnerProperties(p), lat: p.lat, lng: p.lng };
    return columns.map((c) => record[c]);
  });
  // What an editor typed reaches whoever opens the file in a spreadsheet: no cell becomes a formula.
  return csvFile([columns, ...rows], { bom: false });
}

const routes: Record<string, { type: string; body: (db: Db, base: string) => string }> = {
  '/api/open/partners.geojson': {
    type: 'application/geo+json; charset=utf-8',
    body: (db) => JSON.stringify(partnersGeoJson(db)),
  },
  '/api/open/sites.geojson': {
    type: 'application/geo+json; charset=utf-8',
    body: (db) => JSON.stringify(sitesGeoJson(db)),
  },
  '/api/open/partners.csv': { type: 'text/csv; charset=utf-8; header=present', body: partnersCsv },
  '/api/open/partners.json': { type: 'application/json; charset=utf-8', body: (db) => JSON.stringify(partnersJson(db)) },
  '/api/open/sites.json': { type: 'application/json; charset=utf-8', body: (db) => JSON.stringify(sitesJson(db)) },
  '/api/open/events.json': { type: 'application/json; charset=utf-8', body: (db) => JSON.stringify(eventsJson(db)) },
  '/api/open/events.csv': { type: 'text/csv; charset=utf-8; header=present', body: eventsCsv },
  '/api/open/catalog.jsonld': { type: 'application/ld+json; charset=utf-8', body: (db, base) => JSON.stringify(catalogJsonLd(db, base), null, 2) },
  '/api/open/catalog.rdf': { type: 'application/rdf+xml; charset=utf-8', body: catalogRdfXml },
  '/api/open/openapi.json': { type: 'application/json; charset=utf-8', body: () => JSON.stringify(openApiDocument(), null, 2) },
};

/** The open-data paths, for the OpenAPI test and the open-data page. */
export const OPEN_DATA_PATHS = [...Object.keys(routes), '/api/open/events.ics'];

/**
 * The site's public address, for the links the catalogue writes: PUBLIC_URL when configured, else the
 * request's Host when it is a plain host name (anything else is not echoed back).
 */
export function siteBase(req: IncomingMessage, publicUrl?: string): string {
  if (publicUrl) return publicUrl;
  const host = req.headers.host ?? '';
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? `http://${host}` : 'http://localhost';
}

/**
 * Serves the open-data files; returns false when the path is not one of them. They are the same for
 * everyone: kept in the public cache (until the next write), with an ETag and compressed variants.
 */
export function handleOpenData(
  db: Db,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  cache?: PublicCache,
  publicUrl?: string,
): boolean {
  const route = routes[pathname];
  if (!route) return false;
  const base = siteBase(req, publicUrl);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return true;
  }
  const key = `open-data:${pathname}:${base}`;
  let stored = cache?.get(key);
  if (!stored) {
    const generation = cache?.generation() ?? '';
    stored = storedResponse(
      200,
      {
        'Content-Type': route.type,
        'Content-Disposition': `inline; filename="${pathname.split('/').pop()}"`,
        Link: `<${OPEN_DATA_LICENSE.url}>; rel="license"`,
        'Access-Control-Allow-Origin': '*',
      },
      route.body(db, base),
    );
    cache?.set(key, stored, generation);
  }
  sendStored(req, res, stored, 'public, max-age=300');
  return true;
}
