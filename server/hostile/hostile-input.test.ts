/**
 * Hostile input from signed-in users (issue #14): what an editor or a coordinator types reaches other
 * people through exports, feeds and open data. Values are stored through the real procedures on a
 * database migrated from drizzle/, and every file is fetched from the real server.
 */
import { eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_URLS, FORMULAS, isFormulaCell, storeHostileValues, type HostileRecords } from '../../tests/support/hostile';
import { sessionCookieName } from '../auth/cookies';
import type { Db } from '../db/client';
import { events, organizations, sites } from '../db/schema';
import { neutralCell } from '../http/spreadsheet';
import { callerAs, createTestDb, createTestUser, rejection, startTestApp, type TestUser } from '../test-utils';

let db: Db;
let cleanup: () => void;
let app: Awaited<ReturnType<typeof startTestApp>>;
let stored: HostileRecords;
let coordinator: TestUser;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  stored = await storeHostileValues(db);
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  app = await startTestApp(db);
});
afterAll(async () => {
  await app.close();
  cleanup();
});

const PERIOD = 'from=2023-01-01&to=2023-12-31';
const get = (pathname: string, signedIn = false) =>
  fetch(`${app.baseUrl}${pathname}`, {
    headers: signedIn ? { cookie: `${sessionCookieName(false)}=${coordinator.token}` } : {},
  });

const csvCells = (text: string) => {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors, 'the file is valid CSV').toEqual([]);
  return parsed.data.flat();
};

/** Every cell that would run as a formula (there must be none), and whether the stored name is there, neutral. */
function checkCsv(text: string) {
  const cells = csvCells(text);
  expect(cells.filter(isFormulaCell)).toEqual([]);
  return cells;
}

describe('spreadsheet cells never become formulas', () => {
  it('neutralises each OWASP trigger with a leading apostrophe, keeping the text readable', () => {
    for (const value of Object.values(FORMULAS)) expect(neutralCell(value)).toBe(`'${value}`);
    expect(neutralCell('\t=1+1')).toBe("'\t=1+1");
    expect(neutralCell('\r=1+1')).toBe("'\r=1+1");
    // A phone number stays a readable phone number, and numbers stay numbers.
    expect(neutralCell('+39 0923 000000')).toBe("'+39 0923 000000");
    expect(neutralCell(-3.5)).toBe(-3.5);
    expect(neutralCell('Comune di Trapani')).toBe('Comune di Trapani');
  });

  it('in the public partners.csv', async () => {
    const response = await get('/api/open/partners.csv');
    expect(response.status).toBe(200);
    const cells = checkCsv(await response.text());
    expect(cells).toContain(`'${stored.name}`);
    expect(cells, 'markup is plain text in a CSV').toContain(stored.shortName);
  });

  it('in the members’ participation.csv, in Italian and English', async () => {
    for (const lang of ['it', 'en']) {
      const response = await get(`/api/reports/participation.csv?${PERIOD}&lang=${lang}`, true);
      expect(response.status).toBe(200);
      expect(checkCsv(await response.text())).toContain(`'${stored.name}`);
    }
  });

  it('in participation.xlsx: text cells, no formula, the hostile name neutral', async () => {
    const response = await get(`/api/reports/participation.xlsx?${PERIOD}`, true);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/.*\.xml$/.test(f));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(strFromU8(files[sheet]!)).not.toMatch(/<f[\s>]/);
    const strings = [...strFromU8(files['xl/sharedStrings.xml'] ?? files[sheets[0]!]!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
    );
    expect(strings.filter(isFormulaCell)).toEqual([]);
    expect(strings).toContain(`'${stored.name}`);
  });

  it('in every CSV of the evidence pack (registers, decisions, participation)', async () => {
    const response = await get(`/api/reports/evidence.zip?${PERIOD}`, true);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const csvs = Object.keys(files).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(3);
    const all = csvs.flatMap((f) => checkCsv(strFromU8(files[f]!)));
    expect(all).toContain(`'${stored.name}`);
    expect(all).toContain(`'${FORMULAS.equals}`); // the decision
    expect(all).toContain(`'${FORMULAS.at}`); // the delegate's name
  });
});

describe('links only http(s)', () => {
  it('refuses every other scheme in every link field, and stores nothing', async () => {
    const editor = await createTestUser(db, { role: 'editor', orgSlug: stored.organizationSlug, totp: true });
    const asEditor = callerAs(db, editor);
    const asCoordinator = callerAs(db, coordinator);
    const org = () => db.select().from(organizations).where(eq(organizations.id, stored.organizationId)).get()!;
    const before = JSON.stringify(org());
    for (const url of BAD_URLS) {
      const source = [{ url }];
      const attempts: [string, Promise<unknown>][] = [
        ['organizations.update website', asEditor.organizations.update({ id: stored.organizationId, version: org().version, website: url })],
        ['organizations.update sources', asEditor.organizations.update({ id: stored.organizationId, version: org().version, sources: source })],
        ['sites.create sources', asEditor.sites.create({ organizationId: stored.organizationId, kind: 'office', nameIt: 'Sede', province: 'IT-TP', city: 'Trapani', sources: source })],
        ['contacts.create url', asEditor.contacts.create({ organizationId: stored.organizationId, label: 'Ufficio', url, visibility: 'public' })],
        ['events.create onlineUrl', asCoordinator.events.create({ slug: 'evento-link', type: 'webinar', titleIt: 'Webinar', startsAt: '2023-04-01', status: 'held', onlineUrl: url })],
        ['events.create sources', asCoordinator.events.create({ slug: 'evento-fonti', type: 'webinar', titleIt: 'Webinar', startsAt: '2023-04-01', status: 'held', sources: source })],
        ['bodies.create sources', asCoordinator.bodies.create({ slug: 'organismo-link', kind: 'other', nameIt: 'Organismo', nameEn: 'Body', sources: source })],
        ['activities.createDeliverable evidenceUrl', asCoordinator.activities.createDeliverable({ titleIt: 'Prodotto', organizationId: stored.organizationId, dueDate: '2023-05-31', status: 'planned', evidenceUrl: url })],
      ];
      for (const [field, call] of attempts) expect((await rejection(call)).code, `${field} = ${url}`).toBe('BAD_REQUEST');
    }
    expect(JSON.stringify(org()), 'the organisation is unchanged').toBe(before);
    expect(db.select().from(events).where(eq(events.slug, 'evento-link')).get()).toBeUndefined();
  });

  it('leaves a link stored before the rule out of open data and the calendar', async () => {
    // Written straight into the tables, as an old database or a script could hold them.
    db.update(organizations)
      .set({ website: 'javascript:alert(1)', sources: [{ url: 'javascript:alert(2)' }, { url: 'https://www.comune.trapani.it/' }] })
      .where(eq(organizations.id, stored.organizationId))
      .run();
    db.update(sites).set({ sources: [{ url: 'data:text/html,x' }] }).where(eq(sites.slug, stored.siteSlug)).run();
    db.update(events).set({ sources: [{ url: 'vbscript:msgbox(1)', title: 'Fonte' }] }).where(eq(events.slug, stored.eventSlug)).run();

    const partners = (await (await get('/api/open/partners.geojson')).json()) as { features: { id: string; properties: Record<string, unknown> }[] };
    const trapani = partners.features.find((f) => f.id === stored.organizationSlug)!;
    expect(trapani.properties.website).toBeNull();
    expect(trapani.properties.sources).toBe('https://www.comune.trapani.it/');
    const sitesFile = await (await get('/api/open/sites.geojson')).text();
    const csv = await (await get('/api/open/partners.csv')).text();
    const ics = await (await get('/api/open/events.ics')).text();
    for (const [file, text] of [['sites.geojson', sitesFile], ['partners.csv', csv], ['events.ics', ics]] as const) {
      expect(text, file).not.toMatch(/javascript:|data:text|vbscript:/i);
    }
    expect(ics, 'the hostile title is in the feed as text').toContain('HYPERLINK');
  });
});
