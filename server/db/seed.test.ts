import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SICILY_BOUNDS } from '../../shared/enums';
import type { Source } from '../../shared/schemas/common';
import { createTestDb } from '../test-utils';
import { migrationsFolder, openDatabase, type Db } from './client';
import { activityLines, contactPoints, memberships, meta, organizations, projects, sites } from './schema';
import { loadSeed } from './seed';
import { seedData } from './seed-data';

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
});
afterAll(() => cleanup());

type Table =
  | typeof organizations
  | typeof memberships
  | typeof sites
  | typeof contactPoints
  | typeof projects
  | typeof activityLines;
const countRows = (d: Db, table: Table) => d.select({ n: sql<number>`count(*)` }).from(table).get()!.n;

/** Row counts of every seeded table, to compare before and after a second load. */
function rowCounts(d: Db) {
  const count = (table: Table) => countRows(d, table);
  return {
    projects: count(projects),
    activityLines: count(activityLines),
    organizations: count(organizations),
    memberships: count(memberships),
    sites: count(sites),
    contactPoints: count(contactPoints),
  };
}

const isHttpsUrl = (s: Source) => {
  try {
    return new URL(s.url).protocol === 'https:';
  } catch {
    return false;
  }
};

const insideSicily = (lat: number | null, lng: number | null) =>
  lat !== null &&
  lng !== null &&
  lat >= SICILY_BOUNDS.minLat &&
  lat <= SICILY_BOUNDS.maxLat &&
  lng >= SICILY_BOUNDS.minLng &&
  lng <= SICILY_BOUNDS.maxLng;

describe('the default seed', () => {
  it('holds exactly the ten organisations of the consortium', () => {
    expect(countRows(db, organizations)).toBe(10);
    expect(countRows(db, memberships)).toBe(10);
  });

  it('has exactly one lead partner, the Comune di Palermo', () => {
    const leads = db
      .select({ slug: organizations.slug })
      .from(memberships)
      .innerJoin(organizations, eq(memberships.organizationId, organizations.id))
      .where(eq(memberships.role, 'lead_partner'))
      .all();
    expect(leads).toEqual([{ slug: 'comune-di-palermo' }]);
  });

  it('keeps Comune di Agrigento as a withdrawn membership with its reason, not a deletion', () => {
    const rows = db
      .select({ membership: memberships })
      .from(memberships)
      .innerJoin(organizations, eq(memberships.organizationId, organizations.id))
      .where(eq(organizations.slug, 'comune-di-agrigento'))
      .all();
    expect(rows).toHaveLength(1);
    const m = rows[0]!.membership;
    expect(m.status).toBe('withdrawn');
    expect(m.endReasonIt?.trim()).toBeTruthy();
    expect(m.endReasonEn?.trim()).toBeTruthy();
    expect(m.sources.length).toBeGreaterThan(0);
  });

  it('gives every organisation, membership, site and activity line at least one https source', () => {
    const tables = {
      organizations: db.select({ id: organizations.slug, sources: organizations.sources }).from(organizations).all(),
      memberships: db.select({ id: memberships.id, sources: memberships.sources }).from(memberships).all(),
      sites: db.select({ id: sites.slug, sources: sites.sources }).from(sites).all(),
      activityLines: db.select({ id: activityLines.position, sources: activityLines.sources }).from(activityLines).all(),
    };
    for (const [table, rows] of Object.entries(tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.sources.length, `${table} ${row.id}`).toBeGreaterThan(0);
        expect(row.sources.every(isHttpsUrl), `${table} ${row.id}`).toBe(true);
      }
    }
  });

  it('gives the project itself https sources', () => {
    const project = db.select().from(projects).get()!;
    expect(project.sources.length).toBeGreaterThan(0);
    expect(project.sources.every(isHttpsUrl)).toBe(true);
  });

  it('places every organisation and site inside Sicily and says how precise the position is', () => {
    const places = [
      ...db.select().from(organizations).all().map((o) => ({ ...o, what: `organisation ${o.slug}` })),
      ...db.select().from(sites).all().map((s) => ({ ...s, what: `site ${s.slug}` })),
    ];
    expect(places).toHaveLength(24);
    for (const p of places) {
      expect(insideSicily(p.lat, p.lng), p.what).toBe(true);
      expect(p.coordinatePrecision, p.what).toMatch(/^(exact|approximate)$/);
    }
  });

  it('gives every contact point a source', () => {
    const contacts = db.select().from(contactPoints).all();
    expect(contacts.length).toBeGreaterThan(0);
    for (const c of contacts) expect(c.source.trim(), c.label).not.toBe('');
  });

  it('invents no e-mail address or phone number: the sources give none', () => {
    const contacts = db.select().from(contactPoints).all();
    for (const c of contacts) {
      expect(c.email, c.label).toBeNull();
      expect(c.phone, c.label).toBeNull();
    }
    for (const o of db.select().from(organizations).all()) expect(o.pec, o.slug).toBeNull();
  });

  it('has the fourteen service points in the places the sources name', () => {
    const cities = new Set(db.select({ city: sites.city }).from(sites).all().map((s) => s.city));
    expect(countRows(db, sites)).toBe(14);
    for (const city of [
      'Siracusa',
      'Lentini',
      'Augusta',
      'Agrigento',
      'Canicattì',
      'Licata',
      'Palma di Montechiaro',
      'Trapani',
      'Palermo',
    ]) {
      expect(cities, city).toContain(city);
    }
  });

  it('records the project with six lines of activity and flags the inferred start date', () => {
    const project = db.select().from(projects).get()!;
    expect(project.code).toBe('PROG 3031');
    expect(project.activityStartConfidence).toBe('inferred');
    expect(countRows(db, activityLines)).toBe(6);
  });
});

describe('loading the seed again', () => {
  it('changes nothing and says so', () => {
    const before = rowCounts(db);
    expect(loadSeed(db, seedData)).toEqual({ loaded: false });
    expect(loadSeed(db, seedData)).toEqual({ loaded: false });
    expect(rowCounts(db)).toEqual(before);
  });

  describe('after the lead partner edited the data', () => {
    // Its own database: these tests change the seeded rows.
    let edited: ReturnType<typeof createTestDb>;
    const newDescription = 'Descrizione aggiornata dal capofila.';
    const deletedSite = 'asp-siracusa-equipe-mobile';
    let countsAfterEdit: ReturnType<typeof rowCounts>;

    beforeAll(() => {
      edited = createTestDb();
      const d = edited.db;
      d.update(organizations)
        .set({ descriptionIt: newDescription })
        .where(eq(organizations.slug, 'cefpas'))
        .run();
      d.delete(sites).where(eq(sites.slug, deletedSite)).run();
      countsAfterEdit = rowCounts(d);
    });
    afterAll(() => edited.cleanup());

    const expectEditsKept = () => {
      const d = edited.db;
      const cefpas = d.select().from(organizations).where(eq(organizations.slug, 'cefpas')).get();
      expect(cefpas?.descriptionIt).toBe(newDescription);
      expect(d.select().from(sites).where(eq(sites.slug, deletedSite)).get()).toBeUndefined();
      expect(rowCounts(d)).toEqual(countsAfterEdit);
      expect(rowCounts(d).sites).toBe(13);
    };

    it('keeps the edit and does not bring the deleted site back', () => {
      expect(loadSeed(edited.db, seedData)).toEqual({ loaded: false });
      expectEditsKept();
    });

    it('keeps them even when the seed runs again from scratch (seed marker removed)', () => {
      edited.db.delete(meta).where(eq(meta.key, 'seed:coopera')).run();
      expect(loadSeed(edited.db, seedData)).toEqual({ loaded: true });
      expectEditsKept();
      // No duplicates: slugs and (project, position) stay unique.
      const orgSlugs = edited.db.select({ slug: organizations.slug }).from(organizations).all();
      expect(new Set(orgSlugs.map((o) => o.slug)).size).toBe(10);
      expect(countRows(edited.db, memberships)).toBe(10);
      expect(countRows(edited.db, activityLines)).toBe(6);
      expect(countRows(edited.db, projects)).toBe(1);
      // The marker is back, so the next start is a no-op again.
      expect(loadSeed(edited.db, seedData)).toEqual({ loaded: false });
    });
  });
});

describe('restarting the server on the same database file', () => {
  it('keeps the data and applies no migration twice', () => {
    const first = createTestDb();
    try {
      const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
      const migrationCount = (d: Db) =>
        d.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`).n;
      expect(migrationCount(first.db)).toBe(journal.entries.length);
      const counts = rowCounts(first.db);
      first.db.$client.close();

      const reopened = openDatabase(first.file);
      try {
        expect(migrationCount(reopened)).toBe(journal.entries.length);
        expect(rowCounts(reopened)).toEqual(counts);
        expect(loadSeed(reopened, seedData)).toEqual({ loaded: false });
        expect(rowCounts(reopened)).toEqual(counts);
      } finally {
        reopened.$client.close();
      }
    } finally {
      fs.rmSync(path.dirname(first.file), { recursive: true, force: true });
    }
  });
});
