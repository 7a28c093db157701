import { and, asc, eq } from 'drizzle-orm';
import {
  pairedCoordinates,
  type EmailDomainInput,
  type OrganizationCreateInput,
  type OrganizationUpdateInput,
} from '../../shared/schemas/editing';
import { assertMerged, auditedInsert, auditedUpdate, assertSlugFree, writeAudit } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Db, Tx } from '../db/client';
import { organizationEmailDomains, organizations } from '../db/schema';
import { appError } from '../errors';

/** The full record with its version, to edit it. */
export function getOrganization(db: Db | Tx, id: number) {
  const org = db.select().from(organizations).where(eq(organizations.id, id)).get();
  if (!org) throw appError('ORGANIZATION_NOT_FOUND');
  return org;
}

/** Adds an organisation; its slug must be free. */
export function createOrganization(db: Db, actor: SessionUser, input: OrganizationCreateInput) {
  return auditedInsert(db, actor, 'organization', input, (values, tx) => {
    assertSlugFree(tx, 'organization', values.slug);
  });
}

/** Edits an organisation the user may edit; latitude and longitude go together. */
export function updateOrganization(db: Db, actor: SessionUser, input: OrganizationUpdateInput) {
  const { id, version, ...patch } = input;
  return auditedUpdate(db, actor, 'organization', id, version, patch, (before) => {
    assertCanEditOrganization(actor, before.id);
    assertMerged(before, patch, [[pairedCoordinates, 'PAIRED_COORDINATES']]);
  });
}

/** The e-mail domains registered for an organisation, to match imported participants. */
export function listEmailDomains(db: Db, organizationId: number) {
  getOrganization(db, organizationId);
  return db
    .select({ domain: organizationEmailDomains.domain, createdAt: organizationEmailDomains.createdAt })
    .from(organizationEmailDomains)
    .where(eq(organizationEmailDomains.organizationId, organizationId))
    .orderBy(asc(organizationEmailDomains.domain))
    .all();
}

/**
 * Registers a domain for an organisation: an imported participant writing from it is that
 * organisation's for certain. A domain belongs to one organisation; registering it again for the
 * same one changes nothing.
 */
export function addEmailDomain(db: Db, actor: SessionUser, input: EmailDomainInput) {
  return db.transaction((tx) => {
    getOrganization(tx, input.organizationId);
    const owner = tx
      .select({ organizationId: organizationEmailDomains.organizationId, name: organizations.name })
      .from(organizationEmailDomains)
      .innerJoin(organizations, eq(organizations.id, organizationEmailDomains.organizationId))
      .where(eq(organizationEmailDomains.domain, input.domain))
      .get();
    if (owner?.organizationId === input.organizationId) return { domain: input.domain, added: false };
    if (owner) throw appError('EMAIL_DOMAIN_TAKEN', { domain: input.domain, organization: owner.name });
    tx.insert(organizationEmailDomains).values(input).run();
    auditDomain(tx, actor, input.organizationId, null, { domain: input.domain });
    return { domain: input.domain, added: true };
  });
}

/** Takes a domain off an organisation. */
export function removeEmailDomain(db: Db, actor: SessionUser, input: EmailDomainInput) {
  db.transaction((tx) => {
    const removed = tx
      .delete(organizationEmailDomains)
      .where(
        and(eq(organizationEmailDomains.domain, input.domain), eq(organizationEmailDomains.organizationId, input.organizationId)),
      )
      .run();
    if (removed.changes === 0) throw appError('EMAIL_DOMAIN_NOT_FOUND');
    auditDomain(tx, actor, input.organizationId, { domain: input.domain }, null);
  });
}

const auditDomain = (tx: Tx, actor: SessionUser, organizationId: number, before: object | null, after: object | null) =>
  writeAudit(tx, actor, {
    action: before ? 'delete' : 'create',
    entity: 'email_domain',
    entityId: organizationId,
    organizationId,
    before,
    after,
  });
