import Papa from 'papaparse';
import { safeWebUrl } from './links';
import { FISCAL_CODE, IPA_CODE, ISTAT_CODE, type IndicePaRow } from './schemas/indicepa';
import { binaryKind, decodeText, type TextEncoding } from './text-files';

/**
 * Reads IndicePA's open-data file of enti (https://indicepa.gov.it/ipa-dati/dataset/enti, CSV) into the
 * rows the import sends to the server. Pure: runs in the coordinator's browser, where the file stays,
 * and in the tests. Columns are found by name, so IndicePA adding or reordering columns changes
 * nothing; the columns of people (Nome_responsabile, Cognome_responsabile…) are never read.
 */

/** IndicePA's file of enti is about 10 MB; a file ten times larger is not that file. */
export const INDICEPA_MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Columns without which the file is not IndicePA's list of enti. */
export const INDICEPA_REQUIRED_COLUMNS = ['Codice_IPA', 'Denominazione_ente', 'Codice_fiscale_ente'] as const;
/** Columns the import reads when present. */
const OPTIONAL_COLUMNS = [
  'Codice_comune_ISTAT',
  'Codice_ISTAT',
  'Sito_istituzionale',
  'Data_aggiornamento',
  ...[1, 2, 3, 4, 5].flatMap((n) => [`Mail${n}`, `Tipo_Mail${n}`]),
] as const;
type Column = (typeof INDICEPA_REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export type IndicePaParseError = 'empty' | 'too_large' | 'binary' | 'spreadsheet' | 'not_indicepa' | 'no_rows';

export type IndicePaParse =
  | {
      ok: true;
      rows: IndicePaRow[];
      encoding: TextEncoding;
      /** Header cells the import does not use, as written (IndicePA adds columns over time). */
      unusedColumns: string[];
      /** Data rows left out because their IPA code or name is missing or malformed. */
      skipped: number;
      /** The latest `Data_aggiornamento` in the file (ISO date), when it has the column. */
      latestUpdate: string | null;
    }
  | { ok: false; error: IndicePaParseError; missing?: string[] };

/** IndicePA writes "null" for an empty cell in some exports. */
const cell = (v: string | undefined) => {
  const s = (v ?? '').replace(/\s+/g, ' ').trim();
  return s === '' || s.toLowerCase() === 'null' ? '' : s;
};

const headerKey = (s: string) => s.replace(/^\ufeff/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Excel drops the leading zeros of codes made of digits: "82053" was "082053". */
const padDigits = (s: string, length: number) => (/^\d+$/.test(s) && s.length < length ? s.padStart(length, '0') : s);

function fiscalCode(v: string): string | null {
  const s = padDigits(cell(v).toUpperCase().replace(/\s/g, ''), 11);
  return FISCAL_CODE.test(s) ? s : null;
}

function istatCode(v: string): string | null {
  const s = padDigits(cell(v), 6);
  return ISTAT_CODE.test(s) ? s : null;
}

/** IndicePA writes sites without a scheme ("www.comune.palermo.it"): they are read as https. */
function website(v: string): string | null {
  const s = cell(v);
  if (!s || /\s/.test(s)) return null;
  const url = safeWebUrl(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
  if (!url) return null;
  const parsed = new URL(url);
  if (!parsed.hostname.includes('.') || url.length > 500) return null;
  // The form people write: no trailing slash after the bare domain.
  return parsed.pathname === '/' && !parsed.search && !parsed.hash ? parsed.origin : parsed.href;
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[a-z]{2,}$/i;

function email(v: string): string | null {
  const s = cell(v).toLowerCase();
  return s.length <= 254 && EMAIL.test(s) ? s : null;
}

/** "2024-05-14", "2024-05-14 10:00:00" or "14/05/2024" → "2024-05-14". */
function isoDate(v: string): string | null {
  const s = cell(v);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const it = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  return it ? `${it[3]}-${it[2]!.padStart(2, '0')}-${it[1]!.padStart(2, '0')}` : null;
}

export function parseIndicePa(bytes: Uint8Array): IndicePaParse {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes.length > INDICEPA_MAX_FILE_BYTES) return { ok: false, error: 'too_large' };
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, error: binary };
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') return { ok: false, error: 'empty' };

  const table = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  const header = table[0] ?? [];
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(headerKey(h))) index.set(headerKey(h), i);
  });
  const missing = INDICEPA_REQUIRED_COLUMNS.filter((c) => !index.has(headerKey(c)));
  if (missing.length > 0) return { ok: false, error: 'not_indicepa', missing };
  const known = new Set<string>([...INDICEPA_REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map(headerKey));
  const unusedColumns = header.map((h) => h.trim()).filter((h) => h && !known.has(headerKey(h)));

  const col = (row: string[], name: Column) => {
    const i = index.get(headerKey(name));
    return i === undefined ? '' : (row[i] ?? '');
  };
  const rows: IndicePaRow[] = [];
  let skipped = 0;
  let latestUpdate: string | null = null;
  for (let i = 1; i < table.length; i++) {
    const row = table[i]!;
    const ipaCode = cell(col(row, 'Codice_IPA'));
    const name = cell(col(row, 'Denominazione_ente')).slice(0, 300);
    if (!IPA_CODE.test(ipaCode) || !name) {
      skipped++;
      continue;
    }
    let pec: string | null = null;
    for (let n = 1; n <= 5 && !pec; n++) {
      if (/pec/i.test(cell(col(row, `Tipo_Mail${n}` as Column)))) pec = email(col(row, `Mail${n}` as Column));
    }
    const updated = isoDate(col(row, 'Data_aggiornamento'));
    if (updated && (!latestUpdate || updated > latestUpdate)) latestUpdate = updated;
    rows.push({
      line: i + 1,
      ipaCode,
      name,
      fiscalCode: fiscalCode(col(row, 'Codice_fiscale_ente')),
      istatCode: istatCode(col(row, 'Codice_comune_ISTAT')) ?? istatCode(col(row, 'Codice_ISTAT')),
      website: website(col(row, 'Sito_istituzionale')),
      pec,
    });
  }
  if (rows.length === 0) return { ok: false, error: 'no_rows' };
  return { ok: true, rows, encoding, unusedColumns, skipped, latestUpdate };
}
