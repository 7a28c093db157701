import Papa from 'papaparse';
import { MAX_IMPORT_FILE_BYTES } from '@shared/schemas/attendance';
import { binaryKind, decodeText, sha256Hex, type TextEncoding } from '@shared/text-files';

export { decodeText, sha256Hex, type TextEncoding };

/**
 * Reads a participant list (a meeting platform's export or a typed sign-in sheet saved as CSV)
 * into rows of name, e-mail and organisation. Pure: takes the file's bytes, runs in the browser
 * and in Node (tests), sends nothing anywhere.
 */

export type ParticipantField = 'name' | 'surname' | 'email' | 'organization';

export type ParsedParticipant = {
  /** Row of the file, 1-based, blank lines not counted: to point at a row. */
  line: number;
  name?: string;
  email?: string;
  organization?: string;
};

export type ParseError =
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'spreadsheet'
  | 'no_header'
  | 'no_usable_column'
  | 'no_rows';

export type ParseResult =
  | {
      ok: true;
      rows: ParsedParticipant[];
      encoding: TextEncoding;
      delimiter: string;
      /** The header cell read for each field, as written in the file. */
      columns: Partial<Record<ParticipantField, string>>;
      /** Data rows under the header that held nothing usable (blank or without any field). */
      skipped: number;
    }
  | { ok: false; error: ParseError };


/**
 * The largest list the register imports: the server keeps every imported file as evidence, up to this
 * size (about 5,000 rows); a bigger one is split, e.g. by day.
 */
export const MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES;
/** The header may follow a preamble (Teams puts a meeting summary first): look this far down. */
const HEADER_SEARCH_ROWS = 40;
/** Limits of the import procedures' rows; longer cells are cut, not refused. */
const MAX_LENGTH = { name: 200, email: 254, organization: 300 } as const;

/** Lower-case, accents and punctuation removed: "E-mail" → "e mail", "Città" → "citta". */
const normalizeHeader = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Header names per field, normalised. Italian first, then what English exports write. */
const SYNONYMS: Record<ParticipantField, string[]> = {
  email: [
    'email', 'e mail', 'mail', 'posta elettronica', 'indirizzo email', 'indirizzo e mail',
    'indirizzo di posta elettronica', 'email address', 'e mail address', 'user email', 'email utente',
  ],
  organization: [
    'ente', 'organizzazione', 'organization', 'organisation', 'ente di appartenenza', 'organizzazione di appartenenza',
    'amministrazione', 'amministrazione di appartenenza', 'istituzione', 'institution', 'azienda', 'company',
    'affiliation', 'affiliazione', 'comune', 'struttura', 'societa', 'organization name', 'company name',
  ],
  surname: ['cognome', 'surname', 'last name', 'family name'],
  name: [
    'nome', 'name', 'nominativo', 'partecipante', 'participant', 'full name', 'nome e cognome', 'cognome e nome',
    'nome completo', 'nome partecipante', 'display name', 'nome visualizzato', 'first name', 'given name',
  ],
};
/** When a header only contains a known name ("E-mail del partecipante"), the fields are tried in this order. */
const CONTAINS_ORDER: ParticipantField[] = ['email', 'organization', 'surname', 'name'];
/** Words that make a longer header one of the fields; not "comune" or "azienda", which data cells contain too. */
const CONTAINED: Record<ParticipantField, string[]> = {
  email: ['email', 'e mail', 'mail'],
  organization: ['ente', 'organizzazione', 'organization', 'organisation', 'amministrazione', 'affiliation', 'company'],
  surname: ['cognome', 'surname', 'last name'],
  name: ['nome', 'name', 'nominativo', 'partecipante', 'participant'],
};

const containsPhrase = (header: string, phrase: string) => ` ${header} `.includes(` ${phrase} `);

/** Which column holds which field, or null when the row is not a header. */
export function mapHeader(cells: string[]): Partial<Record<ParticipantField, number>> | null {
  if (cells.some((c) => c.includes('@'))) return null; // an address: a data row
  const headers = cells.map(normalizeHeader);
  const map: Partial<Record<ParticipantField, number>> = {};
  const taken = new Set<number>();
  const assign = (field: ParticipantField, i: number) => {
    if (map[field] === undefined && !taken.has(i)) {
      map[field] = i;
      taken.add(i);
    }
  };
  // "Nome e cognome", "Cognome Nome": one column with the whole name.
  headers.forEach((h, i) => {
    if (containsPhrase(h, 'nome') && containsPhrase(h, 'cognome')) assign('name', i);
  });
  headers.forEach((h, i) => {
    for (const field of CONTAINS_ORDER) if (SYNONYMS[field].includes(h)) assign(field, i);
  });
  headers.forEach((h, i) => {
    if (taken.has(i) || h.split(' ').length > 5) return;
    const field = CONTAINS_ORDER.find((f) => map[f] === undefined && CONTAINED[f].some((s) => containsPhrase(h, s)));
    if (field) assign(field, i);
  });
  return Object.keys(map).length > 0 ? map : null;
}

const clean = (s: string | undefined, max: number) => {
  const v = (s ?? '').replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, max) : undefined;
};

/** "Mario Rossi <mario.rossi@comune.it>" → "mario.rossi@comune.it". */
function cleanEmail(s: string | undefined): string | undefined {
  const v = clean(s, 1000);
  if (!v) return undefined;
  const found = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/.exec(v);
  return (found ? found[0] : v).toLowerCase().slice(0, MAX_LENGTH.email);
}

/** Lets the page draw its progress bar between chunks. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parses a participant list. `onProgress` gets the share of the file read so far (0–1);
 * the parser yields between chunks so a progress bar can move.
 */
export async function parseParticipants(
  bytes: Uint8Array,
  { onProgress, chunkSize = 256 * 1024 }: { onProgress?: (share: number) => void; chunkSize?: number } = {},
): Promise<ParseResult> {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: 'too_large' };
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, error: binary };
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') return { ok: false, error: 'empty' };

  const table: string[][] = [];
  let delimiter = ',';
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      chunkSize,
      skipEmptyLines: 'greedy',
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of results.data) table.push(row);
        delimiter = results.meta.delimiter || delimiter;
        onProgress?.(Math.min(1, (results.meta.cursor ?? text.length) / text.length));
        parser.pause();
        void nextTick().then(() => parser.resume());
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  onProgress?.(1);

  let headerIndex = -1;
  let columns: Partial<Record<ParticipantField, number>> | null = null;
  for (let i = 0; i < Math.min(table.length, HEADER_SEARCH_ROWS); i++) {
    columns = mapHeader(table[i]!);
    if (columns) {
      headerIndex = i;
      break;
    }
  }
  if (!columns) return { ok: false, error: 'no_header' };
  if (columns.email === undefined && columns.organization === undefined) return { ok: false, error: 'no_usable_column' };

  const header = table[headerIndex]!;
  const cell = (row: string[], field: ParticipantField) => {
    const i = columns[field];
    return i === undefined ? undefined : row[i];
  };
  const rows: ParsedParticipant[] = [];
  let skipped = 0;
  for (let i = headerIndex + 1; i < table.length; i++) {
    const row = table[i]!;
    if (row.every((v, j) => normalizeHeader(v) === normalizeHeader(header[j] ?? ''))) continue; // a repeated header
    const name = clean([cell(row, 'name'), cell(row, 'surname')].filter(Boolean).join(' '), MAX_LENGTH.name);
    const email = cleanEmail(cell(row, 'email'));
    const organization = clean(cell(row, 'organization'), MAX_LENGTH.organization);
    if (!name && !email && !organization) {
      skipped++;
      continue;
    }
    rows.push({ line: i + 1, ...(name && { name }), ...(email && { email }), ...(organization && { organization }) });
  }
  if (rows.length === 0) return { ok: false, error: 'no_rows' };
  const found = Object.fromEntries(
    Object.entries(columns).map(([field, i]) => [field, header[i as number]?.trim() ?? '']),
  ) as Partial<Record<ParticipantField, string>>;
  return { ok: true, rows, encoding, delimiter, columns: found, skipped };
}
