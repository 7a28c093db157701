/**
 * partners.page: the directory paged, sorted, filtered and searched on the server (FTS5), on the real
 * seed plus 240 synthetic network members (labelled as such) inserted into the migrated database.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationTypeLabels } from '../../shared/enums';
import type { Db } from '../db/client';
import { memberships, organizations, projects, sites } from '../db/schema';
import { createTestDb, publicCaller, rejection } from '../test-utils';
import { ftsQuery } from './search';

let db: Db;
let cleanup: () => void;
let caller: ReturnType<typeof publicCaller>;
const MEMBERS = 240;
const TOWNS = ['Canicattì', 'Sant’Àgata di Militello', 'Mazara del Vallo', 'Lampedusa e Linosa', 'Marsala', 'Sciacca'];

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  caller = publicCaller(db);
  const projectId = db.select({ id: projects.id }).from(projects).get()!.id;
  db.transaction((tx) => {
    for (let i = 1; i <= MEMBERS; i++) {
      const town = TOWNS[i % TOWNS.length]!;
      const org = tx
        .insert(organizations)
        .values({
          slug: `membro-sintetico-${i}`,
          name: `Comune sintetico ${String(i).padStart(3, '0')} di ${town}`,
          shortName: `Sintetico ${i}`,
          type: 'municipality',
          province: i % 2 ? 'IT-AG' : 'IT-TP',
          city: town,
          descriptionIt: i === 7 ? 'Sportello 100% accoglienza_migranti' : '',
        })
        .returning({ id: organizations.id })
        .get();
      tx.insert(memberships).values({ organizationId: org.id, projectId, role: 'network_member', status: 'active' }).run();
    }
  });
});
afterAll(() => cleanup());

const names = (page: { items: { name: string }[] }) => page.items.map((p) => p.name);

describe('partners.page', () => {
  it('pages through everything once: total, pages, and partners counted apart from network members', async () => {
    const first = await caller.partners.page({ pageSize: 100 });
    expect(first.total).toBe(10 + MEMBERS);
    expect(first.pages).toBe(3);
    expect(first.byRole).toEqual({ lead_partner: 1, partner: 9, network_member: MEMBERS, none: 0 });
    const all = [first, await caller.partners.page({ pageSize: 100, page: 2 }), await caller.partners.page({ pageSize: 100, page: 3 })];
    const slugs = all.flatMap((p) => p.items.map((i) => i.slug));
    expect(all.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(new Set(slugs).size).toBe(10 + MEMBERS);
    expect((await caller.partners.page({ pageSize: 100, page: 4 })).items).toEqual([]);
  });

  it('sorts on the server, the same order across pages, either way', async () => {
    const up = [...names(await caller.partners.page({ pageSize: 100 })), ...names(await caller.partners.page({ pageSize: 100, page: 2 }))];
    expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b, 'it', { sensitivity: 'base' })));
    const down = names(await caller.partners.page({ pageSize: 5, dir: 'desc' }));
    expect(down[0]).toMatch(/^Polo Territoriale/);
    const byRole = await caller.partners.page({ sort: 'role', pageSize: 11 });
    expect(byRole.items[0]!.slug).toBe('comune-di-palermo');
    expect(byRole.items.slice(1, 10).every((p) => p.membership?.role === 'partner')).toBe(true);
    expect(byRole.items[10]!.membership?.role).toBe('network_member');
    // Types in the order of their labels in the page's language.
    for (const lang of ['it', 'en', 'fr', 'ar'] as const) {
      const byType = await caller.partners.page({ sort: 'type', lang, pageSize: 100 });
      const labels = byType.items.map((p) => organizationTypeLabels[p.type][lang]);
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, lang)));
    }
  });

  it('searches without accents, by the start of any word, every word required', async () => {
    const search = async (q: string) => (await caller.partners.page({ q, pageSize: 100 })).total;
    const perTown = MEMBERS / TOWNS.length;
    // The members of the town, and ASP Agrigento by its mental-health team there.
    expect(await search('canicatti')).toBe(perTown + 1);
    expect(await search('CANICATTÌ')).toBe(perTown + 1);
    expect(await search('canicat')).toBe(perTown + 1);
    expect(await search('sant agata')).toBe(perTown);
    expect(await search('Sant’Agata')).toBe(perTown);
    expect(await search('lampedusa')).toBe(perTown);
    expect(await search('sintetico 007')).toBe(1);
    expect(await search('marsala sciacca'), 'every word must be found').toBe(0);
    expect(await search('policlinico')).toBe(1);
    // A member's description, and the two comuni by their "Sportello COOPERA" service points.
    expect(await search('sportello')).toBe(3);
  });

  it('finds a partner by its service points: their name, town and description, kept in step with edits', async () => {
    const slugs = async (q: string) => (await caller.partners.page({ q, pageSize: 100 })).items.map((p) => p.slug);
    expect(await slugs('licata')).toEqual(['asp-agrigento']);
    expect(await slugs('neuropsichiatria')).toEqual(['asp-agrigento']);
    // Across service points: ASP Agrigento has "Équipe" teams and an "Unità mobile".
    expect(await slugs('équipe mobile')).toEqual(['asp-agrigento', 'asp-siracusa']);
    expect(await slugs('sportello trapani')).toEqual(['comune-di-trapani']);
    // Each word in the partner or in one of its service points.
    expect(await slugs('asp licata')).toEqual(['asp-agrigento']);
    expect(await slugs('ufficio prova')).toEqual([]);
    db.update(sites).set({ nameIt: 'Ufficio di prova', nameEn: 'Test office' }).where(eq(sites.slug, 'sportello-coopera-trapani')).run();
    expect(await slugs('ufficio prova')).toEqual(['comune-di-trapani']);
    expect(await slugs('test office')).toEqual(['comune-di-trapani']);
  });

  it('treats LIKE wildcards and FTS5 syntax as plain characters, never as an error', async () => {
    const search = async (q: string) => (await caller.partners.page({ q, pageSize: 100 })).total;
    expect(await search('%'), 'a search of symbols finds nothing, not everything').toBe(0);
    expect(await search('_')).toBe(0);
    expect(await search('*')).toBe(0);
    expect(await search('"')).toBe(0);
    expect(await search('100% accoglienza'), 'the % is a separator, not "anything"').toBe(1);
    expect(await search('accoglienza_migranti')).toBe(1);
    // OR is a word to find, not an operator: fewer results than either side alone.
    expect(await search('a OR b')).toBeLessThan(Math.min(await search('a'), await search('b')));
    expect(await search('NEAR(comune sintetico)')).toBe(0);
    expect(await search('marsala AND')).toBe(0);
    expect(await search('comune*'), 'the star is no operator').toBe(await search('comune'));
    expect(ftsQuery('Città "metro*" OR x')).toBe('"citta"* "metro"* "or"* "x"*');
  });

  it('combines search, filters and paging, and the counts follow the filters', async () => {
    const page = await caller.partners.page({ q: 'comune', province: 'IT-TP', role: 'network_member', pageSize: 25 });
    expect(page.total).toBe(MEMBERS / 2);
    expect(page.byRole).toEqual({ lead_partner: 0, partner: 0, network_member: MEMBERS / 2, none: 0 });
    expect(page.items).toHaveLength(25);
    expect(page.items.every((p) => p.province === 'IT-TP')).toBe(true);
  });

  it('finds an organisation by its new name as soon as it is renamed, and no longer by the old one', async () => {
    const id = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'membro-sintetico-1')).get()!.id;
    db.update(organizations).set({ name: 'Unione dei Comuni Elimo Ericini' }).where(eq(organizations.id, id)).run();
    expect((await caller.partners.page({ q: 'elimo' })).items.map((p) => p.slug)).toEqual(['membro-sintetico-1']);
    expect((await caller.partners.page({ q: 'sintetico 001' })).total).toBe(0);
  });

  it('refuses a page size over 100 or a page below 1 with a typed error', async () => {
    expect((await rejection(caller.partners.page({ pageSize: 5000 }))).code).toBe('BAD_REQUEST');
    expect((await rejection(caller.partners.page({ page: 0 }))).code).toBe('BAD_REQUEST');
  });
});
