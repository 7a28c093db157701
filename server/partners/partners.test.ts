import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { contactPoints, organizations } from '../db/schema';
import { createTestDb, publicCaller, rejection, startTestApp } from '../test-utils';

let db: Db;
let cleanup: () => void;
let caller: ReturnType<typeof publicCaller>;

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  caller = publicCaller(db);
});
afterAll(() => cleanup());

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);
const sorted = (xs: string[]) => [...xs].sort();

describe('partners.list', () => {
  it('lists the ten partners of the consortium with the lead partner first', async () => {
    const partners = await caller.partners.list();
    expect(partners).toHaveLength(10);
    expect(partners[0]?.slug).toBe('comune-di-palermo');
    expect(partners[0]?.membership?.role).toBe('lead_partner');
    expect(new Set(slugs(partners)).size).toBe(10);
  });

  it('lists the other partners alphabetically after the lead partner', async () => {
    const names = (await caller.partners.list()).slice(1).map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'it')));
  });

  it('filters by organisation type: health authorities are the three ASPs', async () => {
    const partners = await caller.partners.list({ type: 'health_authority' });
    expect(sorted(slugs(partners))).toEqual(['asp-agrigento', 'asp-siracusa', 'asp-trapani']);
  });

  it('filters by role: only Palermo is lead partner', async () => {
    const partners = await caller.partners.list({ role: 'lead_partner' });
    expect(slugs(partners)).toEqual(['comune-di-palermo']);
  });

  it('filters by province: Agrigento has the Comune, the ASP and the university campus', async () => {
    const partners = await caller.partners.list({ province: 'IT-AG' });
    expect(sorted(slugs(partners))).toEqual([
      'asp-agrigento',
      'comune-di-agrigento',
      'polo-universitario-agrigento',
    ]);
    expect(partners.map((p) => p.shortName)).toContain('Polo Universitario di Agrigento');
  });

  it('filters by membership status: only Comune di Agrigento has withdrawn', async () => {
    const partners = await caller.partners.list({ status: 'withdrawn' });
    expect(slugs(partners)).toEqual(['comune-di-agrigento']);
    const active = await caller.partners.list({ status: 'active' });
    expect(active).toHaveLength(9);
    expect(slugs(active)).not.toContain('comune-di-agrigento');
  });

  it('finds partners by text, whatever the case', async () => {
    expect(slugs(await caller.partners.list({ q: 'policlinico' }))).toEqual(['policlinico-palermo']);
    expect(slugs(await caller.partners.list({ q: 'POLICLINICO' }))).toEqual(['policlinico-palermo']);
    expect(slugs(await caller.partners.list({ q: 'cefpas' }))).toEqual(['cefpas']);
    expect(sorted(slugs(await caller.partners.list({ q: 'ASP' })))).toEqual([
      'asp-agrigento',
      'asp-siracusa',
      'asp-trapani',
    ]);
  });

  it('finds partners by text whatever the accents, in the query or in the data', async () => {
    // Accent in the query, none in the data.
    expect(slugs(await caller.partners.list({ q: 'Políclinico' }))).toEqual(['policlinico-palermo']);
    // Accent in the data ("Città metropolitana"), none in the query.
    expect(slugs(await caller.partners.list({ q: 'citta metropolitana' }))).toEqual(['comune-di-palermo']);
    expect(slugs(await caller.partners.list({ q: 'CITTÀ METROPOLITANA' }))).toEqual(['comune-di-palermo']);
  });

  it('ignores surrounding spaces in the search text', async () => {
    expect(slugs(await caller.partners.list({ q: '  cefpas  ' }))).toEqual(['cefpas']);
  });

  it('combines filters', async () => {
    const aspInAgrigento = await caller.partners.list({ type: 'health_authority', province: 'IT-AG' });
    expect(slugs(aspInAgrigento)).toEqual(['asp-agrigento']);

    const activeInAgrigento = await caller.partners.list({ province: 'IT-AG', status: 'active' });
    expect(sorted(slugs(activeInAgrigento))).toEqual(['asp-agrigento', 'polo-universitario-agrigento']);

    const palermoPartners = await caller.partners.list({ province: 'IT-PA', role: 'partner', q: 'anci' });
    expect(slugs(palermoPartners)).toEqual(['anci-sicilia']);
  });

  it('returns an empty list when nothing matches', async () => {
    // No partner and no service point in Lampedusa.
    expect(await caller.partners.list({ q: 'lampedusa' })).toEqual([]);
    expect(await caller.partners.list({ q: 'zzz-no-such-partner' })).toEqual([]);
    expect(await caller.partners.list({ type: 'health_authority', province: 'IT-CL' })).toEqual([]);
    expect(await caller.partners.list({ role: 'network_member' })).toEqual([]);
  });

  it('shows public fields only: no contact points and no internal columns', async () => {
    for (const partner of await caller.partners.list()) {
      expect(partner).not.toHaveProperty('contacts');
      expect(partner).not.toHaveProperty('contactPoints');
      expect(partner).not.toHaveProperty('createdAt');
      expect(partner).not.toHaveProperty('updatedAt');
      expect(partner).not.toHaveProperty('version');
      expect(partner.membership).not.toHaveProperty('createdAt');
      expect(partner.membership).not.toHaveProperty('version');
      expect(partner.membership).not.toHaveProperty('organizationId');
    }
  });

  it('tells how many service points each partner has', async () => {
    const bySlug = new Map((await caller.partners.list()).map((p) => [p.slug, p.siteCount]));
    expect(bySlug.get('asp-siracusa')).toBe(4);
    expect(bySlug.get('asp-agrigento')).toBe(7);
    expect(bySlug.get('cefpas')).toBe(0);
  });
});

describe('partners.bySlug', () => {
  it('shows Palermo as lead partner', async () => {
    const palermo = await caller.partners.bySlug({ slug: 'comune-di-palermo' });
    expect(palermo.name).toBe('Comune di Palermo');
    expect(palermo.membership?.role).toBe('lead_partner');
    expect(palermo.membership?.status).toBe('active');
  });

  it('shows Comune di Agrigento as withdrawn, with the reason and no invented end date', async () => {
    const agrigento = await caller.partners.bySlug({ slug: 'comune-di-agrigento' });
    expect(agrigento.membership?.status).toBe('withdrawn');
    expect(agrigento.membership?.endReasonIt).toEqual(expect.stringMatching(/\S/));
    expect(agrigento.membership?.endReasonEn).toEqual(expect.stringMatching(/\S/));
    expect(agrigento.membership?.endDate).toBeNull();
    expect(agrigento.membershipHistory).toHaveLength(1);
  });

  it('shows the four service points of ASP Siracusa', async () => {
    const asp = await caller.partners.bySlug({ slug: 'asp-siracusa' });
    expect(asp.sites).toHaveLength(4);
    expect(new Set(asp.sites.map((s) => s.organizationSlug))).toEqual(new Set(['asp-siracusa']));
    expect(sorted(asp.sites.map((s) => s.city))).toEqual(['Augusta', 'Lentini', 'Siracusa', 'Siracusa']);
  });

  it('shows no internal columns on the profile', async () => {
    const profile = await caller.partners.bySlug({ slug: 'anci-sicilia' });
    expect(profile).not.toHaveProperty('createdAt');
    expect(profile).not.toHaveProperty('version');
    for (const contact of profile.contacts) {
      expect(contact).not.toHaveProperty('visibility');
      expect(contact).not.toHaveProperty('createdAt');
      expect(contact).not.toHaveProperty('version');
    }
  });

  it('shows ANCI Sicilia’s public contact and hides contacts meant for members or coordinators', async () => {
    const before = await caller.partners.bySlug({ slug: 'anci-sicilia' });
    expect(before.contacts).toHaveLength(1);
    expect(before.contacts[0]?.label).toBe('Iscrizioni agli eventi ANCI Sicilia');
    expect(before.contacts[0]?.url).toBe('https://www.anci.sicilia.it/iscrizioni/');

    const anci = db.select().from(organizations).where(eq(organizations.slug, 'anci-sicilia')).get()!;
    db.insert(contactPoints)
      .values([
        {
          organizationId: anci.id,
          label: 'Segreteria riservata ai membri',
          email: 'members-only@example.org',
          visibility: 'members',
          source: 'test',
        },
        {
          organizationId: anci.id,
          kind: 'person',
          label: 'Referente del coordinamento',
          phone: '+39 000 0000000',
          visibility: 'coordinators',
          source: 'test',
        },
      ])
      .run();

    const after = await caller.partners.bySlug({ slug: 'anci-sicilia' });
    expect(after.contacts).toEqual(before.contacts);
    const text = JSON.stringify(after);
    expect(text).not.toContain('members-only@example.org');
    expect(text).not.toContain('Referente del coordinamento');
    expect(text).not.toContain('+39 000 0000000');
  });

  it('answers NOT_FOUND for an unknown partner', async () => {
    const error = await rejection(caller.partners.bySlug({ slug: 'does-not-exist' }));
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('invalid input', () => {
  // Casts to `never`: these inputs are wrong on purpose, as a hand-written request could be.
  const cases: [string, (c: typeof caller) => Promise<unknown>][] = [
    ['an unknown organisation type', (c) => c.partners.list({ type: 'bogus' } as never)],
    ['an unknown role', (c) => c.partners.list({ role: 'sponsor' } as never)],
    ['an unknown province', (c) => c.partners.list({ province: 'IT-RM' } as never)],
    ['an unknown filter key', (c) => c.partners.list({ colour: 'red' } as never)],
    ['search text over 100 characters', (c) => c.partners.list({ q: 'a'.repeat(101) })],
    ['a number as search text', (c) => c.partners.list({ q: 42 } as never)],
    ['a string instead of the filter object', (c) => c.partners.list('palermo' as never)],
    ['null instead of the filter object', (c) => c.partners.list(null as never)],
    ['a slug with upper-case letters', (c) => c.partners.bySlug({ slug: 'Comune-di-Palermo' })],
    ['a slug with spaces', (c) => c.partners.bySlug({ slug: 'comune di palermo' })],
    ['an empty slug', (c) => c.partners.bySlug({ slug: '' })],
    ['a number as slug', (c) => c.partners.bySlug({ slug: 7 } as never)],
    ['an unknown key next to the slug', (c) => c.partners.bySlug({ slug: 'cefpas', x: 1 } as never)],
    ['no input to bySlug', (c) => c.partners.bySlug(undefined as never)],
    ['an unknown site kind', (c) => c.sites.list({ kind: 'hospital' } as never)],
    ['an unknown key in the site filters', (c) => c.sites.list({ partner: 'cefpas' } as never)],
  ];

  it.each(cases)('answers BAD_REQUEST, never a server error, for %s', async (_name, call) => {
    const error = await rejection(call(caller));
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('accepts search text of exactly 100 characters', async () => {
    expect(await caller.partners.list({ q: 'a'.repeat(100) })).toEqual([]);
  });

  describe('over HTTP', () => {
    let app: Awaited<ReturnType<typeof startTestApp>>;
    let baseUrl: string;

    beforeAll(async () => {
      app = await startTestApp(db);
      baseUrl = app.baseUrl;
    });
    afterAll(async () => {
      await app.close();
    });

    it('answers 400 with the field errors a form can show next to the field', async () => {
      const input = encodeURIComponent(JSON.stringify({ type: 'bogus' }));
      const response = await fetch(`${baseUrl}/trpc/partners.list?input=${input}`);
      expect(response.status).toBe(400);
      const json = await response.json();
      expect(json.error.data.code).toBe('BAD_REQUEST');
      expect(json.error.data.fieldErrors.type).toEqual({ code: 'INVALID_CHOICE', params: {} });
      expect(json.error.data.stack).toBeUndefined();
    });

    it('answers 404 for an unknown partner', async () => {
      const input = encodeURIComponent(JSON.stringify({ slug: 'does-not-exist' }));
      const response = await fetch(`${baseUrl}/trpc/partners.bySlug?input=${input}`);
      expect(response.status).toBe(404);
      const json = await response.json();
      expect(json.error.data.code).toBe('NOT_FOUND');
      expect(json.error.data).toMatchObject({ appCode: 'PARTNER_NOT_FOUND', fieldErrors: null });
    });

    it('serves the partner list', async () => {
      const response = await fetch(`${baseUrl}/trpc/partners.list`);
      expect(response.status).toBe(200);
      const json = await response.json();
      expect(json.result.data).toHaveLength(10);
    });
  });
});

describe('sites.list', () => {
  it('lists the fourteen service points', async () => {
    const sites = await caller.sites.list();
    expect(sites).toHaveLength(14);
    expect(new Set(slugs(sites)).size).toBe(14);
  });

  it('filters by partner', async () => {
    const sites = await caller.sites.list({ organizationSlug: 'asp-agrigento' });
    expect(sites).toHaveLength(7);
    expect(new Set(sites.map((s) => s.organizationSlug))).toEqual(new Set(['asp-agrigento']));
    expect(await caller.sites.list({ organizationSlug: 'cefpas' })).toEqual([]);
  });

  it('filters by kind: the help desks are in Palermo and Trapani', async () => {
    const desks = await caller.sites.list({ kind: 'help_desk' });
    expect(desks).toHaveLength(2);
    expect(sorted(desks.map((s) => s.city))).toEqual(['Palermo', 'Trapani']);
    expect(sorted(desks.map((s) => s.organizationSlug))).toEqual(['comune-di-palermo', 'comune-di-trapani']);
  });

  it('filters by province', async () => {
    const sites = await caller.sites.list({ province: 'IT-SR' });
    expect(sites).toHaveLength(4);
  });

  it('shows no internal columns', async () => {
    for (const site of await caller.sites.list()) {
      expect(site).not.toHaveProperty('createdAt');
      expect(site).not.toHaveProperty('version');
      expect(site).not.toHaveProperty('organizationId');
    }
  });
});

describe('project.get', () => {
  it('describes COOPERA with its six lines of activity in order', async () => {
    const project = await caller.project.get();
    expect(project.code).toBe('PROG 3031');
    expect(project.acronym).toBe('COOPERA');
    expect(project.activityLines.map((l) => l.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(project.activityLines[0]?.titleIt).toBe('Rete e tavoli tecnici');
    expect(project.activityLines[4]?.titleIt).toBe('Sportelli COOPERA');
  });

  it('flags the inferred start of activity', async () => {
    const project = await caller.project.get();
    expect(project.activityStartConfidence).toBe('inferred');
    expect(project.activityEndConfidence).toBe('confirmed');
    expect(project).not.toHaveProperty('version');
    expect(project).not.toHaveProperty('createdAt');
  });

  it('answers NOT_FOUND on an empty database', async () => {
    const empty = createTestDb({ empty: true });
    try {
      const error = await rejection(publicCaller(empty.db).project.get());
      expect(error).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      empty.cleanup();
    }
  });
});
