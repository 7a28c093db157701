import { actionCreateInput, actionListInput, actionStatusInput, actionUpdateInput } from '../../shared/schemas/minutes';
import { coordinatorProcedure, editorProcedure, memberProcedure, router } from '../trpc';
import { createAction, listActions, setActionStatus, updateAction } from './service';

/** Action items: members see their organisation's (coordinators all), owners' editors close them. */
export const actionsRouter = router({
  list: memberProcedure.input(actionListInput).query(({ ctx, input }) => listActions(ctx.db, ctx.user, input)),
  create: coordinatorProcedure.input(actionCreateInput).mutation(({ ctx, input }) => createAction(ctx.db, ctx.user, input)),
  update: coordinatorProcedure.input(actionUpdateInput).mutation(({ ctx, input }) => updateAction(ctx.db, ctx.user, input)),
  setStatus: editorProcedure.input(actionStatusInput).mutation(({ ctx, input }) => setActionStatus(ctx.db, ctx.user, input)),
});
