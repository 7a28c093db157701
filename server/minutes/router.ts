import {
  decisionCreateInput,
  decisionUpdateInput,
  eventIdInput,
  minutesApproveInput,
  minutesReopenInput,
  minutesSaveInput,
} from '../../shared/schemas/minutes';
import { deleteInput } from '../../shared/schemas/editing';
import { coordinatorProcedure, memberProcedure, router } from '../trpc';
import {
  approveMinutes,
  createDecision,
  deleteDecision,
  getMinutes,
  reopenMinutes,
  saveMinutes,
  updateDecision,
} from './service';

/** Minutes and decisions of held events: members read them, coordinators write and approve. */
export const minutesRouter = router({
  forEvent: memberProcedure.input(eventIdInput).query(({ ctx, input }) => getMinutes(ctx.db, ctx.user, input.eventId)),
  save: coordinatorProcedure.input(minutesSaveInput).mutation(({ ctx, input }) => saveMinutes(ctx.db, ctx.user, input)),
  approve: coordinatorProcedure.input(minutesApproveInput).mutation(({ ctx, input }) => approveMinutes(ctx.db, ctx.user, input)),
  reopen: coordinatorProcedure.input(minutesReopenInput).mutation(({ ctx, input }) => reopenMinutes(ctx.db, ctx.user, input)),
  addDecision: coordinatorProcedure.input(decisionCreateInput).mutation(({ ctx, input }) => createDecision(ctx.db, ctx.user, input)),
  updateDecision: coordinatorProcedure.input(decisionUpdateInput).mutation(({ ctx, input }) => updateDecision(ctx.db, ctx.user, input)),
  deleteDecision: coordinatorProcedure.input(deleteInput).mutation(({ ctx, input }) => deleteDecision(ctx.db, ctx.user, input)),
});
