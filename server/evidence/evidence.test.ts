import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { attendance, attendanceImports, auditLog, decisions, eventMinutes, events, organizations, projects } from '../db/schema';
import { resolveFilter } from '../dashboard/service';
import { createTestDb, createTestUser, startTestApp, type TestUser } from '../test-utils';
import { AppError } from '../errors';
import { buildEvidencePack, safeSegment, type Manifest } from './service';
import { eq } from 'drizzle-orm';

let db: Db;
let cleanup: () => void;
let coordinator: TestUser;
let n = 0;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb({ empty: true }));
  db.insert(projects)
    .values({ slug: 'coopera', acronym: 'COOPERA', title: 'COOPERA', code: 'PROG 3031', fund: 'FAMI', fundEn: 'AMIF', managingAuthority: 'Ministero dell’Interno', aimIt: '', aimEn: '' })
    .run();
  coordinator = await createTestUser(db, { role: 'coordinator', totp: true, email: 'coordinatrice@test.example' });
});
afterAll(() => cleanup());

function org(name: string) {
  return db
    .insert(organizations)
    .values({ slug: `org-${++n}`, name, shortName: name.slice(0, 12), type: 'municipality', province: 'IT-PA', city: 'Palermo' })
    .returning()
    .get().id;
}

function event(startsAt: string, slug = `evento-${++n}`) {
  return db.insert(events).values({ slug, type: 'meeting', titleIt: `Tavolo ${slug}`, titleEn: `Table ${slug}`, startsAt, status: 'held' }).returning().get().id;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function packOf(from: string, to: string) {
  const pack = await buildEvidencePack(db, resolveFilter(db, { from, to }), { lang: 'it', generatedBy: { id: coordinator.row.id, email: coordinator.row.email } });
  const files = unzipSync(pack.zip);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
  return { pack, files, manifest };
}

describe('evidence pack contents', () => {
  let eventId: number;
  let hostileName: string;
  beforeAll(() => {
    const a = org('Comune di Alcamo');
    const b = org('=HYPERLINK("http://evil.example","Clicca")');
    eventId = event('2031-03-10T10:00:00+01:00', 'tavolo-marzo');
    db.insert(attendance).values([
      { eventId, organizationId: a, status: 'present', peopleCount: 3, notes: '+39 091 000' },
      { eventId, organizationId: b, status: 'absent' },
    ]).run();
    const upload = new TextEncoder().encode('Nome,Ente\nAnna,Comune di Alcamo\n');
    hostileName = '../../../etc/passwd\u0000\u202e.csv';
    db.insert(attendanceImports).values([
      { eventId, fileHash: sha(upload), fileName: 'presenze marzo.csv', rows: 1, content: Buffer.from(upload), byteSize: upload.byteLength, mediaType: 'text/csv' },
      { eventId, fileHash: 'a'.repeat(64), fileName: hostileName, rows: 1, content: Buffer.from('x'), byteSize: 1, mediaType: 'text/csv' },
      { eventId, fileHash: 'b'.repeat(64), fileName: '..\\..\\Windows\\evil.xlsx', rows: 2, content: Buffer.from('y'), byteSize: 1, mediaType: null },
      { eventId, fileHash: 'c'.repeat(64), fileName: 'vecchio-import.xlsx', rows: 12 },
    ]).run();
    db.insert(eventMinutes).values({ eventId, textIt: 'Il tavolo approva il piano.', textEn: 'The table approves the plan.', status: 'approved', approvedBy: coordinator.row.id, approvedAt: '2031-03-12T09:00:00.000Z' }).run();
    db.insert(decisions).values({ eventId, textIt: '@SUM(A1) non è una formula', decidedOn: '2031-03-10' }).run();
    const draft = event('2031-03-20', 'bozza');
    db.insert(eventMinutes).values({ eventId: draft, textIt: 'Bozza non approvata', status: 'draft' }).run();
  });

  it('lists every file in the manifest with a SHA-256 and size that match the bytes in the ZIP', async () => {
    const { files, manifest } = await packOf('2031-03-01', '2031-03-31');
    const inZip = Object.keys(files).filter((p) => !p.endsWith('/') && p !== 'manifest.json').sort();
    expect(manifest.files.map((f) => f.path).sort()).toEqual(inZip);
    for (const f of manifest.files) {
      expect(sha(files[f.path]!), f.path).toBe(f.sha256);
      expect(files[f.path]!.byteLength, f.path).toBe(f.bytes);
    }
    expect(manifest.period).toEqual({ from: '2031-03-01', to: '2031-03-31', timeZone: 'Europe/Rome' });
    expect(manifest.generatedBy).toEqual({ id: coordinator.row.id, email: 'coordinatrice@test.example' });
    expect(Date.now() - Date.parse(manifest.generatedAt)).toBeLessThan(60_000);
    expect(inZip).toEqual(
      expect.arrayContaining([
        '2031-03-10-tavolo-marzo/sign-in-sheet.csv',
        '2031-03-10-tavolo-marzo/register.csv',
        '2031-03-10-tavolo-marzo/minutes.it.md',
        '2031-03-10-tavolo-marzo/minutes.en.md',
        '2031-03-10-tavolo-marzo/decisions.csv',
        '2031-03-20-bozza/sign-in-sheet.csv',
        'partecipazione-2031-03-01_2031-03-31.csv',
        'partecipazione-2031-03-01_2031-03-31.xlsx',
      ]),
    );
  });

  it('keeps the imported files byte for byte and lists those not kept', async () => {
    const { files, manifest } = await packOf('2031-03-01', '2031-03-31');
    const kept = manifest.files.find((f) => f.path.endsWith('presenze marzo.csv'))!;
    expect(strFromU8(files[kept.path]!)).toBe('Nome,Ente\nAnna,Comune di Alcamo\n');
    expect(kept.matchesRecordedHash).toBe(true);
    expect(manifest.importsNotKept).toEqual([
      expect.objectContaining({ event: 'tavolo-marzo', fileName: 'vecchio-import.xlsx', recordedSha256: 'c'.repeat(64), reason: 'not kept' }),
    ]);
  });

  it('keeps a hostile stored file name inside its event folder', async () => {
    const { files } = await packOf('2031-03-01', '2031-03-31');
    const imports = Object.keys(files).filter((p) => p.includes('/imports/'));
    expect(imports).toHaveLength(3);
    for (const p of Object.keys(files)) {
      expect(p.split('/')).not.toContain('..');
      // eslint-disable-next-line no-control-regex
      expect(p).not.toMatch(/[\u0000-\u001f\\\u202e]/);
      expect(p.startsWith('/')).toBe(false);
    }
    for (const p of imports) expect(p).toMatch(/^2031-03-10-tavolo-marzo\/imports\/\d+-[^/]+$/);
    expect(safeSegment(hostileName, 'file')).toBe('passwd.csv');
    expect(safeSegment('..', 'file')).toBe('file');
    expect(safeSegment('a'.repeat(300) + '.xlsx', 'file')).toMatch(/^a+\.xlsx$/);
  });

  it('writes the register and sign-in sheet as CSV with formula-like cells neutralised', async () => {
    const { files } = await packOf('2031-03-01', '2031-03-31');
    const register = strFromU8(files['2031-03-10-tavolo-marzo/register.csv']!);
    expect(register).toContain('Ente,Nome breve,Stato,Persone');
    expect(register).toContain('Comune di Alcamo');
    expect(register).toContain('Presente,3');
    expect(register).toContain(`'+39 091 000`);
    expect(register).toContain(`"'=HYPERLINK(""http://evil.example"",""Clicca"")"`);
    const sheetBytes = files['2031-03-10-tavolo-marzo/sign-in-sheet.csv']!;
    expect([...sheetBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, for spreadsheet programs
    const sheet = strFromU8(sheetBytes);
    expect(sheet.split('\r\n')[0]).toBe('Ente,Nome breve,Comune,Provincia,Partecipante,Ruolo,E-mail,Firma');
    expect(sheet).toContain("'=HYPERLINK");
    expect(strFromU8(files['2031-03-10-tavolo-marzo/decisions.csv']!)).toContain("'@SUM(A1)");
    const minutes = strFromU8(files['2031-03-10-tavolo-marzo/minutes.it.md']!);
    expect(minutes).toContain('Il tavolo approva il piano.');
    expect(minutes).toContain('coordinatrice@test.example');
  });

  it('leaves draft minutes out', async () => {
    const { files } = await packOf('2031-03-01', '2031-03-31');
    expect(Object.keys(files).filter((p) => p.startsWith('2031-03-20-bozza/'))).toEqual(['2031-03-20-bozza/sign-in-sheet.csv', '2031-03-20-bozza/register.csv']);
  });

  it('takes the events that start in the period, by their day in Europe/Rome', async () => {
    event('2032-05-31T23:30:00+02:00', 'ultimo-giorno');
    event('2032-06-01T00:10:00+02:00', 'giorno-dopo');
    event('2032-05-01', 'primo-giorno');
    event('2032-04-30T23:59:00+02:00', 'giorno-prima');
    const { manifest } = await packOf('2032-05-01', '2032-05-31');
    expect(manifest.events.map((e) => e.folder)).toEqual(['2032-05-01-primo-giorno', '2032-05-31-ultimo-giorno']);
  });

  it('refuses a pack past its size cap', async () => {
    const filter = resolveFilter(db, { from: '2031-03-01', to: '2031-03-31' });
    const error = await buildEvidencePack(db, filter, { lang: 'it', generatedBy: { id: 1, email: 'x' }, maxBytes: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).appCode).toBe('EVIDENCE_PACK_TOO_LARGE');
  });
});

describe('GET /api/reports/evidence.zip', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp(db);
  });
  afterAll(() => app.close());
  const url = (q = 'from=2031-03-01&to=2031-03-31') => `${app.baseUrl}/api/reports/evidence.zip?${q}`;
  const as = (u: TestUser) => ({ headers: { cookie: `coopera_session=${u.token}` } });

  it('answers 401 with a code to a visitor who is not signed in', async () => {
    const res = await fetch(url());
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'SIGN_IN_FIRST' });
  });

  it('answers 403 to viewers and editors', async () => {
    const partner = db.select().from(organizations).get()!;
    for (const role of ['viewer', 'editor'] as const) {
      const user = await createTestUser(db, { role, orgSlug: partner.slug });
      const res = await fetch(url(), as(user));
      expect(res.status, role).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'ROLE_FORBIDDEN' });
    }
  });

  it('answers 400 with a code to a bad period', async () => {
    for (const q of ['from=2031-03-31&to=2031-03-01', 'from=2031-02-30&to=2031-03-01', 'to=2031-03-01', 'from=2031-01-01&to=2031-02-01&x=1']) {
      const res = await fetch(url(q), as(coordinator));
      expect(res.status, q).toBe(400);
      expect(await res.json(), q).toMatchObject({ code: 'INVALID_PERIOD' });
    }
  });

  it('gives a coordinator the ZIP with its length, and records who downloaded which period', async () => {
    const res = await fetch(url(), as(coordinator));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="evidenze-fami-2031-03-01_2031-03-31.zip"');
    expect(res.headers.get('cache-control')).toContain('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
    const files = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    expect(manifest.events.length).toBe(2);
    const row = db.select().from(auditLog).where(eq(auditLog.entity, 'evidence_pack')).all().at(-1)!;
    expect(row).toMatchObject({ userId: coordinator.row.id, userEmail: 'coordinatrice@test.example', action: 'create' });
    expect(row.after).toMatchObject({ from: '2031-03-01', to: '2031-03-31', events: 2, bytes: bytes.byteLength, manifestSha256: sha(files['manifest.json']!) });
    expect(res.headers.get('x-manifest-sha256')).toBe(sha(files['manifest.json']!));
  });

  it('writes no audit row for a refused download', async () => {
    const before = db.select().from(auditLog).where(eq(auditLog.entity, 'evidence_pack')).all().length;
    await fetch(url('from=bad&to=bad'), as(coordinator));
    await fetch(url());
    expect(db.select().from(auditLog).where(eq(auditLog.entity, 'evidence_pack')).all().length).toBe(before);
  });
});
