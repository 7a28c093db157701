/**
 * Issue #12: what the lead partner states on the accessibility statement and the privacy notice —
 * empty on a fresh database, filled in by a coordinator, audited, a stale save refused whole, an
 * address that is not an e-mail or a link that is not http(s) refused with a typed error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { callerAs, createTestDb, createTestUser, publicCaller, rejection, type TestUser } from '../test-utils';

let db: Db;
let cleanup: () => void;
let coordinator: TestUser;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
});
afterAll(() => cleanup());

describe('site settings', () => {
  it('are empty until the lead partner states them: nothing is made up', async () => {
    expect(await publicCaller(db).settings.get()).toMatchObject({
      accessibilityEmail: null,
      accessibilityStatementUrl: null,
      privacyController: null,
      privacyDpo: null,
      privacyEmail: null,
      version: 1,
    });
  });

  it('are saved by a coordinator, shown to everyone, and audited', async () => {
    const saved = await callerAs(db, coordinator).settings.update({
      accessibilityEmail: ' Accessibilita@Comune.Palermo.it ',
      accessibilityStatementUrl: 'https://form.agid.gov.it/view/00000000-0000-0000-0000-000000000000',
      privacyController: 'Comune di Palermo',
      privacyDpo: '',
      privacyEmail: '',
      version: 1,
    });
    expect(saved).toMatchObject({ accessibilityEmail: 'accessibilita@comune.palermo.it', privacyDpo: null, version: 2 });
    expect((await publicCaller(db).settings.get()).privacyController).toBe('Comune di Palermo');
    const audit = db.$client.prepare(`SELECT action, entity FROM audit_log WHERE entity = 'site_settings'`).all();
    expect(audit).toEqual([{ action: 'update', entity: 'site_settings' }]);
  });

  it('refuse a stale save, a bad address and a javascript: link, writing nothing', async () => {
    const c = callerAs(db, coordinator).settings;
    expect((await rejection(c.update({ privacyDpo: 'Ufficio RPD', version: 1 }))).code).toBe('CONFLICT');
    expect((await rejection(c.update({ accessibilityEmail: 'not an address', version: 2 }))).code).toBe('BAD_REQUEST');
    expect((await rejection(c.update({ accessibilityStatementUrl: 'javascript:alert(1)', version: 2 }))).code).toBe('BAD_REQUEST');
    expect(await publicCaller(db).settings.get()).toMatchObject({ privacyDpo: null, version: 2 });
  });
});
