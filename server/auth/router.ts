import { changePasswordInput, loginInput, totpConfirmInput, totpDisableInput } from '../../shared/schemas/auth';
import { publicProcedure, router, sessionProcedure } from '../trpc';
import { beginTotp, changePassword, confirmTotp, currentUser, disableTotp, login } from './service';
import { destroySession } from './session';

export const authRouter = router({
  /** Signs in; a new session (new token) every time: rotation at login. */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const result = await login(ctx.db, input, ctx.ip, Date.now(), ctx.deviceToken);
    if (result.status === 'code_required') return { status: 'code_required' as const, user: null };
    if (ctx.sessionId) destroySession(ctx.db, ctx.sessionId);
    ctx.setSessionCookie(result.token);
    ctx.setDeviceCookie(result.deviceToken);
    return { status: 'ok' as const, user: result.user };
  }),
  logout: publicProcedure.mutation(({ ctx }) => {
    if (ctx.sessionId) destroySession(ctx.db, ctx.sessionId);
    ctx.setSessionCookie(null);
    return { ok: true };
  }),
  /** The signed-in user with their organisation, or null for anonymous visitors. */
  me: publicProcedure.meta({ publicCache: true }).query(({ ctx }) => currentUser(ctx.db, ctx.user)),
  totpBegin: sessionProcedure.mutation(({ ctx }) => beginTotp(ctx.db, ctx.user.id)),
  totpConfirm: sessionProcedure
    .input(totpConfirmInput)
    .mutation(({ ctx, input }) => confirmTotp(ctx.db, ctx.user.id, input.code, ctx.sessionId)),
  totpDisable: sessionProcedure.input(totpDisableInput).mutation(async ({ ctx, input }) => {
    await disableTotp(ctx.db, ctx.user.id, input.password, ctx.sessionId);
    return { ok: true };
  }),
  changePassword: sessionProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    const { token } = await changePassword(ctx.db, ctx.user.id, input.currentPassword, input.newPassword, ctx.sessionId);
    ctx.setSessionCookie(token);
    return { ok: true };
  }),
});
