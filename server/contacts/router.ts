import { and, asc, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import {
  contactCreateInput,
  contactListInput,
  contactUpdateInput,
  deleteInput,
} from '../../shared/schemas/editing';
import { auditedDelete, auditedInsert, auditedUpdate } from '../audit/audited';
import { assertCanEditOrganization, assertCanUseTier, visibleTiers } from '../auth/policy';
import { contactPoints, organizations, sites } from '../db/schema';
import { coordinatorProcedure, editorProcedure, memberProcedure, router } from '../trpc';
import type { Db } from '../db/client';
import { appError } from '../errors';
import { romeToday } from '../../shared/event-dates';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];


/** A contact's site must belong to the same organisation. */
function assertSiteOfOrganization(tx: Tx, siteId: number | null | undefined, organizationId: number) {
  if (siteId == null) return;
  const site = tx.select({ organizationId: sites.organizationId }).from(sites).where(eq(sites.id, siteId)).get();
  if (!site || site.organizationId !== organizationId) {
    throw appError('SITE_OF_OTHER_ORGANIZATION');
  }
}

export const contactsRouter = router({
  /** Contacts of an organisation in the tiers the user may read; disabled ones never. */
  list: memberProcedure.input(contactListInput).query(({ ctx, input }) =>
    ctx.db
      .select()
      .from(contactPoints)
      .where(
        and(
          eq(contactPoints.organizationId, input.organizationId),
          inArray(contactPoints.visibility, visibleTiers(ctx.user)),
          isNull(contactPoints.disabledAt),
        ),
      )
      .orderBy(asc(contactPoints.visibility), asc(contactPoints.label))
      .all(),
  ),
  create: editorProcedure.input(contactCreateInput).mutation(({ ctx, input }) =>
    auditedInsert(
      ctx.db,
      ctx.user,
      'contact',
      {
        ...input,
        // Who entered it stays in the audit trail; the published source names no person.
        source: input.source ?? `Dichiarato dall’ente tramite COOPERA Network, ${romeToday()}`,
      },
      (values, tx) => {
        assertCanEditOrganization(ctx.user, values.organizationId);
        assertCanUseTier(ctx.user, values.visibility);
        assertSiteOfOrganization(tx, values.siteId, values.organizationId);
      },
    ),
  ),
  update: editorProcedure.input(contactUpdateInput).mutation(({ ctx, input }) => {
    const { id, version, disabled, ...patch } = input;
    const values = {
      ...patch,
      ...(disabled === undefined ? {} : { disabledAt: disabled ? new Date().toISOString() : null }),
    };
    return auditedUpdate(ctx.db, ctx.user, 'contact', id, version, values, (before, tx) => {
      assertCanEditOrganization(ctx.user, before.organizationId);
      assertCanUseTier(ctx.user, before.visibility);
      assertCanUseTier(ctx.user, patch.visibility);
      assertSiteOfOrganization(tx, patch.siteId, before.organizationId);
      const kind = patch.kind ?? before.kind;
      const basis = patch.legalBasis === undefined ? before.legalBasis : patch.legalBasis;
      const review = patch.reviewDue === undefined ? before.reviewDue : patch.reviewDue;
      if (kind === 'person' && (!basis || !review)) {
        throw appError('PERSON_NEEDS_BASIS');
      }
    });
  }),
  delete: editorProcedure.input(deleteInput).mutation(({ ctx, input }) => {
    auditedDelete(ctx.db, ctx.user, 'contact', input.id, input.version, (before) => {
      assertCanEditOrganization(ctx.user, before.organizationId);
      assertCanUseTier(ctx.user, before.visibility);
    });
    return { ok: true };
  }),
  /** Contacts naming a person whose review date has come: the coordinators' to-do list. */
  reviewDue: coordinatorProcedure.query(({ ctx }) =>
    ctx.db
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
          lte(contactPoints.reviewDue, romeToday()),
        ),
      )
      .orderBy(asc(contactPoints.reviewDue))
      .all(),
  ),
});
