import { initTRPC, type TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { UserRole } from '../shared/enums';
import { ROLE_RANK } from '../shared/permissions';
import { errorMessage, fieldErrors, type CodedError } from '../shared/errors';
import { AppError, appError } from './errors';
import type { SessionUser } from './auth/session';
import type { Context } from './context';

/** What a procedure declares about itself. */
export type ProcedureMeta = {
  /**
   * Its answer to an anonymous visitor depends only on the database, the input and the date, so the
   * public cache may keep it (server/http/trpc-queries.ts). Never on a procedure that reads the session.
   */
  publicCache?: true;
};

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  errorFormatter({ shape, error, input }) {
    const coded = codedError(error);
    const cause = error.cause;
    return {
      ...shape,
      message: errorMessage(coded),
      data: {
        ...shape.data,
        // The client translates the code; its parameters fill the sentence.
        appCode: coded.code,
        params: coded.params,
        // A code per field lets forms say what is wrong next to the field.
        fieldErrors:
          cause instanceof z.ZodError
            ? fieldErrors(cause.issues, input && typeof input === 'object' ? (input as Record<string, unknown>) : undefined)
            : null,
        // Never leak server internals: stack traces stay in the log.
        stack: undefined,
      },
    };
  },
});

/** The code of any error a procedure ends with: its own, or one for what tRPC refused by itself. */
function codedError(error: TRPCError): CodedError {
  if (error instanceof AppError) return { code: error.appCode, params: error.params } as CodedError;
  if (error.cause instanceof z.ZodError) return { code: 'INVALID_INPUT', params: {} };
  switch (error.code) {
    case 'NOT_FOUND':
      return { code: 'NOT_FOUND', params: {} };
    case 'PAYLOAD_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', params: {} };
    case 'INTERNAL_SERVER_ERROR':
      return { code: 'INTERNAL', params: {} };
    default:
      return { code: 'REQUEST_REFUSED', params: {} };
  }
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;


/** Signed in, whatever the role; allowed even before a required second factor is enrolled. */
const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user || !ctx.sessionId) throw appError('SIGN_IN_FIRST');
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser, sessionId: ctx.sessionId } });
});

/**
 * Deny by default: at least `min`, with the second factor enrolled when the role requires one.
 * The procedures below and the HTTP downloads outside tRPC (server/evidence) refuse through this one check.
 */
export function assertAtLeast(
  ctx: Pick<Context, 'user' | 'sessionId'>,
  min: UserRole,
): asserts ctx is { user: SessionUser; sessionId: string } {
  if (!ctx.user || !ctx.sessionId) throw appError('SIGN_IN_FIRST');
  if (ctx.user.mfaSetupRequired) {
    throw appError('MFA_SETUP_FIRST');
  }
  if (ROLE_RANK[ctx.user.role] < ROLE_RANK[min]) {
    throw appError('ROLE_FORBIDDEN');
  }
}

const atLeast = (min: UserRole) =>
  t.middleware(({ ctx, next }) => {
    assertAtLeast(ctx, min);
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
