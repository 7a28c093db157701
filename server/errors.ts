import { TRPCError } from '@trpc/server';
import {
  errorDefinitions,
  errorMessage,
  type CodedError,
  type ErrorCode,
  type ErrorParams,
  type ErrorParamsArg,
} from '../shared/errors';

/** A refusal with its code from shared/errors.ts: the error formatter sends code and parameters. */
export class AppError<C extends ErrorCode = ErrorCode> extends TRPCError {
  readonly appCode: C;
  readonly params: ErrorParams<C>;
  constructor(code: C, params: ErrorParams<C>) {
    const coded = { code, params } as CodedError;
    super({ code: errorDefinitions[code].status, message: errorMessage(coded) });
    this.appCode = code;
    this.params = params;
  }
}

/** The one way the server refuses: `throw appError('SLUG_TAKEN', { slug })`. */
export function appError<C extends ErrorCode>(code: C, ...params: ErrorParamsArg<C>): AppError<C> {
  return new AppError(code, (params[0] ?? {}) as ErrorParams<C>);
}
