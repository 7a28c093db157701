/**
 * OpenAPI 3.1 description of the open-data files under `/api/open/`: what reusers can fetch, in which
 * format, under which licence. Hand-kept next to the routes (handler.ts); a test checks that every
 * route is described and every described path answers.
 */
import { OPEN_DATA_LICENSE } from '../../shared/enums';

const file = (summary: string, mediaType: string, description: string) => ({
  get: {
    summary,
    description: `${description} Licence: CC-BY 4.0 (${OPEN_DATA_LICENSE.attribution}). CORS open, ETag and gzip/brotli.`,
    responses: {
      '200': { description: 'The file', content: { [mediaType]: {} } },
      '304': { description: 'Not modified (If-None-Match)' },
    },
  },
});

const records = (summary: string, fields: Record<string, string>, description: string) => ({
  get: {
    ...file(summary, 'application/json', description).get,
    responses: {
      '200': {
        description: 'The records',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['license', 'attribution', 'records'],
              properties: {
                license: { type: 'string', format: 'uri' },
                attribution: { type: 'string' },
                records: {
                  type: 'array',
                  items: { type: 'object', properties: Object.fromEntries(Object.entries(fields).map(([k, d]) => [k, { description: d }])) },
                },
              },
            },
          },
        },
      },
      '304': { description: 'Not modified (If-None-Match)' },
    },
  },
});

const PARTNER_FIELDS = {
  slug: 'Stable identifier', name: 'Official name', shortName: 'Short name', type: 'Kind of body',
  role: 'lead_partner, partner or network_member', status: 'active, withdrawn or ended', endDate: 'End of membership (ISO date)',
  province: 'ISO 3166-2 province code', city: 'Town', website: 'Institutional website (http/https)', pec: 'Certified e-mail (PEC)',
  ipaCode: 'IndicePA code', istatCode: 'ISTAT code of the municipality', fiscalCode: 'Fiscal code',
  coordinatePrecision: 'exact or approximate (town centre)', sources: 'Source links, space-separated', lat: 'WGS 84 latitude', lng: 'WGS 84 longitude',
};
const SITE_FIELDS = {
  slug: 'Stable identifier', partner: 'Slug of the organisation', name: 'Name (Italian)', nameEn: 'Name (English)',
  shortName: 'Organisation short name', kind: 'help_desk, outpatient_team, mobile_team or office', type: 'Kind of organisation',
  province: 'ISO 3166-2 province code', city: 'Town', address: 'Address', coordinatePrecision: 'exact or approximate',
  sources: 'Source links, space-separated', lat: 'WGS 84 latitude', lng: 'WGS 84 longitude',
};
const EVENT_FIELDS = {
  slug: 'Stable identifier', type: 'technical_table, webinar, meeting, training, workshop…', title: 'Title (Italian)', titleEn: 'Title (English)',
  startsAt: 'Start: ISO date-time with offset, or a date', endsAt: 'End, when known', dateConfidence: 'confirmed or inferred',
  status: 'planned, held or cancelled', mode: 'in_person, online or hybrid', place: 'Place', onlineUrl: 'Online link (http/https)',
  organizer: 'Slug of the organiser', organizerName: 'Organiser', body: 'Slug of the governance body',
  totalParticipants: 'People taking part, when recorded', totalOrganizations: 'Organisations taking part, when recorded', sources: 'Source links',
};

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'COOPERA Network — open data',
      version: '1.0.0',
      description: 'The open datasets of the COOPERA project (FAMI 2014-2020, PROG 3031). No personal data.',
      license: { name: 'CC-BY-4.0', url: OPEN_DATA_LICENSE.url },
    },
    paths: {
      '/api/open/catalog.jsonld': file('DCAT-AP_IT catalogue (JSON-LD)', 'application/ld+json', 'The catalogue of the datasets, harvestable by dati.gov.it.'),
      '/api/open/catalog.rdf': file('DCAT-AP_IT catalogue (RDF/XML)', 'application/rdf+xml', 'The same catalogue in RDF/XML.'),
      '/api/open/partners.json': records('Bodies of the network', PARTNER_FIELDS, 'Project partners and network members.'),
      '/api/open/partners.geojson': file('Bodies of the network (GeoJSON)', 'application/geo+json', 'RFC 7946, one Point feature per located body.'),
      '/api/open/partners.csv': file('Bodies of the network (CSV)', 'text/csv', 'RFC 4180, UTF-8, comma-separated.'),
      '/api/open/sites.json': records('Help desks and teams', SITE_FIELDS, 'The partners’ service points.'),
      '/api/open/sites.geojson': file('Help desks and teams (GeoJSON)', 'application/geo+json', 'RFC 7946, one Point feature per located service point.'),
      '/api/open/events.json': records('Public events', EVENT_FIELDS, 'Public events only; no register and no person.'),
      '/api/open/events.csv': file('Public events (CSV)', 'text/csv', 'RFC 4180, UTF-8, comma-separated.'),
      '/api/open/events.ics': file('Public events (iCalendar)', 'text/calendar', 'RFC 5545; `?lang=en` for English.'),
      '/api/open/openapi.json': file('This document', 'application/json', 'OpenAPI 3.1.'),
    },
  };
}
