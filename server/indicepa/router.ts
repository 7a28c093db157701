import { indicePaApplyInput, indicePaMatchInput } from '../../shared/schemas/indicepa';
import { coordinatorProcedure, router } from '../trpc';
import { applyIndicePa, indicePaOverview, matchIndicePa } from './service';

export const indicePaRouter = router({
  /** The project's partners with their codes, website and IndicePA contact, and the files applied before. */
  overview: coordinatorProcedure.query(({ ctx }) => indicePaOverview(ctx.db)),
  /** Matches rows of IndicePA's file (at most 2,000 per call) to organisations; writes nothing. */
  match: coordinatorProcedure.input(indicePaMatchInput).mutation(({ ctx, input }) => matchIndicePa(ctx.db, input)),
  /** Writes the accepted values in one transaction, with the PEC as a public contact sourced to IndicePA. */
  commit: coordinatorProcedure.input(indicePaApplyInput).mutation(({ ctx, input }) => applyIndicePa(ctx.db, ctx.user, input)),
});
