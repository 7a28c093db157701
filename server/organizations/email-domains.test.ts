import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { auditLog } from '../db/schema';
import { callerAs, createTestDb, createTestUser, rejection, type TestUser } from '../test-utils';
import { insertEvent, orgId } from '../../tests/support/attendance-fixtures';

const { db, cleanup } = createTestDb();
let coordinator: TestUser;
let editor: TestUser;
const as = (u: TestUser) => callerAs(db, u);
const appCodeOf = async (call: Promise<unknown>) => ((await rejection(call)) as AppError).appCode;
const checksOf = async (call: Promise<unknown>) =>
  ((await rejection(call)) as unknown as { cause: { issues: { message: string }[] } }).cause.issues.map((i) => i.message);

beforeAll(async () => {
  coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  editor = await createTestUser(db, { role: 'editor', orgSlug: 'cefpas', totp: true });
});
afterAll(() => cleanup());

describe('e-mail domains of an organisation', () => {
  it('are stored bare and lower-case, once, and listed for members', async () => {
    const cefpas = orgId(db, 'cefpas');
    const c = as(coordinator).organizations;
    expect(await c.addEmailDomain({ organizationId: cefpas, domain: ' @CEFPAS.it ' })).toEqual({ domain: 'cefpas.it', added: true });
    expect(await c.addEmailDomain({ organizationId: cefpas, domain: 'formazione@cefpas.it' })).toEqual({ domain: 'cefpas.it', added: false });
    expect((await as(editor).organizations.emailDomains({ organizationId: cefpas })).map((d) => d.domain)).toEqual(['cefpas.it']);
    const audits = db.select().from(auditLog).where(and(eq(auditLog.entity, 'email_domain'), eq(auditLog.organizationId, cefpas))).all();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'create', userEmail: coordinator.user.email, after: { domain: 'cefpas.it' } });
  });

  it('refuse what identifies no organisation, a malformed domain, and a domain of another organisation', async () => {
    const c = as(coordinator).organizations;
    const trapani = orgId(db, 'comune-di-trapani');
    expect(await checksOf(c.addEmailDomain({ organizationId: trapani, domain: 'Gmail.com' }))).toEqual(['EMAIL_DOMAIN_SHARED']);
    expect(await checksOf(c.addEmailDomain({ organizationId: trapani, domain: 'pec.it' }))).toEqual(['EMAIL_DOMAIN_SHARED']);
    expect(await checksOf(c.addEmailDomain({ organizationId: trapani, domain: 'comune trapani' }))).toEqual(['EMAIL_DOMAIN_FORMAT']);
    expect(await checksOf(c.addEmailDomain({ organizationId: trapani, domain: 'localhost' }))).toEqual(['EMAIL_DOMAIN_FORMAT']);
    await c.addEmailDomain({ organizationId: trapani, domain: 'comune.trapani.it' });
    const taken = (await rejection(c.addEmailDomain({ organizationId: orgId(db, 'asp-trapani'), domain: 'comune.trapani.it' }))) as AppError;
    expect(taken.appCode).toBe('EMAIL_DOMAIN_TAKEN');
    expect(taken.params).toEqual({ domain: 'comune.trapani.it', organization: 'Comune di Trapani' });
    expect(await appCodeOf(as(editor).organizations.addEmailDomain({ organizationId: orgId(db, 'cefpas'), domain: 'x.cefpas.it' }))).toBe(
      'ROLE_FORBIDDEN',
    );
  });

  it('are removed with an audit row, and removing one not there is refused', async () => {
    const c = as(coordinator).organizations;
    const agrigento = orgId(db, 'comune-di-agrigento');
    await c.addEmailDomain({ organizationId: agrigento, domain: 'comune.agrigento.it' });
    await c.removeEmailDomain({ organizationId: agrigento, domain: 'comune.agrigento.it' });
    expect(await c.emailDomains({ organizationId: agrigento })).toEqual([]);
    expect(await appCodeOf(c.removeEmailDomain({ organizationId: agrigento, domain: 'comune.agrigento.it' }))).toBe('EMAIL_DOMAIN_NOT_FOUND');
    // A domain of another organisation is not removed through this one.
    expect(await appCodeOf(c.removeEmailDomain({ organizationId: agrigento, domain: 'cefpas.it' }))).toBe('EMAIL_DOMAIN_NOT_FOUND');
    const last = db.select().from(auditLog).where(eq(auditLog.entity, 'email_domain')).orderBy(desc(auditLog.id)).get();
    expect(last).toMatchObject({ action: 'delete', organizationId: agrigento, before: { domain: 'comune.agrigento.it' }, after: null });
  });

  it('make the import matcher sure of a participant writing from them, subdomains included', async () => {
    const event = insertEvent(db);
    const c = as(coordinator);
    const rows = [{ email: 'a.b@polo.test.example' }, { email: 'c.d@segreteria.polo.test.example' }];
    expect((await c.attendance.importPreview({ eventId: event.id, rows })).matches[0]).toMatchObject({ organizationId: null });
    const polo = orgId(db, 'polo-universitario-agrigento');
    await c.organizations.addEmailDomain({ organizationId: polo, domain: 'polo.test.example' });
    const [exact, sub] = (await c.attendance.importPreview({ eventId: event.id, rows })).matches;
    expect(exact).toMatchObject({ organizationId: polo, method: 'email_domain', confidence: 1 });
    expect(sub).toMatchObject({ organizationId: polo, method: 'email_domain', confidence: 1 });
  });
});
