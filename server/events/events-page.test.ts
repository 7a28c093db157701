/**
 * events.page: the events list one page at a time (issue #11), on the real seed plus 600 synthetic
 * events (labelled) spread from 2021 to next year: the list's order (upcoming soonest first, then past
 * newest first), totals, the year filter's choices, filters starting again, members-only events hidden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { isPastEvent } from '../../shared/event-dates';
import type { Db } from '../db/client';
import { createTestDb, publicCaller } from '../test-utils';

let db: Db;
let cleanup: () => void;
let caller: ReturnType<typeof publicCaller>;

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  seedScale(db, { orgs: 200, events: 600, attendance: 600, seed: 9 });
  caller = publicCaller(db);
});
afterAll(() => cleanup());

const sortKey = (e: { endsAt: string | null; startsAt: string }) => e.startsAt;

describe('events.page', () => {
  it('pages through every public event once, upcoming soonest first then past newest first', async () => {
    const all = await caller.events.list();
    const first = await caller.events.page({ pageSize: 100 });
    expect(first.total).toBe(all.length);
    expect(first.pages).toBe(Math.ceil(all.length / 100));
    const seen: typeof first.items = [];
    for (let page = 1; page <= first.pages; page++) seen.push(...(await caller.events.page({ page, pageSize: 100 })).items);
    expect(seen.map((e) => e.slug).sort()).toEqual(all.map((e) => e.slug).sort());
    const upcoming = seen.filter((e) => !e.past);
    const past = seen.filter((e) => e.past);
    expect(upcoming.length).toBe(first.upcomingTotal);
    expect(seen.slice(0, upcoming.length).every((e) => !e.past), 'upcoming first').toBe(true);
    expect(upcoming.map(sortKey)).toEqual([...upcoming.map(sortKey)].sort());
    expect(past.map(sortKey)).toEqual([...past.map(sortKey)].sort().reverse());
    for (const e of seen) expect(e.past).toBe(isPastEvent(e));
  });

  it('sends one page, not the whole list', async () => {
    const page = await caller.events.page({});
    expect(page.items).toHaveLength(25);
    expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(await caller.events.list()).length / 10);
  });

  it('gives the years of all the events whatever the filters, and filters the rest', async () => {
    const unfiltered = await caller.events.page({});
    const year = unfiltered.years.at(-1)!;
    const filtered = await caller.events.page({ filters: { from: `${year}-01-01`, to: `${year}-12-31` } });
    expect(filtered.years).toEqual(unfiltered.years);
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(unfiltered.total);
    const webinars = await caller.events.page({ filters: { type: 'webinar' }, pageSize: 100 });
    expect(webinars.items.every((e) => e.type === 'webinar')).toBe(true);
  });

  it('answers an empty page beyond the last, with the totals to link back', async () => {
    const beyond = await caller.events.page({ page: 9999 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBeGreaterThan(0);
  });

  it('keeps members-only events from the public', async () => {
    db.$client.prepare(`UPDATE events SET is_public = 0 WHERE slug = 'evento-demo-001'`).run();
    const slugs = [];
    const first = await caller.events.page({ pageSize: 100 });
    for (let page = 1; page <= first.pages; page++) slugs.push(...(await caller.events.page({ page, pageSize: 100 })).items.map((e) => e.slug));
    expect(slugs).not.toContain('evento-demo-001');
  });
});
