import type { IncomingMessage, ServerResponse } from 'node:http';
import { OPEN_DATA_LICENSE } from '../../shared/enums';
import { safeWebUrl } from '../../shared/links';
import type { Db } from '../db/client';
import { csvFile } from '../http/spreadsheet';
import { sendStored, storedResponse, type PublicCache } from '../http/public-cache';
import { listPartners, type PublicPartner } from '../partners/service';
import { listSites } from '../sites/service';

/** The sources' links, space-separated; a value that is not http(s) is left out (shared/links.ts). */
const webSources = (sources: readonly { url: string }[]) =>
  sources.flatMap((s) => safeWebUrl(s.url) ?? []).join(' ');

/** Open data never carries contact points or people: only the organisation's public profile. */
function partnerProperties(p: PublicPartner) {
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

export function sitesGeoJson(db: Db) {
  return featureCollection(
    listSites(db)
      .filter(hasPosition)
      .map((s) => ({
        type: 'Feature',
        id: s.slug,
        geometry: point(s.lng, s.lat),
        properties: {
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
        },
      })),
  );
}

export function partnersCsv(db: Db): string {
  const columns = [
    'slug', 'name', 'shortName', 'type', 'role', 'status', 'endDate', 'province', 'city',
    'lat', 'lng', 'coordinatePrecision', 'website', 'pec', 'ipaCode', 'sources',
  ] as const;
  const rows = listPartners(db).map((p) => {
    const record = { ...partnerProperties(p), lat: p.lat, lng: p.lng };
    return columns.map((c) => record[c]);
  });
  // What an editor typed reaches whoever opens the file in a spreadsheet: no cell becomes a formula.
  return csvFile([columns, ...rows], { bom: false });
}

const routes: Record<string, { type: string; body: (db: Db) => string }> = {
  '/api/open/partners.geojson': {
    type: 'application/geo+json; charset=utf-8',
    body: (db) => JSON.stringify(partnersGeoJson(db)),
  },
  '/api/open/sites.geojson': {
    type: 'application/geo+json; charset=utf-8',
    body: (db) => JSON.stringify(sitesGeoJson(db)),
  },
  '/api/open/partners.csv': { type: 'text/csv; charset=utf-8; header=present', body: partnersCsv },
};

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
): boolean {
  const route = routes[pathname];
  if (!route) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return true;
  }
  const key = `open-data:${pathname}`;
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
      route.body(db),
    );
    cache?.set(key, stored, generation);
  }
  sendStored(req, res, stored, 'public, max-age=300');
  return true;
}
