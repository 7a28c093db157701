import { asc, eq } from 'drizzle-orm';
import {
  deleteInput,
  organizationIdInput,
  pairedCoordinates,
  siteCreateInput,
  siteUpdateInput,
} from '../../shared/schemas/editing';
import { siteListInput } from '../../shared/schemas/partners';
import { assertMerged, audit, auditedDelete, auditedInsert, auditedUpdate } from '../audit/audited';
import { assertCanEditOrganization } from '../auth/policy';
import { contactPoints, sites } from '../db/schema';
import { editorProcedure, memberProcedure, publicProcedure, router } from '../trpc';
import { listSites, uniqueSiteSlug } from './service';
import { appError } from '../errors';

export const sitesRouter = router({
  list: publicProcedure.meta({ publicCache: true }).input(siteListInput).query(({ ctx, input }) => listSites(ctx.db, input)),
  /** An organisation's sites with their ids and versions, to edit them. */
  listByOrganization: memberProcedure.input(organizationIdInput).query(({ ctx, input }) =>
    ctx.db
      .select()
      .from(sites)
      .where(eq(sites.organizationId, input.organizationId))
      .orderBy(asc(sites.nameIt))
      .all(),
  ),
  create: editorProcedure.input(siteCreateInput).mutation(({ ctx, input }) =>
    auditedInsert(
      ctx.db,
      ctx.user,
      'site',
      { ...input, nameEn: input.nameEn ?? '', slug: input.slug ?? uniqueSiteSlug(ctx.db, input.nameIt, input.city) },
      (values, tx) => {
        assertCanEditOrganization(ctx.user, values.organizationId);
        if (tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, values.slug)).get()) {
          throw appError('SLUG_TAKEN', { slug: values.slug });
        }
      },
    ),
  ),
  update: editorProcedure.input(siteUpdateInput).mutation(({ ctx, input }) => {
    const { id, version, ...patch } = input;
    return auditedUpdate(ctx.db, ctx.user, 'site', id, version, patch, (before) => {
      assertCanEditOrganization(ctx.user, before.organizationId);
      assertMerged(before, patch, [[pairedCoordinates, 'PAIRED_COORDINATES']]);
    });
  }),
  delete: editorProcedure.input(deleteInput).mutation(({ ctx, input }) => {
    auditedDelete(
      ctx.db,
      ctx.user,
      'site',
      input.id,
      input.version,
      (before) => assertCanEditOrganization(ctx.user, before.organizationId),
      // Its contacts stay with the organisation: each detached through the audit trail.
      (tx) => {
        const attached = tx.select().from(contactPoints).where(eq(contactPoints.siteId, input.id)).all();
        for (const before of attached) {
          const after = tx
            .update(contactPoints)
            .set({ siteId: null, version: before.version + 1, updatedAt: new Date().toISOString() })
            .where(eq(contactPoints.id, before.id))
            .returning()
            .get();
          audit(tx, ctx.user, { action: 'update', entity: 'contact', before, after, row: after });
        }
      },
    );
    return { ok: true };
  }),
});
