import { normalizeText } from '@shared/text-search';
import type { LatLng } from '@shared/geo';

/** A comune of the official list, with its centre when one is known. */
export type Comune = { name: string; province: string; position: LatLng | null };

let loaded: Promise<Comune[]> | null = null;

/** The official list of comuni (about 84 KB compressed): fetched the first time the finder needs it. */
export function loadComuni(): Promise<Comune[]> {
  loaded ??= import('./comuni.json').then(({ default: d }) => {
    const names = d.names.split('|');
    return names.map((name, i) => {
      const lat = d.lat[i];
      const lng = d.lng[i];
      return {
        name,
        province: d.provinces.slice(i * 2, i * 2 + 2),
        position: lat == null || lng == null ? null : { lat: lat / 1000, lng: lng / 1000 },
      };
    });
  });
  return loaded;
}

/** Comuni whose name starts with what was typed, then those containing it; accents and case aside. */
export function searchComuni(list: readonly Comune[], typed: string, limit = 8): Comune[] {
  const q = normalizeText(typed);
  if (q.length < 2) return [];
  const starts: Comune[] = [];
  const contains: Comune[] = [];
  for (const c of list) {
    const name = normalizeText(c.name);
    if (name.startsWith(q)) starts.push(c);
    else if (name.includes(q)) contains.push(c);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
