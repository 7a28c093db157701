import {
  dashboardInvitedInput,
  dashboardMatrixInput,
  dashboardOrganizationsInput,
  dashboardSummaryInput,
} from '../../shared/schemas/dashboard';
import { memberProcedure, router } from '../trpc';
import { signInSheet } from '../attendance/service';
import { listActivities } from '../project/service';
import { alerts, matrix, organizations, report, resolveFilter, scopeOf, summary } from './service';

/**
 * The participation dashboard, for signed-in members. Aggregate figures are the same for everyone;
 * lines about single organisations are scoped by `scopeOf`: coordinators and admins see every
 * organisation, viewers and editors their own (docs/decisions/006-attendance-rate-rules.md).
 */
export const dashboardRouter = router({
  summary: memberProcedure.input(dashboardSummaryInput).query(({ ctx, input }) => summary(ctx.db, resolveFilter(ctx.db, input))),
  organizations: memberProcedure
    .input(dashboardOrganizationsInput)
    .query(({ ctx, input }) => organizations(ctx.db, resolveFilter(ctx.db, input), scopeOf(ctx.user), input)),
  matrix: memberProcedure
    .input(dashboardMatrixInput)
    .query(({ ctx, input }) => matrix(ctx.db, resolveFilter(ctx.db, input), scopeOf(ctx.user), input)),
  alerts: memberProcedure
    .input(dashboardSummaryInput)
    .query(({ ctx, input }) => alerts(ctx.db, resolveFilter(ctx.db, input), scopeOf(ctx.user))),
  /** The printed report and the exports: summary, every organisation in scope, alerts. */
  report: memberProcedure
    .input(dashboardSummaryInput)
    .query(({ ctx, input }) => report(ctx.db, resolveFilter(ctx.db, input), scopeOf(ctx.user))),
  /** The project's lines of activity and deliverables (server/project). */
  activities: memberProcedure.query(({ ctx }) => listActivities(ctx.db)),
  /** The printed sign-in sheet of an event (server/attendance). */
  invited: memberProcedure.input(dashboardInvitedInput).query(({ ctx, input }) => signInSheet(ctx.db, input.eventId)),
});
