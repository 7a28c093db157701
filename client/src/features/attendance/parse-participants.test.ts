import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, mapHeader, parseParticipants, sha256Hex } from './parse-participants';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.resolve('tests/fixtures', name)));
const bytes = (text: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(text, encoding));

describe('parsing a participant list', () => {
  it('reads a UTF-8 comma-separated export with quotes and accents', async () => {
    const result = await parseParticipants(fixture('participants-utf8.csv'));
    if (!result.ok) throw new Error(result.error);
    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(',');
    expect(result.columns).toEqual({ name: 'Nome', surname: 'Cognome', email: 'Email', organization: 'Ente' });
    expect(result.rows).toHaveLength(8);
    expect(result.rows[0]).toEqual({
      line: 2,
      name: 'Giulia Ferrara',
      email: 'giulia.ferrara@comune.palermo.it',
      organization: 'Comune di Palermo',
    });
    expect(result.rows[1]).toEqual({ line: 3, name: 'Marco Greco', email: 'marco.greco@comune.palermo.it' });
    expect(result.rows[6]).toMatchObject({ name: 'Niccolò Caruso', organization: 'Cooperativa Sole, Mazara del Vallo' });
    expect(result.rows[7]).toEqual({ line: 9, name: 'Ahmed Benali', organization: 'Policlinico "Paolo Giaccone"' });
  });

  it('reads an Italian Excel export: Windows-1252, semicolons, CRLF', async () => {
    const result = await parseParticipants(fixture('participants-excel-1252.csv'));
    if (!result.ok) throw new Error(result.error);
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(';');
    expect(result.columns).toEqual({ surname: 'Cognome', name: 'Nome', email: 'E-mail', organization: 'Organizzazione' });
    expect(result.rows.map((r) => r.name)).toEqual([
      'Niccolò Caltabellotta',
      'Agata Sciascia',
      'Rosalìa Pirandello',
      'Gioacchino Muscarà',
      'Gioacchino MUSCARÀ',
      'Fabrizio D’Angelo', // byte 0x92 is a typographic apostrophe in Windows-1252, not a control character
      'Carmela Nicotra',
    ]);
    expect(result.rows[5]!.organization).toBe('Comune di Trapani; Servizi sociali');
    expect(result.rows[6]!.organization).toBe('Università degli Studi di Catania');
  });

  it('finds the header under a preamble, with other names for the columns, in UTF-16 with tabs', async () => {
    const teams = [
      '1. Riepilogo',
      'Titolo della riunione\tTavolo tecnico SAI',
      '',
      '2. Partecipanti',
      'Nome e cognome\tOra di ingresso\tIndirizzo di posta elettronica\tEnte di appartenenza',
      'Maria Lo Bue\t10:01\tMaria Lo Bue <maria.lobue@comune.palermo.it>\tComune di Palermo',
    ].join('\r\n');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(teams, 'utf16le')]);
    const result = await parseParticipants(utf16);
    if (!result.ok) throw new Error(result.error);
    expect(result.encoding).toBe('utf-16le');
    expect(result.rows).toEqual([
      { line: 5, name: 'Maria Lo Bue', email: 'maria.lobue@comune.palermo.it', organization: 'Comune di Palermo' },
    ]);
  });

  it('recognises headers whatever their case and accents', () => {
    expect(mapHeader(['E-MAIL', 'NOMINATIVO', 'ORGANIZZAZIONE'])).toEqual({ email: 0, name: 1, organization: 2 });
    expect(mapHeader(['Name (Original Name)', 'User Email', 'Affiliation'])).toEqual({ name: 0, email: 1, organization: 2 });
    expect(mapHeader(['Cognome Nome', 'Amministrazione'])).toEqual({ name: 0, organization: 1 });
    expect(mapHeader(['Mario', 'Rossi', 'mario@comune.palermo.it', 'Comune di Palermo'])).toBeNull();
  });

  it('skips rows without any field and a repeated header', async () => {
    const result = await parseParticipants(bytes('Nome;Ente\nAnna;Comune di Palermo\n;\n  ;  \nNome;Ente\n"";""\nLuca;CEFPAS\n'));
    if (!result.ok) throw new Error(result.error);
    expect(result.rows.map((r) => r.name)).toEqual(['Anna', 'Luca']);
  });

  it('reports progress while reading an 8,000-row file (near the 512 KiB kept)', async () => {
    const lines = ['Nome,Email,Ente', ...Array.from({ length: 8_000 }, (_, i) => `Persona ${i},p${i}@comune.palermo.it,Comune di Palermo`)];
    const progress: number[] = [];
    const result = await parseParticipants(bytes(lines.join('\n')), { onProgress: (s) => progress.push(s), chunkSize: 64 * 1024 });
    if (!result.ok) throw new Error(result.error);
    expect(result.rows).toHaveLength(8_000);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});

describe('refusing what is not a participant list', () => {
  it.each([
    ['an empty file', bytes(''), 'empty'],
    ['blank lines only', bytes('\n\n  \n'), 'empty'],
    ['a file without a header', bytes('Mario,Rossi,mario@comune.palermo.it\nAnna,Verdi,anna@comune.palermo.it\n'), 'no_header'],
    ['a header without e-mail or organisation', bytes('Nome,Cognome\nMario,Rossi\n'), 'no_usable_column'],
    ['a header and no rows', bytes('Nome;E-mail;Ente\n;;\n'), 'no_rows'],
    ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'spreadsheet'],
    ['an image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'binary'],
  ])('refuses %s', async (_, input, error) => {
    expect(await parseParticipants(input)).toEqual({ ok: false, error });
  });

  it('refuses a file over 20 MB before reading it', async () => {
    expect(await parseParticipants(new Uint8Array(512 * 1024 + 1))).toEqual({ ok: false, error: 'too_large' });
  });
});

describe('decoding and hashing', () => {
  it('prefers UTF-8 and falls back to Windows-1252', () => {
    expect(decodeText(bytes('Città'))).toEqual({ text: 'Città', encoding: 'utf-8' });
    expect(decodeText(bytes('Città', 'latin1'))).toEqual({ text: 'Città', encoding: 'windows-1252' });
    expect(decodeText(bytes('\ufeffNome'))).toEqual({ text: 'Nome', encoding: 'utf-8' });
  });

  it('hashes the bytes with SHA-256', async () => {
    const file = fixture('participants-excel-1252.csv');
    expect(await sha256Hex(file)).toBe(createHash('sha256').update(file).digest('hex'));
  });
});
