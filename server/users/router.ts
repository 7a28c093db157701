import { userCreateInput, userResetPasswordInput, userResetTwoFactorInput, userUpdateInput } from '../../shared/schemas/users';
import { adminProcedure, router } from '../trpc';
import { createUser, listUsers, resetPassword, resetTwoFactor, updateUser } from './service';

export const usersRouter = router({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure.input(userCreateInput).mutation(({ ctx, input }) => createUser(ctx.db, input, ctx.user)),
  update: adminProcedure.input(userUpdateInput).mutation(({ ctx, input }) => updateUser(ctx.db, input, ctx.user)),
  resetPassword: adminProcedure.input(userResetPasswordInput).mutation(async ({ ctx, input }) => {
    await resetPassword(ctx.db, input.id, input.password, ctx.user);
    return { ok: true };
  }),
  /** Turns off the second factor of someone who lost it (they enrol again). */
  resetTwoFactor: adminProcedure.input(userResetTwoFactorInput).mutation(({ ctx, input }) => resetTwoFactor(ctx.db, input.id, ctx.user)),
});
