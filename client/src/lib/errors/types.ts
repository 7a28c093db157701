import type { ErrorCode, ErrorParams, ErrorParamsArg } from '@shared/errors';

/**
 * The interface's sentence for every error code, in one language: the compiler refuses a
 * dictionary that misses a code or takes the wrong parameters. `network` is the client's own case
 * (no answer at all).
 */
export type ErrorDictionary = {
  [C in ErrorCode]: ErrorParamsArg<C> extends [] ? string : string | ((params: ErrorParams<C>) => string);
} & { network: string };
