import { stringify } from 'csv-stringify/sync';

/**
 * A text cell that a spreadsheet program would read as a formula (`=`, `+`, `-`, `@`, tab, CR at
 * the start: OWASP "CSV injection") gets a leading apostrophe, so it is shown as the text it is.
 * Numbers stay numbers.
 */
export function neutralCell(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180 (CRLF, quoted when needed), every text cell neutralised. Members' files start with a UTF-8
 * BOM so that spreadsheet programs read the accents; open data leaves it out (`bom: false`) for the
 * strict validators and parsers reusers run.
 */
export function csvFile(
  rows: readonly (readonly unknown[])[],
  { bom = true, delimiter = ',' }: { bom?: boolean; delimiter?: ',' | ';' } = {},
): string {
  return stringify(
    rows.map((r) => r.map(neutralCell)),
    { record_delimiter: 'windows', bom, delimiter },
  );
}
