import {
  dashboardInvitedInput,
  dashboardMatrixInput,
  dashboardOrganizationsInput,
  dashboardSummaryInput,
} from '../../shared/schemas/dashboard';
import { memberProcedure, router } from '../trpc';
import { activities, alerts, invited, matrix, organizations, report, resolveFilter, scopeOf, summary } from './service';

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
  activities: memberProcedure.query(({ ctx }) => activities(ctx.db)),
  invited: memberProcedure.input(dashboardInvitedInput).query(({ ctx, input }) => invited(ctx.db, input.eventId)),
});
