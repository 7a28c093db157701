import { createHash } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndicePa } from '../../shared/indicepa';
import type { IndicePaApplyInput, IndicePaRow } from '../../shared/schemas/indicepa';
import { auditLog, contactPoints, indicePaImports, organizations } from '../db/schema';
import { callerAs, createTestDb, createTestUser, publicCaller, rejection, type TestUser } from '../test-utils';

/*
 * The IndicePA import against a real migrated database: IndicePA's CSV of enti read as the browser
 * reads it, matched to the seeded partners, applied. Values in the files are made up for the test
 * (example.it addresses, invented fiscal codes): only their shape is IndicePA's.
 */

const { db, cleanup } = createTestDb();
let coordinator: TestUser;
let editor: TestUser;
const c = () => callerAs(db, coordinator).indicepa;

const HEADER =
  'Codice_IPA,Denominazione_ente,Codice_fiscale_ente,Tipologia,Codice_Categoria,Codice_natura,Codice_ateco,Ente_in_liquidazione,' +
  'Codice_MIUR,Codice_ISTAT,Acronimo,Nome_responsabile,Cognome_responsabile,Titolo_responsabile,Codice_comune_ISTAT,' +
  'Codice_catastale_comune,CAP,Indirizzo,Mail1,Tipo_Mail1,Mail2,Tipo_Mail2,Mail3,Tipo_Mail3,Mail4,Tipo_Mail4,Mail5,Tipo_Mail5,' +
  'Sito_istituzionale,Url_facebook,Url_linkedin,Url_twitter,Url_youtube,Data_aggiornamento,Colonna_nuova_2027';
/** One row in IndicePA's column order; `person` fills the columns of the person in charge, never read. */
const row = (r: { ipa: string; name: string; cf?: string; istat?: string; mails?: [string, string][]; site?: string; updated?: string }) =>
  [
    r.ipa, `"${r.name.replace(/"/g, '""')}"`, r.cf ?? '', 'Pubbliche Amministrazioni', 'L6', '2430', '84.11.10', 'N',
    '', '', '', 'Mario', 'Rossi', 'Sindaco', r.istat ?? '',
    '', '90100', 'Piazza Pretoria 1',
    ...[0, 1, 2, 3, 4].flatMap((i) => r.mails?.[i] ?? ['', '']),
    r.site ?? '', '', '', '', '', r.updated ?? '2026-11-20', 'x',
  ].join(',');

const FILE = [
  HEADER,
  row({ ipa: 'c_g273', name: 'Comune di Palermo', cf: '80000000001', istat: '82053', site: 'www.comune-palermo.example.it',
    mails: [['protocollo@comune-palermo.example.it', 'Altro'], ['protocollo@pec.comune-palermo.example.it', 'Pec']] }),
  row({ ipa: 'asp_sr', name: 'AZIENDA SANITARIA PROVINCIALE DI SIRACUSA', cf: '80000000002', istat: '089017',
    site: 'javascript:alert(1)', mails: [['protocollo@pec.asp-sr.example.it', 'pec']] }),
  row({ ipa: 'c_a089', name: 'Comune di Agrigento', cf: '80000000003', istat: '084001', updated: '2026-11-25' }),
  row({ ipa: 'c_x000', name: 'Comune di Altrove', cf: '80000000009', istat: '001001' }),
  ',"riga senza codice",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,',
].join('\r\n');

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(text, encoding));
const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const idOf = (slug: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()!.id;
const org = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!;
const appCode = (e: unknown) => (e as { appCode?: string }).appCode;

function parsedRows(text: string): IndicePaRow[] {
  const parsed = parseIndicePa(bytes(text));
  if (!parsed.ok) throw new Error(`not parsed: ${parsed.error}`);
  return parsed.rows;
}

/** An apply of every matched value, as the review sends it when the coordinator accepts all. */
async function acceptAll(text: string, fileDate = '2026-12-01'): Promise<IndicePaApplyInput> {
  const rows = parsedRows(text);
  const { matches, organizations: found } = await c().match({ rows });
  const byLine = new Map(rows.map((r) => [r.line, r]));
  return {
    fileHash: hash(text),
    fileName: 'enti.csv',
    fileDate,
    rows: rows.length,
    changes: matches.map((m) => {
      const r = byLine.get(m.line)!;
      const o = found.find((f) => f.id === m.organizationId)!;
      return {
        organizationId: o.id,
        version: o.version,
        fromIpaCode: r.ipaCode,
        ipaCode: r.ipaCode,
        ...(r.fiscalCode && { fiscalCode: r.fiscalCode }),
        ...(r.istatCode && { istatCode: r.istatCode }),
        ...(r.website && { website: r.website }),
        ...(r.pec && { pec: r.pec }),
      };
    }),
  };
}

beforeAll(async () => {
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  editor = await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-palermo' });
});
afterAll(() => cleanup());

describe('reading IndicePA’s file of enti', () => {
  it('reads the columns by name, ignores unknown ones and never the person in charge', () => {
    const parsed = parseIndicePa(bytes(FILE));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.unusedColumns).toContain('Colonna_nuova_2027');
    expect(parsed.unusedColumns).toContain('Nome_responsabile');
    expect(parsed.skipped).toBe(1);
    expect(parsed.latestUpdate).toBe('2026-11-25');
    const palermo = parsed.rows[0]!;
    expect(palermo).toEqual({
      line: 2,
      ipaCode: 'c_g273',
      name: 'Comune di Palermo',
      fiscalCode: '80000000001',
      // Excel dropped the leading zero of the ISTAT code: it is put back.
      istatCode: '082053',
      website: 'https://www.comune-palermo.example.it',
      // The first address IndicePA types as PEC, not the first address.
      pec: 'protocollo@pec.comune-palermo.example.it',
    });
    expect(JSON.stringify(parsed.rows)).not.toMatch(/Mario|Rossi/);
    // A script in the website column is no website.
    expect(parsed.rows[1]!.website).toBeNull();
  });

  it('reads a Windows-1252 file with semicolons as Excel saves it', () => {
    const text = 'Codice_IPA;Denominazione_ente;Codice_fiscale_ente;Sito_istituzionale\r\n' +
      'cefpas;Centro per la Formazione Permanente e l’Aggiornamento del Personale del Servizio Sanitario – Città;80000000004;www.cefpas.example.it\r\n';
    const latin = Buffer.from(text.replace('’', "'").replace('–', '-'), 'latin1');
    // Windows-1252 bytes for ’ and –, which Latin-1 lacks.
    const raw = Buffer.from(latin.toString('latin1').replace("l'A", 'l\x92A').replace('- C', '\x96 C'), 'latin1');
    const parsed = parseIndicePa(new Uint8Array(raw));
    expect(parsed.ok && parsed.encoding).toBe('windows-1252');
    expect(parsed.ok && parsed.rows[0]!.name).toBe(
      'Centro per la Formazione Permanente e l’Aggiornamento del Personale del Servizio Sanitario – Città',
    );
  });

  it('refuses another file with what is missing, and spreadsheets, plainly', () => {
    const participants = parseIndicePa(bytes('Nome;Cognome;Ente\nAnna;Verdi;Comune di Palermo\n'));
    expect(participants).toEqual({ ok: false, error: 'not_indicepa', missing: ['Codice_IPA', 'Denominazione_ente', 'Codice_fiscale_ente'] });
    expect(parseIndicePa(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, error: 'spreadsheet' });
    expect(parseIndicePa(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(parseIndicePa(bytes(`${HEADER}\r\n`))).toEqual({ ok: false, error: 'no_rows' });
  });
});

describe('matching and applying', () => {
  it('matches by fiscal code first, then by name, and lists the partners the file lacks', async () => {
    db.update(organizations).set({ fiscalCode: '80000000003' }).where(eq(organizations.slug, 'comune-di-agrigento')).run();
    const { matches, organizations: found } = await c().match({ rows: parsedRows(FILE) });
    const bySlug = Object.fromEntries(matches.map((m) => [found.find((o) => o.id === m.organizationId)!.slug, m.method]));
    expect(bySlug).toEqual({ 'comune-di-palermo': 'name', 'asp-siracusa': 'name', 'comune-di-agrigento': 'fiscal_code' });
    const { partners } = await c().overview();
    const missing = partners.filter((p) => !(p.slug in bySlug)).map((p) => p.slug);
    expect(missing).toContain('polo-universitario-agrigento');
    expect(missing).toHaveLength(partners.length - 3);
  });

  it('writes the accepted values, the PEC as a public contact sourced to IndicePA, with audit rows', async () => {
    const auditBefore = db.select().from(auditLog).all().length;
    const input = await acceptAll(FILE);
    const result = await c().commit(input);
    expect(result).toMatchObject({ organizations: 3, contacts: 2 });
    const palermo = org('comune-di-palermo');
    expect(palermo).toMatchObject({
      ipaCode: 'c_g273',
      fiscalCode: '80000000001',
      istatCode: '082053',
      website: 'https://www.comune-palermo.example.it',
      pec: 'protocollo@pec.comune-palermo.example.it',
    });
    expect(palermo.sources.at(-1)).toEqual({
      url: 'https://indicepa.gov.it/ipa-dati/dataset/enti',
      title: 'IndicePA, codice IPA c_g273, file del 2026-12-01',
    });
    // The partner's page names IndicePA beside the website and PEC it brought.
    expect(palermo.channelSource).toBe('IndicePA, codice IPA c_g273, file del 2026-12-01');
    // An ASP keeps the ISTAT code of no comune: its row's is the comune of its seat.
    expect(org('asp-siracusa').istatCode).toBeNull();
    const profile = await publicCaller(db).partners.bySlug({ slug: 'comune-di-palermo' });
    expect(profile.contacts).toContainEqual(
      expect.objectContaining({
        label: 'PEC istituzionale',
        pec: 'protocollo@pec.comune-palermo.example.it',
        source: 'IndicePA (indicepa.gov.it), codice IPA c_g273',
        verifiedOn: '2026-12-01',
      }),
    );
    // Three organisations and two contacts, each with its own audit row.
    expect(db.select().from(auditLog).all().length - auditBefore).toBe(5);
    expect(db.select().from(indicePaImports).all()).toMatchObject([{ fileName: 'enti.csv', fileDate: '2026-12-01', organizations: 3 }]);
  });

  it('the same file twice: the old review is refused whole, a new one changes nothing and adds no contact', async () => {
    const stale = await acceptAll(FILE);
    stale.changes = stale.changes.map((ch) => ({ ...ch, version: ch.version - 1 }));
    expect(appCode(await rejection(c().commit(stale)))).toBe('STALE_VERSION');

    const again = await acceptAll(FILE);
    expect(await c().commit(again)).toMatchObject({ organizations: 0, contacts: 0 });
    const indicePaContacts = db
      .select()
      .from(contactPoints)
      .where(and(eq(contactPoints.organizationId, idOf('comune-di-palermo')), like(contactPoints.source, 'IndicePA%')))
      .all();
    expect(indicePaContacts).toHaveLength(1);
    // A newer file of the same values moves only the "verified on" date.
    const newer = await acceptAll(FILE, '2026-12-04');
    expect(await c().commit(newer)).toMatchObject({ organizations: 0, contacts: 2 });
    const contact = db.select().from(contactPoints).where(eq(contactPoints.id, indicePaContacts[0]!.id)).get()!;
    expect(contact.verifiedOn).toBe('2026-12-04');
  });

  it('refuses a code another organisation holds, and writes none of the other changes', async () => {
    const trapani = org('comune-di-trapani');
    const before = db.select().from(organizations).all();
    // A fiscal code the matcher would have led to Palermo: only a hand-made request can send it for Trapani.
    const input = await acceptAll(FILE);
    input.changes = [
      { organizationId: idOf('cefpas'), version: org('cefpas').version, fromIpaCode: 'cefpas', website: 'https://www.cefpas.example.it' },
      { organizationId: trapani.id, version: trapani.version, fromIpaCode: 'c_l331', fiscalCode: '80000000001' },
    ];
    const refused = await rejection(c().commit(input));
    expect(appCode(refused)).toBe('INDICEPA_CODE_TAKEN');
    expect(refused.message).toContain('Comune di Palermo');
    expect(db.select().from(organizations).all()).toEqual(before);
    expect(org('comune-di-trapani').version).toBe(trapani.version);
  });

  it('refuses a file date after today, an organisation twice, and anyone but a coordinator', async () => {
    const input = await acceptAll(FILE);
    expect(appCode(await rejection(c().commit({ ...input, fileDate: '2999-01-01' })))).toBe('INDICEPA_DATE_IN_FUTURE');
    const twice = { ...input, changes: [input.changes[0]!, input.changes[0]!] };
    expect(appCode(await rejection(c().commit(twice)))).toBe('INDICEPA_ORGANIZATION_TWICE');
    expect((await rejection(callerAs(db, editor).indicepa.commit(input))).code).toBe('FORBIDDEN');
    expect((await rejection(callerAs(db, null).indicepa.overview())).code).toBe('UNAUTHORIZED');
  });
});
