import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { auditLog, contactPoints, memberships, organizations, sites } from '../db/schema';
import { callerAs, createTestDb, createTestUser, publicCaller, rejection, type TestUser } from '../test-utils';

let db: Db;
let cleanup: () => void;
let trapaniId: number;
let anciId: number;
let editorOwn: TestUser;
let editorOther: TestUser;
let viewer: TestUser;
let coordinator: TestUser;
let admin: TestUser;
let as: {
  editorOwn: ReturnType<typeof callerAs>;
  editorOther: ReturnType<typeof callerAs>;
  viewer: ReturnType<typeof callerAs>;
  coordinator: ReturnType<typeof callerAs>;
  admin: ReturnType<typeof callerAs>;
};

const orgId = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  trapaniId = orgId('comune-di-trapani');
  anciId = orgId('anci-sicilia');
  editorOwn = await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-trapani', email: 'referente@trapani.test' });
  editorOther = await createTestUser(db, { role: 'editor', orgSlug: 'anci-sicilia' });
  viewer = await createTestUser(db, { role: 'viewer' });
  coordinator = await createTestUser(db, { role: 'coordinator', totp: true });
  admin = await createTestUser(db, { role: 'admin', totp: true });
  as = {
    editorOwn: callerAs(db, editorOwn),
    editorOther: callerAs(db, editorOther),
    viewer: callerAs(db, viewer),
    coordinator: callerAs(db, coordinator),
    admin: callerAs(db, admin),
  };
});
afterAll(() => cleanup());

/** The code a refused call ends with. */
const refusal = async (call: Promise<unknown>) => (await rejection(call)).code;

const auditRows = () => db.select().from(auditLog).orderBy(asc(auditLog.id)).all();
const contactRow = (id: number) => db.select().from(contactPoints).where(eq(contactPoints.id, id)).get();
const allContacts = () => db.select().from(contactPoints).orderBy(asc(contactPoints.id)).all();
/** The tables a refused or rolled-back write must leave exactly as they were. */
const everything = () => ({
  contacts: allContacts(),
  sites: db.select().from(sites).orderBy(asc(sites.id)).all(),
  organizations: db.select().from(organizations).orderBy(asc(organizations.id)).all(),
  memberships: db.select().from(memberships).orderBy(asc(memberships.id)).all(),
  audit: auditRows(),
});

let serial = 0;
const newContact = (overrides: Record<string, unknown> = {}, caller = as.editorOwn) =>
  caller.contacts.create({
    organizationId: trapaniId,
    label: `Ufficio di prova ${++serial}`,
    function: 'Accoglienza',
    email: `ufficio-${serial}@trapani.test`,
    phone: '+39 0923 590000',
    visibility: 'members',
    ...overrides,
  });

const newSite = (organizationId = trapaniId, caller = as.coordinator) =>
  caller.sites.create({
    organizationId,
    kind: 'office',
    nameIt: `Sede di prova ${++serial}`,
    province: organizationId === trapaniId ? 'IT-TP' : 'IT-PA',
    city: organizationId === trapaniId ? 'Trapani' : 'Palermo',
  });

describe('audit rows', () => {
  it('records who created a contact, with the values and no "before"', async () => {
    const before = auditRows().length;
    const contact = await newContact({ label: 'Sportello immigrazione' });
    const rows = auditRows().slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: editorOwn.row.id,
      userEmail: 'referente@trapani.test',
      action: 'create',
      entity: 'contact',
      entityId: contact.id,
      organizationId: trapaniId,
      before: null,
    });
    expect(rows[0]!.after).toMatchObject({
      id: contact.id,
      label: 'Sportello immigrazione',
      visibility: 'members',
      version: 1,
    });
    expect(Date.parse(rows[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records the values before and after an update', async () => {
    const contact = await newContact({ label: 'Segreteria' });
    const before = auditRows().length;
    const updated = await as.editorOwn.contacts.update({
      id: contact.id,
      version: contact.version,
      label: 'Segreteria generale',
    });
    expect(updated.version).toBe(contact.version + 1);
    const rows = auditRows().slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'update',
      entity: 'contact',
      entityId: contact.id,
      userEmail: editorOwn.row.email,
    });
    expect(rows[0]!.before).toMatchObject({ label: 'Segreteria', version: contact.version });
    expect(rows[0]!.after).toMatchObject({ label: 'Segreteria generale', version: contact.version + 1 });
  });

  it('records what a deleted contact was', async () => {
    const contact = await newContact({ label: 'Da eliminare' });
    const before = auditRows().length;
    expect(await as.editorOwn.contacts.delete({ id: contact.id, version: contact.version })).toEqual({ ok: true });
    expect(contactRow(contact.id)).toBeUndefined();
    const rows = auditRows().slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'delete', entity: 'contact', entityId: contact.id, after: null });
    expect(rows[0]!.before).toMatchObject({ label: 'Da eliminare' });
  });

  it('records organisation, site and membership changes too, under their organisation', async () => {
    const before = auditRows().length;
    const org = await as.editorOwn.organizations.get({ id: trapaniId });
    await as.editorOwn.organizations.update({ id: trapaniId, version: org.version, descriptionEn: 'Updated by the referent' });
    const site = await newSite(trapaniId, as.editorOwn);
    const membership = await as.coordinator.memberships.create({
      organizationId: trapaniId,
      role: 'network_member',
      status: 'ended',
    });
    const rows = auditRows().slice(before);
    expect(rows.map((r) => [r.action, r.entity, r.entityId, r.organizationId])).toEqual([
      ['update', 'organization', trapaniId, trapaniId],
      ['create', 'site', site.id, trapaniId],
      ['create', 'membership', membership.id, trapaniId],
    ]);
    expect(rows[2]!.userEmail).toBe(coordinator.row.email);
  });
});

describe('two people editing the same record', () => {
  it('refuses the stale save with CONFLICT, keeps the first change and audits only that one', async () => {
    const contact = await newContact({ label: 'Ufficio relazioni' });
    // Both open the form at version 1.
    const open = async (caller: ReturnType<typeof callerAs>) =>
      (await caller.contacts.list({ organizationId: trapaniId })).find((c) => c.id === contact.id)!;
    const seenByEditor = await open(as.editorOwn);
    const seenByCoordinator = await open(as.coordinator);
    expect(seenByEditor.version).toBe(1);
    expect(seenByCoordinator.version).toBe(1);

    await as.editorOwn.contacts.update({
      id: contact.id,
      version: seenByEditor.version,
      label: 'Ufficio relazioni con il pubblico',
    });
    const auditAfterFirst = auditRows();

    const stale = await rejection(
      as.coordinator.contacts.update({ id: contact.id, version: seenByCoordinator.version, label: 'URP' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/someone else saved/i);
    expect(contactRow(contact.id)).toMatchObject({ label: 'Ufficio relazioni con il pubblico', version: 2 });
    expect(auditRows()).toEqual(auditAfterFirst);
  });

  it('refuses a stale delete too', async () => {
    const contact = await newContact();
    await as.editorOwn.contacts.update({ id: contact.id, version: 1, function: 'Nuova funzione' });
    const stale = await rejection(as.coordinator.contacts.delete({ id: contact.id, version: 1 }));
    expect(stale.code).toBe('CONFLICT');
    expect(contactRow(contact.id)).toBeDefined();
  });
});

describe('refused writes change nothing', () => {
  it('a reference to a record that does not exist is a typed refusal, not a server fault', async () => {
    const before = everything();
    const refused = await rejection(
      as.coordinator.contacts.create({ organizationId: 999_999, label: 'Ufficio fantasma', visibility: 'public' }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect((refused as { appCode?: string }).appCode).toBe('REFERENCE_UNKNOWN');
    expect(everything()).toEqual(before);
  });

  it('an editor of another organisation cannot create, update or delete, and leaves no trace', async () => {
    const contact = await newContact();
    const before = everything();
    expect(await refusal(as.editorOther.contacts.update({ id: contact.id, version: 1, label: 'Preso' }))).toBe('FORBIDDEN');
    expect(await refusal(as.editorOther.contacts.delete({ id: contact.id, version: 1 }))).toBe('FORBIDDEN');
    expect(await refusal(newContact({}, as.editorOther))).toBe('FORBIDDEN');
    expect(everything()).toEqual(before);
  });

  it('a contact cannot be put at a site of another organisation', async () => {
    const foreignSite = await newSite(anciId);
    const contact = await newContact();
    const before = everything();
    expect(await refusal(newContact({ siteId: foreignSite.id }))).toBe('BAD_REQUEST');
    expect(await refusal(as.editorOwn.contacts.update({ id: contact.id, version: 1, siteId: foreignSite.id }))).toBe(
      'BAD_REQUEST',
    );
    expect(await refusal(newContact({ siteId: 999_999 }))).toBe('BAD_REQUEST');
    expect(everything()).toEqual(before);
  });

  it('a viewer writes nothing', async () => {
    const before = everything();
    expect(await refusal(newContact({}, as.viewer))).toBe('FORBIDDEN');
    expect(everything()).toEqual(before);
  });
});

describe('the change and its audit row are one transaction', () => {
  /** Makes every audit insert fail, runs `fn`, then removes the failure. */
  async function withBrokenAudit(fn: () => Promise<void>) {
    db.$client.exec(
      "CREATE TRIGGER audit_unavailable BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END",
    );
    try {
      await fn();
    } finally {
      db.$client.exec('DROP TRIGGER audit_unavailable');
    }
  }

  it('rolls back the change when its audit row cannot be written', async () => {
    const contact = await newContact({ label: 'Prima del guasto' });
    const site = await newSite();
    await as.coordinator.contacts.update({ id: contact.id, version: 1, siteId: site.id });
    const before = everything();
    const trapaniVersion = before.organizations.find((o) => o.id === trapaniId)!.version;

    await withBrokenAudit(async () => {
      const errors = [
        await rejection(as.editorOwn.contacts.update({ id: contact.id, version: 2, label: 'Dopo il guasto' })),
        await rejection(newContact({ label: 'Mai creato' })),
        await rejection(as.editorOwn.contacts.delete({ id: contact.id, version: 2 })),
        // The site's contacts are detached first: that must be undone too.
        await rejection(as.editorOwn.sites.delete({ id: site.id, version: site.version })),
        await rejection(as.coordinator.organizations.update({ id: trapaniId, version: trapaniVersion, city: 'Erice' })),
      ];
      for (const error of errors) expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    });

    expect(everything()).toEqual(before);
    expect(contactRow(contact.id)).toMatchObject({ label: 'Prima del guasto', siteId: site.id, version: 2 });
    // And with the audit back, the same change goes through.
    await as.editorOwn.contacts.update({ id: contact.id, version: 2, label: 'Dopo il guasto' });
    expect(auditRows().at(-1)).toMatchObject({ action: 'update', entityId: contact.id });
  });
});

describe('audit.list', () => {
  let ids: { a: number; b: number };
  beforeAll(async () => {
    const a = await newContact({ label: 'Filtro A' });
    const b = await newContact({ label: 'Filtro B' });
    await as.editorOwn.contacts.update({ id: a.id, version: 1, function: 'Uno' });
    await as.editorOwn.contacts.update({ id: a.id, version: 2, function: 'Due' });
    await as.coordinator.contacts.create({ organizationId: anciId, label: 'Contatto ANCI', visibility: 'public' });
    ids = { a: a.id, b: b.id };
  });

  it('filters by record', async () => {
    const { items } = await as.coordinator.audit.list({ entity: 'contact', entityId: ids.a });
    expect(items.map((i) => i.action)).toEqual(['update', 'update', 'create']);
    expect(items.every((i) => i.entityId === ids.a && i.entity === 'contact')).toBe(true);
    expect(items[0]!.before).toMatchObject({ function: 'Uno' });
    expect(items[0]!.after).toMatchObject({ function: 'Due' });
  });

  it('filters by organisation, entity and action', async () => {
    const anci = await as.coordinator.audit.list({ organizationId: anciId });
    expect(anci.items.length).toBeGreaterThan(0);
    expect(anci.items.every((i) => i.organizationId === anciId && i.organizationShortName)).toBe(true);

    const sitesOnly = await as.admin.audit.list({ entity: 'site' });
    expect(sitesOnly.items.length).toBeGreaterThan(0);
    expect(sitesOnly.items.every((i) => i.entity === 'site')).toBe(true);

    const creates = await as.coordinator.audit.list({ action: 'create', organizationId: trapaniId });
    expect(creates.items.length).toBeGreaterThan(0);
    expect(creates.items.every((i) => i.action === 'create' && i.organizationId === trapaniId)).toBe(true);

    const byUser = await as.coordinator.audit.list({ userId: editorOwn.row.id });
    expect(byUser.items.every((i) => i.userEmail === editorOwn.row.email)).toBe(true);

    expect((await as.coordinator.audit.list({ to: '2000-01-01' })).items).toEqual([]);
  });

  it('pages newest first with nextBefore, without gaps or repeats', async () => {
    const all = (await as.coordinator.audit.list({ limit: 200 })).items.map((i) => i.id);
    expect(all.length).toBeGreaterThan(5);
    expect(all).toEqual([...all].sort((x, y) => y - x));

    const paged: number[] = [];
    let before: number | undefined;
    for (let page = 0; page < 100; page++) {
      const { items, nextBefore } = await as.coordinator.audit.list({ limit: 2, before });
      expect(items.length).toBeLessThanOrEqual(2);
      paged.push(...items.map((i) => i.id));
      if (nextBefore === null) break;
      expect(nextBefore).toBe(items.at(-1)!.id);
      before = nextBefore;
    }
    expect(paged).toEqual(all);
  });
});

describe('people in contacts (GDPR)', () => {
  it('refuses a contact naming a person without legal basis and review date', async () => {
    const before = everything();
    const person = { kind: 'person', label: 'Dott.ssa Maria Rossi' };
    expect(await refusal(newContact(person))).toBe('BAD_REQUEST');
    expect(await refusal(newContact({ ...person, legalBasis: 'consent' }))).toBe('BAD_REQUEST');
    expect(await refusal(newContact({ ...person, reviewDue: '2030-01-01' }))).toBe('BAD_REQUEST');
    expect(everything()).toEqual(before);
  });

  it('refuses turning a contact into a person, or a person losing its basis, on update', async () => {
    const office = await newContact();
    expect(await refusal(as.editorOwn.contacts.update({ id: office.id, version: 1, kind: 'person' }))).toBe('BAD_REQUEST');
    const person = await newContact({
      kind: 'person',
      label: 'Maria Rossi',
      legalBasis: 'public_task',
      reviewDue: '2030-01-01',
    });
    const update = (patch: object) => as.editorOwn.contacts.update({ id: person.id, version: 1, ...patch });
    expect(await refusal(update({ legalBasis: null }))).toBe('BAD_REQUEST');
    expect(await refusal(update({ reviewDue: '' }))).toBe('BAD_REQUEST');
    expect(contactRow(person.id)).toMatchObject({ legalBasis: 'public_task', reviewDue: '2030-01-01', version: 1 });
  });

  it('lists person contacts whose review date has come for coordinators', async () => {
    const due = await newContact({ kind: 'person', label: 'Giuseppe Verdi', legalBasis: 'consent', reviewDue: '2020-06-30' });
    const future = await newContact({ kind: 'person', label: 'Anna Bianchi', legalBasis: 'consent', reviewDue: '2099-01-01' });
    const office = await newContact({ reviewDue: '2020-01-01' });
    const list = await as.coordinator.contacts.reviewDue();
    const listed = list.map((c) => c.id);
    expect(listed).toContain(due.id);
    expect(listed).not.toContain(future.id);
    expect(listed).not.toContain(office.id);
    expect(list.find((c) => c.id === due.id)).toMatchObject({
      organizationSlug: 'comune-di-trapani',
      legalBasis: 'consent',
      version: 1,
    });
  });

  it('disabling a contact removes it from every view, for everyone', async () => {
    const leaving = await newContact({
      kind: 'person',
      label: 'Persona che lascia l’ente',
      visibility: 'public',
      legalBasis: 'published_by_body',
      reviewDue: '2020-01-01',
    });
    const publicContacts = async () =>
      (await publicCaller(db).partners.bySlug({ slug: 'comune-di-trapani' })).contacts.map((c) => c.id);
    expect(await publicContacts()).toContain(leaving.id);

    await as.editorOwn.contacts.update({ id: leaving.id, version: leaving.version, disabled: true });

    expect(contactRow(leaving.id)!.disabledAt).not.toBeNull();
    for (const [who, caller] of Object.entries(as)) {
      const list = await caller.contacts.list({ organizationId: trapaniId });
      expect(list.map((c) => c.id), who).not.toContain(leaving.id);
    }
    const profile = await publicCaller(db).partners.bySlug({ slug: 'comune-di-trapani' });
    expect(profile.contacts.map((c) => c.id)).not.toContain(leaving.id);
    expect(JSON.stringify(profile)).not.toContain('Persona che lascia');
    expect((await as.coordinator.contacts.reviewDue()).map((c) => c.id)).not.toContain(leaving.id);
    // It stays in the audit trail.
    const history = await as.coordinator.audit.list({ entity: 'contact', entityId: leaving.id });
    expect(history.items[0]!.after).toMatchObject({ disabledAt: expect.any(String) });
  });
});

describe('sites', () => {
  it('deleting a site keeps its contacts, now without a site', async () => {
    const site = await newSite(trapaniId, as.editorOwn);
    const contact = await newContact({ siteId: site.id });
    await as.editorOwn.sites.delete({ id: site.id, version: site.version });
    expect(db.select().from(sites).where(eq(sites.id, site.id)).get()).toBeUndefined();
    expect(contactRow(contact.id)).toMatchObject({ label: contact.label, siteId: null });
    expect(auditRows().at(-1)).toMatchObject({ action: 'delete', entity: 'site', entityId: site.id });
  });

  it('deleting a site records the contacts it detached in the audit trail, as changes of those contacts', async () => {
    const site = await newSite(trapaniId, as.editorOwn);
    const contact = await newContact({ siteId: site.id });
    await as.editorOwn.sites.delete({ id: site.id, version: site.version });
    // Every change is audited with its before and after, and bumps the version (stale forms must reload).
    const history = await as.coordinator.audit.list({ entity: 'contact', entityId: contact.id });
    expect(history.items[0]).toMatchObject({ action: 'update', before: { siteId: site.id }, after: { siteId: null } });
    expect(contactRow(contact.id)!.version).toBe(contact.version + 1);
  });
});

describe('memberships', () => {
  it('allows only one active lead partner', async () => {
    const before = everything();
    const second = await rejection(
      as.coordinator.memberships.create({ organizationId: trapaniId, role: 'lead_partner', status: 'active' }),
    );
    expect(second.code).toBe('CONFLICT');
    const trapani = (await as.coordinator.memberships.list({ organizationId: trapaniId })).find((m) => m.status === 'active')!;
    const promoted = await rejection(
      as.coordinator.memberships.update({ id: trapani.id, version: trapani.version, role: 'lead_partner' }),
    );
    expect(promoted.code).toBe('CONFLICT');
    expect(everything()).toEqual(before);
    // An ended lead partnership is history, not a second lead.
    await as.coordinator.memberships.create({ organizationId: trapaniId, role: 'lead_partner', status: 'ended' });
  });

  it('requires the reason of a withdrawal', async () => {
    const before = everything();
    const created = await rejection(
      as.coordinator.memberships.create({ organizationId: anciId, role: 'network_member', status: 'withdrawn' }),
    );
    expect(created.code).toBe('BAD_REQUEST');
    const membership = await as.coordinator.memberships.create({
      organizationId: anciId,
      role: 'network_member',
      status: 'active',
    });
    const after = everything();
    const withdrawn = await rejection(
      as.coordinator.memberships.update({ id: membership.id, version: membership.version, status: 'withdrawn' }),
    );
    expect(withdrawn.code).toBe('BAD_REQUEST');
    expect(everything()).toEqual(after);
    expect(after.memberships.length).toBe(before.memberships.length + 1);
    const ok = await as.coordinator.memberships.update({
      id: membership.id,
      version: membership.version,
      status: 'withdrawn',
      endReasonIt: 'Recesso deliberato dalla giunta',
    });
    expect(ok).toMatchObject({ status: 'withdrawn', endReasonIt: 'Recesso deliberato dalla giunta' });
  });

  // The update schemas check only the fields sent: these rules must hold for the record as saved.
  const withdrawnMembership = () =>
    as.coordinator.memberships.create({
      organizationId: anciId,
      role: 'network_member',
      status: 'withdrawn',
      startDate: '2024-01-01',
      endReasonIt: 'Recesso',
    });

  it('keeps the reason of a membership already withdrawn when a later edit clears it', async () => {
    const membership = await withdrawnMembership();
    const error = await rejection(as.coordinator.memberships.update({ id: membership.id, version: 1, endReasonIt: '' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(db.select().from(memberships).where(eq(memberships.id, membership.id)).get()!.endReasonIt).toBe('Recesso');
  });

  it('refuses an end date before the saved start date', async () => {
    const membership = await withdrawnMembership();
    const error = await rejection(as.coordinator.memberships.update({ id: membership.id, version: 1, endDate: '2023-01-01' }));
    expect(error.code).toBe('BAD_REQUEST');
  });
});

describe('coordinates', () => {
  it('keeps coordinates in pairs on the saved record', async () => {
    const site = await as.coordinator.sites.create({
      organizationId: trapaniId,
      kind: 'office',
      nameIt: 'Sede con coordinate',
      province: 'IT-TP',
      city: 'Trapani',
      lat: 38.0174,
      lng: 12.5365,
    });
    // Removing only the latitude would leave a point the map cannot draw.
    expect((await rejection(as.coordinator.sites.update({ id: site.id, version: 1, lat: null }))).code).toBe('BAD_REQUEST');
  });
});
