/**
 * Issue #12: the participation exports for Italian spreadsheets — the `;` CSV variant Italian Excel
 * opens by double-click (decimal comma), and an XLSX with real date cells, a document title and an
 * autofilter over the table — on a migrated database with a small synthetic network (labelled).
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { sessionCookieName } from '../auth/cookies';
import type { Db } from '../db/client';
import { createTestDb, createTestUser, startTestApp, type TestUser } from '../test-utils';

let db: Db;
let cleanup: () => void;
let app: Awaited<ReturnType<typeof startTestApp>>;
let coordinator: TestUser;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  seedScale(db, { orgs: 40, events: 30, attendance: 600, seed: 2, from: '2022-01-01', to: '2022-12-31', now: new Date('2023-06-01T12:00:00Z') });
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  app = await startTestApp(db);
});
afterAll(async () => {
  await app.close();
  cleanup();
});

const PERIOD = 'from=2022-01-01&to=2022-12-31';
const get = (pathname: string) => fetch(`${app.baseUrl}${pathname}`, { headers: { cookie: `${sessionCookieName(false)}=${coordinator.token}` } });
const parse = (text: string, delimiter: string) => {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('participation.csv for Italian Excel', () => {
  it('offers the semicolon variant with a decimal comma, the same figures as the comma one', async () => {
    const comma = parse(await (await get(`/api/reports/participation.csv?${PERIOD}`)).text(), ',');
    const res = await get(`/api/reports/participation.csv?${PERIOD}&sep=semicolon`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a BOM: Excel reads the accents').toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toContain(';');
    const semicolon = parse(text, ';');
    expect(semicolon).toHaveLength(comma.length);
    expect(semicolon[0]).toEqual(comma[0]);
    const rates = semicolon.slice(1).map((r) => r.at(-1)!).filter(Boolean);
    expect(rates.length).toBeGreaterThan(0);
    for (const r of rates) expect(r).toMatch(/^\d+,\d$/);
    expect(semicolon.slice(1).map((r) => r.at(-1)!.replace(',', '.'))).toEqual(comma.slice(1).map((r) => r.at(-1)));
  });

  it('refuses an unknown separator with the period error, not a 500', async () => {
    expect((await get(`/api/reports/participation.csv?${PERIOD}&sep=tab`)).status).toBe(400);
  });
});

describe('participation.xlsx', () => {
  it('has a document title, an autofilter over the table and real date cells', async () => {
    const res = await get(`/api/reports/participation.xlsx?${PERIOD}`);
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>COOPERA — PROG 3031 — FAMI 2014-2020 — Partecipazione degli enti</dc:title>');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('PartName="/docProps/core.xml"');
    expect(strFromU8(files['_rels/.rels']!)).toContain('Target="docProps/core.xml"');

    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const filter = /<autoFilter ref="A(\d+):J(\d+)"\/>/.exec(sheet);
    expect(filter, 'an autofilter').not.toBeNull();
    const rows = [...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Number(filter![2])).toBe(Math.max(...rows));
    expect(sheet.indexOf('<autoFilter')).toBeGreaterThan(sheet.indexOf('</sheetData>'));

    // The period's first day: a number (Excel's serial 44562 is 2022-01-01) in a cell with a date style.
    const styles = strFromU8(files['xl/styles.xml']!);
    const dateCell = /<c r="B\d+" s="(\d+)"[^>]*><v>44562<\/v><\/c>/.exec(sheet);
    expect(dateCell, 'B holds 2022-01-01 as a date serial').not.toBeNull();
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!).matchAll(/<xf [^>]*>/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[0])?.[1]));
    const fmtId = xfs[Number(dateCell![1])]!;
    const custom = new RegExp(`<numFmt numFmtId="${fmtId}" formatCode="([^"]+)"`).exec(styles)?.[1];
    expect(custom).toBe('dd/mm/yyyy');
  });
});
