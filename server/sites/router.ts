import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { deleteInput, siteCreateInput, siteUpdateInput } from '../../shared/schemas/editing';
import { siteListInput } from '../../shared/schemas/partners';
import { auditedDelete, auditedInsert, auditedUpdate } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import { contactPoints, sites } from '../db/schema';
import { editorProcedure, publicProcedure, router } from '../trpc';
import { listSites, uniqueSiteSlug } from './service';

export const sitesRouter = router({
  list: publicProcedure.input(siteListInput).query(({ ctx, input }) => listSites(ctx.db, input)),
  create: editorProcedure.input(siteCreateInput).mutation(({ ctx, input }) =>
    auditedInsert(
      ctx.db,
      ctx.user,
      'site',
      { ...input, nameEn: input.nameEn ?? '', slug: input.slug ?? uniqueSiteSlug(ctx.db, input.nameIt, input.city) },
      (values, tx) => {
        assertCanEditOrganization(ctx.user, values.organizationId);
        if (tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, values.slug)).get()) {
          throw new TRPCError({ code: 'CONFLICT', message: `The address "${values.slug}" is already taken` });
        }
      },
    ),
  ),
  update: editorProcedure.input(siteUpdateInput).mutation(({ ctx, input }) => {
    const { id, version, ...patch } = input;
    return auditedUpdate(ctx.db, ctx.user, 'site', id, version, patch, (before) =>
      assertCanEditOrganization(ctx.user, before.organizationId),
    );
  }),
  delete: editorProcedure.input(deleteInput).mutation(({ ctx, input }) => {
    auditedDelete(
      ctx.db,
      ctx.user,
      'site',
      input.id,
      input.version,
      (before) => assertCanEditOrganization(ctx.user, before.organizationId),
      // Its contacts stay with the organisation.
      (tx) => tx.update(contactPoints).set({ siteId: null }).where(eq(contactPoints.siteId, input.id)).run(),
    );
    return { ok: true };
  }),
});
