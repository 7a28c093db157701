import {
  attendanceConfirmOwnInput,
  attendanceEventInput,
  attendanceInviteInput,
  attendanceRecordInput,
  attendanceRemoveInput,
  importCommitInput,
  importPreviewInput,
} from '../../shared/schemas/attendance';
import { coordinatorProcedure, editorProcedure, memberProcedure, router } from '../trpc';
import { confirmOwn, getRegister, importCommit, importPreview, invite, record, removeLine } from './service';

export const attendanceRouter = router({
  /** An event's register with delegates and notes (members only), and every organisation to invite one. */
  register: memberProcedure
    .input(attendanceEventInput)
    .query(({ ctx, input }) => getRegister(ctx.db, ctx.user, input.eventId)),
  /** Adds organisations to the register: the given ones, or the members of the event's body. */
  invite: coordinatorProcedure.input(attendanceInviteInput).mutation(({ ctx, input }) => invite(ctx.db, ctx.user, input)),
  /** Takes an invited organisation off the register, with its audit row. */
  remove: coordinatorProcedure
    .input(attendanceRemoveInput)
    .mutation(({ ctx, input }) => removeLine(ctx.db, ctx.user, input)),
  /** Saves many lines in one transaction; a stale line makes the whole save a CONFLICT. */
  record: coordinatorProcedure
    .input(attendanceRecordInput)
    .mutation(({ ctx, input }) => record(ctx.db, ctx.user, input.eventId, input.lines)),
  /** An organisation's editor confirms its own line. */
  confirmOwn: editorProcedure
    .input(attendanceConfirmOwnInput)
    .mutation(({ ctx, input }) => confirmOwn(ctx.db, ctx.user, input)),
  /** Matches rows of a participant list (at most 2,000 per call) to organisations; writes nothing. */
  importPreview: coordinatorProcedure.input(importPreviewInput).mutation(({ ctx, input }) => importPreview(ctx.db, input)),
  /** Marks the matched organisations present, once per file. */
  importCommit: coordinatorProcedure
    .input(importCommitInput)
    .mutation(({ ctx, input }) => importCommit(ctx.db, ctx.user, input)),
});
