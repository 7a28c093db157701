import { and, asc, eq, sql } from 'drizzle-orm';
import type { BodyAddComuneInput, BodyCreateInput, BodyMemberInput, BodyMemberRemoveInput, BodyUpdateInput } from '../../shared/schemas/bodies';
import { romeToday } from '../../shared/event-dates';
import { slugify } from '../../shared/slug';
import { audit, assertSlugFree, auditedInsert, auditedUpdate, writeAudit } from '../audit/audited';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { attendance, bodyMembers, events, governanceBodies, memberships, organizations, projects } from '../db/schema';
import { appError } from '../errors';
import { comuneByIstatCode } from './comuni';

/**
 * Governance bodies and their members. A member joins (since) and leaves (until) on known days or on
 * unknown ones (null); an organisation that left is kept with its dates, so past registers still
 * read right, and is no longer invited to the body's later events (server/attendance/service.ts).
 */

/** A body with every member, current and past, for the body's page. */
export function getBody(db: Db, slug: string) {
  const body = db.select().from(governanceBodies).where(eq(governanceBodies.slug, slug)).get();
  if (!body) throw appError('BODY_NOT_FOUND', { ref: `"${slug}"` });
  const today = romeToday();
  const members = db
    .select({
      organizationId: bodyMembers.organizationId,
      since: bodyMembers.since,
      until: bodyMembers.until,
      slug: organizations.slug,
      name: organizations.name,
      shortName: organizations.shortName,
      type: organizations.type,
      province: organizations.province,
      istatCode: organizations.istatCode,
      hasPosition: sql<number>`${organizations.lat} IS NOT NULL`,
      registerLines: sql<number>`(SELECT count(*) FROM ${attendance} a JOIN ${events} e ON e.id = a.event_id WHERE e.body_id = ${bodyMembers.bodyId} AND a.organization_id = ${bodyMembers.organizationId})`,
    })
    .from(bodyMembers)
    .innerJoin(organizations, eq(bodyMembers.organizationId, organizations.id))
    .where(eq(bodyMembers.bodyId, body.id))
    .orderBy(asc(organizations.name))
    .all()
    .map((m) => ({ ...m, hasPosition: Boolean(m.hasPosition), current: (!m.since || m.since <= today) && (!m.until || m.until >= today) }));
  return { ...body, members };
}

export function createBody(db: Db, actor: SessionUser, input: BodyCreateInput) {
  return auditedInsert(db, actor, 'body', { ...input, descriptionIt: input.descriptionIt ?? '', descriptionEn: input.descriptionEn ?? '' }, (values, tx) => {
    if (tx.select({ id: governanceBodies.id }).from(governanceBodies).where(eq(governanceBodies.slug, values.slug)).get()) {
      throw appError('SLUG_TAKEN', { slug: values.slug });
    }
  });
}

export function updateBody(db: Db, actor: SessionUser, input: BodyUpdateInput) {
  const { id, version, ...patch } = input;
  return auditedUpdate(db, actor, 'body', id, version, patch, () => {});
}

function loadBody(tx: Tx, bodyId: number) {
  const body = tx.select().from(governanceBodies).where(eq(governanceBodies.id, bodyId)).get();
  if (!body) throw appError('BODY_NOT_FOUND', { ref: String(bodyId) });
  return body;
}

const memberRow = (tx: Tx, bodyId: number, organizationId: number) =>
  tx
    .select()
    .from(bodyMembers)
    .where(and(eq(bodyMembers.bodyId, bodyId), eq(bodyMembers.organizationId, organizationId)))
    .get();

/** The audit row of a member joining, changing dates or leaving a body, filed under the organisation. */
function auditMember(tx: Tx, actor: SessionUser, action: 'create' | 'update' | 'delete', before: object | null, after: object | null, organizationId: number) {
  writeAudit(tx, actor, { action, entity: 'body_member', entityId: organizationId, organizationId, before, after });
}

function insertMember(tx: Tx, actor: SessionUser, input: { bodyId: number; organizationId: number; since?: string | null; until?: string | null }) {
  loadBody(tx, input.bodyId);
  if (memberRow(tx, input.bodyId, input.organizationId)) throw appError('BODY_MEMBER_EXISTS');
  const org = tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).get();
  if (!org) throw appError('ORGANIZATIONS_UNKNOWN', { ids: String(input.organizationId) });
  const row = tx
    .insert(bodyMembers)
    .values({ bodyId: input.bodyId, organizationId: input.organizationId, since: input.since ?? null, until: input.until ?? null })
    .returning()
    .get();
  auditMember(tx, actor, 'create', null, row, input.organizationId);
  return row;
}

/** Adds an organisation already in the directory to a body. */
export function addMember(db: Db, actor: SessionUser, input: BodyMemberInput) {
  return db.transaction((tx) => insertMember(tx, actor, input));
}

/** Changes when a member joined or left (leaving is setting `until`). */
export function updateMember(db: Db, actor: SessionUser, input: BodyMemberInput) {
  return db.transaction((tx) => {
    const before = memberRow(tx, input.bodyId, input.organizationId);
    if (!before) throw appError('BODY_MEMBER_NOT_FOUND');
    const after = tx
      .update(bodyMembers)
      .set({ since: input.since ?? null, until: input.until ?? null })
      .where(and(eq(bodyMembers.bodyId, input.bodyId), eq(bodyMembers.organizationId, input.organizationId)))
      .returning()
      .get();
    auditMember(tx, actor, 'update', before, after, input.organizationId);
    return after;
  });
}

/** Removes a member added by mistake; one that appears in the body's registers must leave instead. */
export function removeMember(db: Db, actor: SessionUser, input: BodyMemberRemoveInput) {
  return db.transaction((tx) => {
    const before = memberRow(tx, input.bodyId, input.organizationId);
    if (!before) throw appError('BODY_MEMBER_NOT_FOUND');
    const inRegisters = tx
      .select({ n: sql<number>`count(*)` })
      .from(attendance)
      .innerJoin(events, eq(attendance.eventId, events.id))
      .where(and(eq(events.bodyId, input.bodyId), eq(attendance.organizationId, input.organizationId)))
      .get()!.n;
    if (inRegisters > 0) throw appError('BODY_MEMBER_HAS_REGISTER');
    tx.delete(bodyMembers).where(and(eq(bodyMembers.bodyId, input.bodyId), eq(bodyMembers.organizationId, input.organizationId))).run();
    auditMember(tx, actor, 'delete', before, null, input.organizationId);
    return { removed: true as const };
  });
}

/**
 * Adds a municipality picked from the official list of comuni. The organisation is found by its ISTAT
 * code or created from the list (name, province, ISTAT and cadastral codes; no map position, which
 * the list does not give) with a network-member membership of the project; then it joins the body.
 */
export function addComune(db: Db, actor: SessionUser, input: BodyAddComuneInput) {
  const comune = comuneByIstatCode(input.istatCode);
  if (!comune) throw appError('COMUNE_UNKNOWN');
  return db.transaction((tx) => {
    loadBody(tx, input.bodyId);
    let org = tx.select().from(organizations).where(eq(organizations.istatCode, comune.istatCode)).get();
    let created = false;
    if (!org) {
      const slug = slugify(`Comune di ${comune.name}`);
      assertSlugFree(tx, 'organization', slug);
      org = tx
        .insert(organizations)
        .values({
          slug,
          name: `Comune di ${comune.name}`,
          shortName: comune.name,
          type: 'municipality',
          province: comune.province,
          city: comune.name,
          istatCode: comune.istatCode,
          cadastralCode: comune.cadastralCode,
          sources: [{ url: 'https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/', title: 'ISTAT — Codici dei comuni' }],
        })
        .returning()
        .get();
      audit(tx, actor, { action: 'create', entity: 'organization', before: null, after: org, row: org });
      const project = tx.select({ id: projects.id }).from(projects).orderBy(asc(projects.id)).get();
      if (project) {
        const membership = tx
          .insert(memberships)
          .values({ projectId: project.id, organizationId: org.id, role: 'network_member', startDate: input.since ?? null, status: 'active' })
          .returning()
          .get();
        audit(tx, actor, { action: 'create', entity: 'membership', before: null, after: membership, row: membership });
      }
      created = true;
    }
    const member = insertMember(tx, actor, { bodyId: input.bodyId, organizationId: org.id, since: input.since, until: input.until });
    return { organization: { id: org.id, slug: org.slug, name: org.name }, created, member };
  });
}
