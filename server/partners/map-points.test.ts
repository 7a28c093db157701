/**
 * The map at national scale: `partners.points` (compact columns of the network members only),
 * `partners.byProvince` (the shaded provinces' numbers) and `partners.byId` (what a point opens), on a
 * migrated database with the real seed plus a synthetic national network (`seedScale`, labelled).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { comunePositions } from '../../scripts/lib/comune-positions';
import { ORGANIZATION_TYPES } from '../../shared/enums';
import type { Db } from '../db/client';
import { createTestDb, publicCaller, rejection } from '../test-utils';

let db: Db;
let cleanup: () => void;
let caller: ReturnType<typeof publicCaller>;
const ORGS = 800;

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  seedScale(db, { orgs: ORGS, events: 1, attendance: 1, seed: 3 });
  caller = publicCaller(db);
});
afterAll(() => cleanup());

describe('synthetic members at real comune positions', () => {
  it('spreads the members over every Italian region, at the centre of a real comune', () => {
    const rows = db.$client
      .prepare(`SELECT city, province, lat, lng FROM organizations WHERE slug LIKE 'comune-demo-%' OR slug LIKE 'ente-demo-%'`)
      .all() as { city: string; province: string; lat: number; lng: number }[];
    expect(rows).toHaveLength(ORGS);
    const known = new Map(comunePositions().map((c) => [`${c.name}|IT-${c.sigla}`, c]));
    const regions = new Set(rows.map((r) => known.get(`${r.city}|${r.province}`)?.region));
    expect(regions.size).toBe(20);
    for (const r of rows) {
      const c = known.get(`${r.city}|${r.province}`)!;
      expect(c, `${r.city} is a comune of ${r.province}`).toBeDefined();
      expect(Math.abs(c.lat - r.lat) + Math.abs(c.lng - r.lng)).toBeLessThan(0.05);
    }
  });

  it('makes a few project partners with service points, and many network members', async () => {
    const page = await caller.partners.page({ pageSize: 1 });
    expect(page.byRole).toEqual({ lead_partner: 1, partner: 9 + ORGS / 400, network_member: ORGS - ORGS / 400, none: 0 });
    const sites = await caller.sites.list({ organizationSlug: 'ente-demo-400' });
    expect(sites.map((s) => s.kind)).toEqual(expect.arrayContaining(['help_desk', 'outpatient_team', 'mobile_team']));
  });
});

describe('partners.points', () => {
  it('sends the network members only, as same-length columns with positions rounded to 4 decimals', async () => {
    const points = await caller.partners.points({});
    const n = points.ids.length;
    expect(n).toBe(ORGS - ORGS / 400);
    for (const column of [points.types, points.withdrawn, points.lat, points.lng]) expect(column).toHaveLength(n);
    expect(points.types.every((t) => t === ORGANIZATION_TYPES.indexOf('municipality'))).toBe(true);
    expect(points.lat.every((x) => Math.round(x * 1e4) === x * 1e4 || Math.abs(Math.round(x * 1e4) - x * 1e4) < 1e-6)).toBe(true);
    // No project partner among them: those are drawn one by one from partners.list.
    const palermo = (await caller.partners.bySlug({ slug: 'comune-di-palermo' })).id;
    expect(points.ids).not.toContain(palermo);
    // Withdrawn members are flagged (2.5% of the synthetic ones withdraw).
    expect(points.withdrawn.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('follows the map filters: province, search, type', async () => {
    const trapani = await caller.partners.points({ province: 'IT-TP' });
    const inTrapani = await caller.partners.page({ province: 'IT-TP', tier: 'network', pageSize: 100 });
    expect(trapani.ids.sort()).toEqual(inTrapani.items.map((p) => p.id).sort());
    const one = await caller.partners.points({ q: 'demo 427' });
    expect(one.ids).toHaveLength(1);
    expect((await caller.partners.points({ type: 'university' })).ids).toEqual([]);
  });

  it('is a small answer for thousands of members (≈ 30 bytes a point)', async () => {
    const points = await caller.partners.points({});
    expect(JSON.stringify(points).length / points.ids.length).toBeLessThan(40);
  });
});

describe('partners.byProvince', () => {
  it('counts project partners and network members per province, with names and regions', async () => {
    const rows = await caller.partners.byProvince({});
    const total = rows.reduce((n, r) => n + r.partners + r.members, 0);
    expect(total).toBe(ORGS + 10);
    const palermo = rows.find((r) => r.province === 'IT-PA')!;
    expect(palermo).toMatchObject({ name: 'Palermo', region: 'Sicilia' });
    expect(palermo.partners).toBeGreaterThanOrEqual(3); // Comune di Palermo, Policlinico, ANCI Sicilia
    expect(rows.find((r) => r.province === 'IT-MI')).toMatchObject({ name: 'Milano', region: 'Lombardia' });
  });

  it('follows the filters', async () => {
    const rows = await caller.partners.byProvince({ role: 'lead_partner' });
    expect(rows).toEqual([{ province: 'IT-PA', name: 'Palermo', region: 'Sicilia', partners: 1, members: 0 }]);
  });
});

describe('partners.byId', () => {
  it('gives a point its summary, and NOT_FOUND for an unknown id', async () => {
    const id = (await caller.partners.points({ q: 'demo 427' })).ids[0]!;
    const member = await caller.partners.byId({ id });
    expect(member).toMatchObject({ name: 'Comune demo 427', membership: { role: 'network_member' } });
    expect(await rejection(caller.partners.byId({ id: 9_999_999 }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
