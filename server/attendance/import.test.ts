import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDistinctPeople, IMPORT_PREVIEW_MAX_ROWS, type ParticipantRow } from '../../shared/schemas/attendance';
import { attendanceImports, auditLog, contactPoints, organizations } from '../db/schema';
import { callerAs, createTestDb, createTestUser, rejection, type TestUser } from '../test-utils';
import { createMatcher, organizationKey } from './matching';
import { insertEvent, linesBySlug, orgId } from '../../tests/support/attendance-fixtures';

const { db, cleanup } = createTestDb();
let coordinator: TestUser;
const c = () => callerAs(db, coordinator).attendance;
/** A participant list as the page sends it: its bytes (base64) and their SHA-256. */
const upload = (text: string) => ({
  file: Buffer.from(text).toString('base64'),
  fileHash: createHash('sha256').update(text).digest('hex'),
});
const FILE_A = upload('Nome;Ente\nAnna Verdi;Comune di Palermo\n');
const HASH_A = FILE_A.fileHash;

beforeAll(async () => {
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  // Domains to match e-mails against: a website, a certified-mail address, a contact's address.
  db.update(organizations).set({ website: 'https://www.comune.trapani.it' }).where(eq(organizations.slug, 'comune-di-trapani')).run();
  db.update(organizations).set({ pec: 'protocollo@pec.asp.sr.it' }).where(eq(organizations.slug, 'asp-siracusa')).run();
  db.insert(contactPoints)
    .values({ organizationId: orgId(db, 'asp-trapani'), label: 'URP', email: 'urp@asptrapani.it', visibility: 'public', source: 'test' })
    .run();
});
afterAll(() => cleanup());

async function preview(eventId: number, rows: ParticipantRow[]) {
  return (await c().importPreview({ eventId, rows })).matches;
}

const idOf = (slug: string) => orgId(db, slug);

describe('matching participant rows to organisations', () => {
  it('matches by e-mail domain: website, subdomain, certified mail and contact addresses', async () => {
    const event = insertEvent(db);
    const [site, sub, pec, contact] = await preview(event.id, [
      { name: 'Mario Rossi', email: 'm.rossi@comune.trapani.it' },
      { name: 'Ada Neri', email: 'ada.neri@servizisociali.comune.trapani.it' },
      { name: 'Pia Galli', email: 'PIA.GALLI@ASP.SR.IT' },
      { name: 'Ugo Sala', email: 'ugo.sala@asptrapani.it' },
    ]);
    expect(site).toMatchObject({ organizationId: idOf('comune-di-trapani'), method: 'email_domain', confidence: 0.95 });
    expect(sub).toMatchObject({ organizationId: idOf('comune-di-trapani'), method: 'email_domain', confidence: 0.9 });
    expect(pec).toMatchObject({ organizationId: idOf('asp-siracusa'), method: 'email_domain' });
    expect(contact).toMatchObject({ organizationId: idOf('asp-trapani'), method: 'email_domain' });
  });

  it('is sure when the e-mail domain and the name agree, and asks to check when they disagree', async () => {
    const event = insertEvent(db);
    const [agree, disagree] = await preview(event.id, [
      { email: 'a@comune.trapani.it', organization: 'Comune di Trapani' },
      { email: 'b@comune.trapani.it', organization: 'ASP Agrigento' },
    ]);
    expect(agree).toMatchObject({ organizationId: idOf('comune-di-trapani'), method: 'email_domain', confidence: 1 });
    expect(disagree).toMatchObject({ organizationId: idOf('asp-agrigento'), method: 'exact_name', confidence: 0.6 });
    expect(disagree!.candidates).toEqual([idOf('asp-agrigento'), idOf('comune-di-trapani')]);
  });

  it('matches the exact name or short name, whatever the case, accents, punctuation and abbreviations', async () => {
    const event = insertEvent(db);
    const matches = await preview(event.id, [
      { organization: 'Comune di Palermo' },
      { organization: '  COMUNE  DI  PALERMO ' },
      { organization: 'Palermo' },
      { organization: 'A.S.P. di Agrigento' },
      { organization: 'Azienda Sanitaria Provinciale Agrigento' },
      { organization: 'CEFPAS' },
      { name: 'Gianni Verdi', email: 'gianni@gmail.com', organization: 'ANCI Sicilia' },
    ]);
    const slugs = ['comune-di-palermo', 'comune-di-palermo', 'comune-di-palermo', 'asp-agrigento', 'asp-agrigento', 'cefpas', 'anci-sicilia'];
    matches.forEach((m, i) => expect(m).toMatchObject({ organizationId: idOf(slugs[i]!), method: 'exact_name', confidence: 1 }));
  });

  it('matches a close spelling such as “Comune di Trapanni”', async () => {
    const event = insertEvent(db);
    const [typo, twoTypos] = await preview(event.id, [
      { name: 'Salvo Lo Presti', organization: 'Comune di Trapanni' },
      { organization: 'Policlinco di Palremo' },
    ]);
    expect(typo).toMatchObject({ organizationId: idOf('comune-di-trapani'), method: 'close_name' });
    expect(typo!.confidence).toBeGreaterThan(0.85);
    expect(twoTypos).toMatchObject({ organizationId: idOf('policlinico-palermo'), method: 'close_name' });
  });

  it('flags rows it cannot match, and rows that fit several organisations', async () => {
    const event = insertEvent(db);
    const [unknown, webmail, empty, ambiguous] = await preview(event.id, [
      { name: 'Carmela Nicotra', organization: 'Università degli Studi di Catania' },
      { name: 'Tizio Caio', email: 'tizio.caio@gmail.com' },
      { name: 'Sempronio' },
      { organization: 'Trapani' }, // the municipality or the health authority?
    ]);
    for (const m of [unknown, webmail, empty]) expect(m).toEqual({ organizationId: null, method: null, confidence: 0 });
    expect(ambiguous).toMatchObject({ organizationId: idOf('comune-di-trapani'), method: 'exact_name' });
  });

  it('lets an invited organisation win a tie', () => {
    const orgs = db.select().from(organizations).all();
    const row = { organization: 'Comune di Trapanx' }; // one letter from Trapani, and from nothing else
    expect(createMatcher(orgs)(row).organizationId).toBe(idOf('comune-di-trapani'));
    const ambiguous = { organization: 'ASP Trapan' };
    const invited = createMatcher(orgs, [idOf('asp-trapani')])(ambiguous);
    expect(invited).toMatchObject({ organizationId: idOf('asp-trapani'), method: 'close_name' });
    expect(organizationKey('A.S.P. di Trapani')).toBe('azienda sanitaria provinciale trapani');
  });

  it('refuses more than 2,000 rows in one call', async () => {
    const event = insertEvent(db);
    const rows = Array.from({ length: IMPORT_PREVIEW_MAX_ROWS + 1 }, () => ({ organization: 'Comune di Palermo' }));
    expect((await rejection(c().importPreview({ eventId: event.id, rows }))).code).toBe('BAD_REQUEST');
  });

  it('previews a 10,000-row file sent in chunks of 1,000', async () => {
    const event = insertEvent(db);
    const orgNames = ['Comune di Palermo', 'Comune di Trapanni', 'ASP Agrigento', 'CEFPAS', 'Pro Loco di Roccapalumba', ''];
    const rows: ParticipantRow[] = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Persona ${i}`,
      email: i % 3 === 0 ? `persona${i}@comune.trapani.it` : `persona${i}@gmail.com`,
      organization: `${orgNames[i % orgNames.length]}${i % 7 === 0 ? ` ufficio ${i % 50}` : ''}`,
    }));
    const started = performance.now();
    const matches = [];
    for (let i = 0; i < rows.length; i += 1000) matches.push(...(await preview(event.id, rows.slice(i, i + 1000))));
    const ms = performance.now() - started;
    console.log(`importPreview: 10,000 rows in 10 chunks of 1,000 took ${ms.toFixed(0)} ms`);
    expect(matches).toHaveLength(10_000);
    // Pro Loco rows and rows with neither organisation nor a known domain stay unmatched (a third).
    expect(matches.filter((m) => m.organizationId !== null).length).toBeGreaterThan(6000);
  });
});

describe('committing an import', () => {
  it('counts a person listed twice once: same e-mail or same normalised name', () => {
    expect(
      countDistinctPeople([
        { name: 'Mario Rossi', email: 'mario.rossi@comune.palermo.it' },
        { name: 'MARIO  ROSSI' }, // same normalised name
        { email: 'Mario.Rossi@comune.palermo.it ' }, // same e-mail
        { name: 'Anna Verdi' },
        { name: 'Nicolò Làzzaro' },
        { name: 'Nicolo Lazzaro', email: 'nl@comune.palermo.it' }, // same name without accents
        { name: 'Anna Verdi', email: 'anna.verdi@asptrapani.it' },
        {}, // a row with only the organisation is still someone
      ]),
    ).toBe(4);
  });

  it('marks the organisations present with their head count, adding those not invited', async () => {
    const event = insertEvent(db);
    await c().invite({ eventId: event.id, organizationIds: [idOf('comune-di-palermo'), idOf('asp-trapani')] });
    const result = await c().importCommit({
      eventId: event.id,
      ...FILE_A,
      fileName: 'partecipanti.csv',
      rowCount: 7,
      assignments: [
        { organizationId: idOf('comune-di-palermo'), people: 3 },
        { organizationId: idOf('cefpas'), people: 1 },
      ],
    });
    expect(result).toEqual({ alreadyImported: false, updated: 2, people: 4 });
    const lines = linesBySlug(db, event.id);
    expect(lines['comune-di-palermo']).toMatchObject({ status: 'present', peopleCount: 3, version: 2 });
    // Not invited, but came: the import adds the line.
    expect(lines['cefpas']).toMatchObject({ status: 'present', peopleCount: 1, version: 1 });
    expect(lines['asp-trapani']).toMatchObject({ status: null, version: 1 });
    const logged = db.select().from(attendanceImports).where(eq(attendanceImports.eventId, event.id)).all();
    expect(logged).toMatchObject([
      { fileHash: HASH_A, fileName: 'partecipanti.csv', rows: 7, importedBy: coordinator.user.id, mediaType: 'text/csv' },
    ]);
    // The file itself is kept, byte for byte, for the evidence pack.
    expect(logged[0]!.content!.toString('utf8')).toBe('Nome;Ente\nAnna Verdi;Comune di Palermo\n');
    expect(logged[0]!.byteSize).toBe(Buffer.byteLength('Nome;Ente\nAnna Verdi;Comune di Palermo\n'));
    const audits = db.select().from(auditLog).where(and(eq(auditLog.entity, 'attendance'), eq(auditLog.entityId, event.id))).all();
    expect(audits.filter((a) => a.action === 'update').map((a) => a.organizationId)).toEqual([idOf('comune-di-palermo')]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const event = insertEvent(db);
    const input = {
      eventId: event.id,
      ...FILE_A,
      fileName: 'partecipanti.csv',
      assignments: [{ organizationId: idOf('comune-di-trapani'), people: 2 }],
    };
    expect(await c().importCommit(input)).toMatchObject({ alreadyImported: false, updated: 1 });
    // In between, the coordinator corrects the count by hand.
    await c().record({ eventId: event.id, lines: [{ organizationId: idOf('comune-di-trapani'), status: 'present', peopleCount: 5, version: 1 }] });
    const before = linesBySlug(db, event.id);
    const audits = db.select().from(auditLog).where(and(eq(auditLog.entity, 'attendance'), eq(auditLog.entityId, event.id))).all().length;

    expect(await c().importCommit({ ...input, fileName: 'copia di partecipanti.csv' })).toEqual({
      alreadyImported: true,
      updated: 0,
      people: 0,
    });
    expect(linesBySlug(db, event.id)).toEqual(before);
    expect(before['comune-di-trapani']).toMatchObject({ peopleCount: 5, version: 2 });
    expect(db.select().from(auditLog).where(and(eq(auditLog.entity, 'attendance'), eq(auditLog.entityId, event.id))).all()).toHaveLength(audits);
    expect(db.select().from(attendanceImports).where(eq(attendanceImports.eventId, event.id)).all()).toHaveLength(1);
    // The same file for another event is a different import.
    const other = insertEvent(db);
    expect(await c().importCommit({ ...input, eventId: other.id })).toMatchObject({ alreadyImported: false });
  });

  it('rejects a malformed payload with BAD_REQUEST and leaves the register untouched', async () => {
    const event = insertEvent(db);
    await c().invite({ eventId: event.id, organizationIds: [idOf('comune-di-palermo')] });
    const before = linesBySlug(db, event.id);
    const good = {
      eventId: event.id,
      ...upload('Nome;Ente\nB;Comune di Palermo\n'),
      fileName: 'iscritti.csv',
      assignments: [{ organizationId: idOf('comune-di-palermo'), people: 1 }],
    };
    const malformed: unknown[] = [
      { ...good, fileHash: 'not-a-hash' },
      { ...good, file: 'non è base64!' },
      { ...good, file: undefined },
      { ...good, file: 'A'.repeat(800_000) }, // over the 512 KiB kept
      { ...good, fileHash: 'b'.repeat(64) }, // bytes that are not the file read
      { ...good, fileName: '' },
      { ...good, assignments: [] },
      { ...good, assignments: [{ organizationId: idOf('comune-di-palermo'), people: 0 }] },
      { ...good, assignments: [{ organizationId: idOf('comune-di-palermo'), people: [{ name: 'Anna Verdi' }] }] },
      { ...good, assignments: [{ organizationId: idOf('comune-di-palermo'), people: 2.5 }] },
      { ...good, assignments: [...good.assignments, ...good.assignments] },
      { ...good, extra: true },
      // Well-formed, but one organisation does not exist: the transaction writes nothing.
      { ...good, assignments: [...good.assignments, { organizationId: 99999, people: 1 }] },
    ];
    for (const input of malformed) {
      expect((await rejection(c().importCommit(input as never))).code).toBe('BAD_REQUEST');
    }
    expect(linesBySlug(db, event.id)).toEqual(before);
    expect(db.select().from(attendanceImports).where(eq(attendanceImports.eventId, event.id)).all()).toEqual([]);
    const malformedPreview = [{ eventId: event.id, rows: [] }, { eventId: event.id, rows: [{ organisation: 'x' }] }];
    for (const input of malformedPreview) {
      expect((await rejection(c().importPreview(input as never))).code).toBe('BAD_REQUEST');
    }
    // The corrected request then goes through.
    expect(await c().importCommit(good)).toMatchObject({ alreadyImported: false, updated: 1 });
  });
});
