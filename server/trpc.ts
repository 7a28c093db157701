import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { UserRole } from '../shared/enums';
import type { SessionUser } from './auth/session';
import type { Context } from './context';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      message: cause instanceof z.ZodError ? 'Invalid input' : shape.message,
      data: {
        ...shape.data,
        // Field errors let forms show the message next to the field.
        zodError: cause instanceof z.ZodError ? z.flattenError(cause) : null,
        // Never leak server internals: stack traces stay in the log.
        stack: undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const ROLE_RANK: Record<UserRole, number> = { viewer: 1, editor: 2, coordinator: 3, admin: 4 };

/** Signed in, whatever the role; allowed even before a required second factor is enrolled. */
const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user || !ctx.sessionId) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser, sessionId: ctx.sessionId } });
});

/** Deny by default: at least `min`, with the second factor enrolled when the role requires one. */
const atLeast = (min: UserRole) =>
  t.middleware(({ ctx, next }) => {
    if (!ctx.user || !ctx.sessionId) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
    if (ctx.user.mfaSetupRequired) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Set up two-factor authentication first' });
    }
    if (ROLE_RANK[ctx.user.role] < ROLE_RANK[min]) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role does not allow this' });
    }
    return next({ ctx: { ...ctx, user: ctx.user, sessionId: ctx.sessionId } });
  });

/** Anyone, signed in or not. Returns public data only. */
export const publicProcedure = t.procedure;
/** Any signed-in user, even one who still has to enrol a second factor (auth.* only). */
export const sessionProcedure = t.procedure.use(signedIn);
/** Consortium members and project managers: read member-only data. */
export const memberProcedure = t.procedure.use(atLeast('viewer'));
/** Partner referents: edit their own organisation (per-record check in auth/policy.ts). */
export const editorProcedure = t.procedure.use(atLeast('editor'));
/** The lead partner's staff: edit the whole network. */
export const coordinatorProcedure = t.procedure.use(atLeast('coordinator'));
/** Runs the installation: accounts. */
export const adminProcedure = t.procedure.use(atLeast('admin'));
