import { eq } from 'drizzle-orm';
import {
  pairedCoordinates,
  type OrganizationCreateInput,
  type OrganizationUpdateInput,
} from '../../shared/schemas/editing';
import { assertMerged, auditedInsert, auditedUpdate, assertSlugFree } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { organizations } from '../db/schema';
import { appError } from '../errors';

/** The full record with its version, to edit it. */
export function getOrganization(db: Db, id: number) {
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
