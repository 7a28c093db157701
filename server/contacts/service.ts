import { and, asc, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { ContactCreateInput, ContactUpdateInput, DeleteInput } from '../../shared/schemas/editing';
import { romeToday } from '../../shared/event-dates';
import { auditedDelete, auditedInsert, auditedUpdate } from '../audit/audited';
import { assertCanEditOrganization, assertCanUseTier, visibleTiers } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { contactPoints, organizations, sites } from '../db/schema';
import { appError } from '../errors';

/** A contact's site must belong to the same organisation. */
function assertSiteOfOrganization(tx: Tx, siteId: number | null | undefined, organizationId: number) {
  if (siteId == null) return;
  const site = tx.select({ organizationId: sites.organizationId }).from(sites).where(eq(sites.id, siteId)).get();
  if (!site || site.organizationId !== organizationId) {
    throw appError('SITE_OF_OTHER_ORGANIZATION');
  }
}

/** Contacts of an organisation in the tiers the user may read; disabled ones never. */
export function listContacts(db: Db, user: SessionUser, organizationId: number) {
  return db
    .select()
    .from(contactPoints)
    .where(
      and(
        eq(contactPoints.organizationId, organizationId),
        inArray(contactPoints.visibility, visibleTiers(user)),
        isNull(contactPoints.disabledAt),
      ),
    )
    .orderBy(asc(contactPoints.visibility), asc(contactPoints.label))
    .all();
}

/** Adds a contact to an organisation the user may edit, in a tier the user may use. */
export function createContact(db: Db, user: SessionUser, input: ContactCreateInput) {
  return auditedInsert(
    db,
    user,
    'contact',
    {
      ...input,
      // Who entered it stays in the audit trail; the published source names no person.
      source: input.source ?? `Dichiarato dall’ente tramite COOPERA Network, ${romeToday()}`,
    },
    (values, tx) => {
      assertCanEditOrganization(user, values.organizationId);
      assertCanUseTier(user, values.visibility);
      assertSiteOfOrganization(tx, values.siteId, values.organizationId);
    },
  );
}

/** Edits (or disables) a contact; a person needs a legal basis and a review date. */
export function updateContact(db: Db, user: SessionUser, input: ContactUpdateInput) {
  const { id, version, disabled, ...patch } = input;
  const values = {
    ...patch,
    ...(disabled === undefined ? {} : { disabledAt: disabled ? new Date().toISOString() : null }),
  };
  return auditedUpdate(db, user, 'contact', id, version, values, (before, tx) => {
    assertCanEditOrganization(user, before.organizationId);
    assertCanUseTier(user, before.visibility);
    assertCanUseTier(user, patch.visibility);
    assertSiteOfOrganization(tx, patch.siteId, before.organizationId);
    const kind = patch.kind ?? before.kind;
    const basis = patch.legalBasis === undefined ? before.legalBasis : patch.legalBasis;
    const review = patch.reviewDue === undefined ? before.reviewDue : patch.reviewDue;
    if (kind === 'person' && (!basis || !review)) {
      throw appError('PERSON_NEEDS_BASIS');
    }
  });
}

/** Deletes a contact of an organisation the user may edit. */
export function deleteContact(db: Db, user: SessionUser, input: DeleteInput) {
  auditedDelete(db, user, 'contact', input.id, input.version, (before) => {
    assertCanEditOrganization(user, before.organizationId);
    assertCanUseTier(user, before.visibility);
  });
  return { ok: true };
}

/** Contacts naming a person whose review date has come (today in Rome): the coordinators' to-do list. */
export function contactsDueForReview(db: Db, today = romeToday()) {
  return db
    .select({
      id: contactPoints.id,
      version: contactPoints.version,
      label: contactPoints.label,
      function: contactPoints.function,
      visibility: contactPoints.visibility,
      legalBasis: contactPoints.legalBasis,
      reviewDue: contactPoints.reviewDue,
      organizationId: contactPoints.organizationId,
      organizationSlug: organizations.slug,
      organizationShortName: organizations.shortName,
    })
    .from(contactPoints)
    .innerJoin(organizations, eq(contactPoints.organizationId, organizations.id))
    .where(
      and(
        eq(contactPoints.kind, 'person'),
        isNull(contactPoints.disabledAt),
        isNotNull(contactPoints.reviewDue),
        lte(contactPoints.reviewDue, today),
      ),
    )
    .orderBy(asc(contactPoints.reviewDue))
    .all();
}
