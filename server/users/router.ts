import { userCreateInput, userResetPasswordInput, userUpdateInput } from '../../shared/schemas/users';
import { adminProcedure, router } from '../trpc';
import { createUser, listUsers, resetPassword, updateUser } from './service';

export const usersRouter = router({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure.input(userCreateInput).mutation(({ ctx, input }) => createUser(ctx.db, input)),
  update: adminProcedure.input(userUpdateInput).mutation(({ ctx, input }) => updateUser(ctx.db, input)),
  resetPassword: adminProcedure.input(userResetPasswordInput).mutation(async ({ ctx, input }) => {
    await resetPassword(ctx.db, input.id, input.password);
    return { ok: true };
  }),
});
