/**
 * The register at national scale (issue #11): with thousands of organisations the register's answer
 * names only the invited ones (the invite picker searches the server), and a participant list's
 * preview names every organisation its matches point to, invited or not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../scripts/lib/synthetic-data';
import { insertEvent, orgId } from '../../tests/support/attendance-fixtures';
import type { Db } from '../db/client';
import { callerAs, createTestDb, createTestUser } from '../test-utils';
import { invite, REGISTER_FULL_LIST } from './service';

let db: Db;
let cleanup: () => void;
let coordinator: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  seedScale(db, { orgs: 2000, events: 1, attendance: 1, seed: 5 });
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
});
afterAll(() => cleanup());

describe('the register of a network of 2,010 organisations', () => {
  it('names the invited organisations only, and says how many there are in all', async () => {
    const event = insertEvent(db);
    invite(db, coordinator.user, { eventId: event.id, organizationIds: [orgId(db, 'comune-di-trapani'), orgId(db, 'comune-demo-0427')] });
    const register = await callerAs(db, coordinator).attendance.register({ eventId: event.id });
    expect(register.organizationCount).toBe(2010);
    expect(register.organizationCount).toBeGreaterThan(REGISTER_FULL_LIST);
    expect(register.organizations.map((o) => o.name).sort()).toEqual(['Comune demo 0427', 'Comune di Trapani']);
    expect(JSON.stringify(register).length, 'no longer the whole network').toBeLessThan(5000);
  });

  it('names, in a preview, the organisations its matches point to, invited or not', async () => {
    const event = insertEvent(db);
    const preview = await callerAs(db, coordinator).attendance.importPreview({
      eventId: event.id,
      rows: [{ organization: 'Comune demo 1234' }, { organization: 'ASP Agrigento' }, { organization: 'Nessuno conosciuto' }],
    });
    const named = new Map(preview.organizations.map((o) => [o.id, o.name]));
    for (const m of preview.matches) {
      for (const id of [m.organizationId, ...(m.candidates ?? [])]) if (id !== null) expect(named.has(id), `id ${id} is named`).toBe(true);
    }
    expect(named.get(preview.matches[0]!.organizationId!)).toBe('Comune demo 1234');
  });

  it('still sends every organisation while they are few', async () => {
    const small = createTestDb();
    try {
      const user = await createTestUser(small.db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
      const register = await callerAs(small.db, user).attendance.register({ eventId: insertEvent(small.db).id });
      expect(register.organizations).toHaveLength(register.organizationCount);
    } finally {
      small.cleanup();
    }
  });
});
