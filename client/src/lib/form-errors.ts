import { fieldErrors, isErrorCode, type CodedError, type IssueLike } from '@shared/errors';
import { appCodeOf } from './app-code';
import type { ErrorDictionary } from './errors';

type Schema<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: IssueLike[] } };
};

export type FieldErrors = Partial<Record<string, string>>;

/** The sentence of one code, with its parameters, in the dictionary's language. */
export function translate(error: CodedError, dictionary: ErrorDictionary): string {
  const entry = dictionary[error.code] as string | ((params: unknown) => string);
  return typeof entry === 'function' ? entry(error.params) : entry;
}

/** Validates a form's input with its shared schema; errors by field, in the interface language. */
export function validate<T>(
  schema: Schema<T>,
  input: Record<string, unknown>,
  dictionary: ErrorDictionary,
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: translateFields(fieldErrors(result.error.issues, input), dictionary) };
}

function translateFields(errors: Partial<Record<string, CodedError>>, dictionary: ErrorDictionary): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, error] of Object.entries(errors)) if (error) out[field] = translate(error, dictionary);
  return out;
}

type WireError = {
  data?: { code?: string; appCode?: unknown; params?: unknown; fieldErrors?: Partial<Record<string, CodedError>> | null };
};

/**
 * What a failed tRPC call says: its tRPC status, its app code (undefined when no answer came: the
 * network failed) and the code of each field that failed.
 */
export function errorInfo(error: unknown): {
  status?: string;
  error?: CodedError;
  fieldErrors: Partial<Record<string, CodedError>>;
} {
  const data = (error as WireError | null)?.data;
  const appCode = appCodeOf(error);
  return {
    status: data?.code,
    error: isErrorCode(appCode) ? ({ code: appCode, params: data?.params ?? {} } as CodedError) : undefined,
    fieldErrors: data?.fieldErrors ?? {},
  };
}

/** One sentence for an alert, whatever went wrong. */
export function errorText(error: unknown, dictionary: ErrorDictionary): string {
  const coded = errorInfo(error).error;
  return coded ? translate(coded, dictionary) : dictionary.network;
}

/** Server field errors in the interface language. */
export const serverFieldErrors = (error: unknown, dictionary: ErrorDictionary): FieldErrors =>
  translateFields(errorInfo(error).fieldErrors, dictionary);

/** Someone saved the record after it was read (optimistic concurrency): reloading is the way out. */
export const isStaleSave = (error: unknown): boolean => errorInfo(error).error?.code === 'STALE_VERSION';
