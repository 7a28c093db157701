import { auditListInput } from '../../shared/schemas/audit';
import { coordinatorProcedure, router } from '../trpc';
import { listAudit } from './service';

export const auditRouter = router({
  /** The audit trail, newest first, filterable per record, organisation, user, action and period. */
  list: coordinatorProcedure.input(auditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
});
