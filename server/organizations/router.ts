import { eq } from 'drizzle-orm';
import {
  byIdInput,
  organizationCreateInput,
  organizationUpdateInput,
  pairedCoordinates,
} from '../../shared/schemas/editing';
import { assertMerged, auditedInsert, auditedUpdate } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import { organizations } from '../db/schema';
import { coordinatorProcedure, editorProcedure, memberProcedure, router } from '../trpc';
import { appError } from '../errors';

export const organizationsRouter = router({
  /** The full record with its version, to edit it. */
  get: memberProcedure.input(byIdInput).query(({ ctx, input }) => {
    const org = ctx.db.select().from(organizations).where(eq(organizations.id, input.id)).get();
    if (!org) throw appError('ORGANIZATION_NOT_FOUND');
    return org;
  }),
  create: coordinatorProcedure.input(organizationCreateInput).mutation(({ ctx, input }) =>
    auditedInsert(ctx.db, ctx.user, 'organization', input, (values, tx) => {
      if (tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, values.slug)).get()) {
        throw appError('SLUG_TAKEN', { slug: values.slug });
      }
    }),
  ),
  update: editorProcedure.input(organizationUpdateInput).mutation(({ ctx, input }) => {
    const { id, version, ...patch } = input;
    return auditedUpdate(ctx.db, ctx.user, 'organization', id, version, patch, (before) => {
      assertCanEditOrganization(ctx.user, before.id);
      assertMerged(before, patch, [[pairedCoordinates, 'PAIRED_COORDINATES']]);
    });
  }),
});
