import { activityRoleInput, deliverableCreateInput, deliverableStatusInput, deliverableUpdateInput } from '../../shared/schemas/activities';
import { deleteInput } from '../../shared/schemas/editing';
import { coordinatorProcedure, editorProcedure, router } from '../trpc';
import { createDeliverable, deleteDeliverable, setActivityRole, setDeliverableStatus, updateDeliverable } from './service';

/** Editing the role matrix and the deliverables (reading them is `dashboard.activities`). */
export const activitiesRouter = router({
  setRole: coordinatorProcedure.input(activityRoleInput).mutation(({ ctx, input }) => setActivityRole(ctx.db, ctx.user, input)),
  createDeliverable: coordinatorProcedure.input(deliverableCreateInput).mutation(({ ctx, input }) => createDeliverable(ctx.db, ctx.user, input)),
  updateDeliverable: coordinatorProcedure.input(deliverableUpdateInput).mutation(({ ctx, input }) => updateDeliverable(ctx.db, ctx.user, input)),
  setDeliverableStatus: editorProcedure.input(deliverableStatusInput).mutation(({ ctx, input }) => setDeliverableStatus(ctx.db, ctx.user, input)),
  deleteDeliverable: coordinatorProcedure.input(deleteInput).mutation(({ ctx, input }) => deleteDeliverable(ctx.db, ctx.user, input)),
});
