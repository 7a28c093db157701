import { SICILY_BOUNDS } from '@shared/enums';
import type { ReservedMessages } from './i18n/reserved.it';

type ErrorText = ReservedMessages['form']['errors'];

/** A zod issue, structurally: this module stays free of zod so the header bundle does not grow. */
type Issue = {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
};
type Schema<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

export type FieldErrors = Partial<Record<string, string>>;

/**
 * Messages written in English in the shared schemas and by the server, put in the interface's
 * language. Anything not listed here is shown as the server wrote it.
 */
const KNOWN: [RegExp, (e: ErrorText, m: RegExpMatchArray) => string][] = [
  [/^Six digits$/, (e) => e.istatCode],
  [/^Eleven digits or sixteen characters$/, (e) => e.fiscalCode],
  [/^Use digits, spaces and an optional leading \+$/, (e) => e.phone],
  [/^Give both latitude and longitude, or neither$/, (e) => e.pairedCoordinates],
  [/^The end date comes before the start date$/, (e) => e.datesOrder],
  [/^Give the reason for the withdrawal$/, (e) => e.withdrawalReason],
  [/^A contact naming a person needs a legal basis and a review date$/, (e) => e.personBasis],
  [/^Use lower-case letters, digits and hyphens$/, (e) => e.slug],
  [/^Use at least (\d+) characters$/, (e, m) => e.minLength(Number(m[1]))],
  [/^Use at most (\d+) characters$/, (e, m) => e.maxLength(Number(m[1]))],
  [/^Enter the 6-digit code or a recovery code$/, (e) => e.secondFactorCode],
  [/^Enter the 6-digit code$/, (e) => e.totpCode],
  [/^An editor belongs to an organisation$/, (e) => e.editorNeedsOrganization],
  [/^Wrong e-mail, password or code$/, (e) => e.wrongCredentials],
  [/^Too many attempts: try again in (\d+) seconds$/, (e, m) => e.tooManyAttempts(Number(m[1]))],
  [/^This password is among the most common ones/, (e) => e.commonPassword],
  [/^This password repeats one character/, (e) => e.repeatedPassword],
  [/^The password must not contain your e-mail name$/, (e) => e.passwordContainsEmail],
  [/^The code is not valid: check the time on your phone$/, (e) => e.totpInvalid],
  [/^Two-factor authentication is already on$/, (e) => e.totpAlreadyOn],
  [/^An account for (.+) exists already$/, (e, m) => e.accountExists(m[1]!)],
  [/^No organisation "(.+)"$/, (e, m) => e.noOrganization(m[1]!)],
  [/^The address "(.+)" is already taken$/, (e, m) => e.slugTaken(m[1]!)],
  [/^The project already has an active lead partner$/, (e) => e.singleLead],
  [/^That site is not one of this organisation$/, (e) => e.siteOfOtherOrganization],
  [/^Set up two-factor authentication first$/, (e) => e.mfaFirst],
  [/^Sign in first$/, (e) => e.signInFirst],
  [/^(You may edit only your own organisation|Your role does not allow this)$/, (e) => e.forbidden],
  [/^Only coordinators manage coordinators-only contacts$/, (e) => e.coordinatorsTier],
];

/** zod's own wording, when the server answers with field errors. */
const ZOD_WORDING: [RegExp, (e: ErrorText, m: RegExpMatchArray) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, (e) => e.required],
  [/^Too small: expected string to have >=(\d+) characters$/, (e, m) => e.minLength(Number(m[1]))],
  [/^Too big: expected string to have <=(\d+) characters$/, (e, m) => e.maxLength(Number(m[1]))],
  [/^Invalid email address$/, (e) => e.email],
  [/^Invalid URL$/, (e) => e.url],
  [/^Invalid ISO date$/, (e) => e.date],
];

export function localizeMessage(message: string, e: ErrorText, table = [...KNOWN, ...ZOD_WORDING]): string | undefined {
  for (const [pattern, text] of table) {
    const m = message.match(pattern);
    if (m) return text(e, m);
  }
  return undefined;
}

function issueMessage(issue: Issue, e: ErrorText, value: unknown): string {
  // The schemas' own messages say more than "required" (e.g. "give both latitude and longitude").
  const known = localizeMessage(issue.message, e, KNOWN);
  if (known) return known;
  const field = String(issue.path[0] ?? '');
  if (field === 'lat' || field === 'lng') {
    if (issue.code === 'invalid_type') return e.number;
    return field === 'lat'
      ? e.latitude(SICILY_BOUNDS.minLat, SICILY_BOUNDS.maxLat)
      : e.longitude(SICILY_BOUNDS.minLng, SICILY_BOUNDS.maxLng);
  }
  if (value === '' || value === undefined || value === null) return e.required;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? e.minLength(Number(issue.minimum)) : e.tooSmall(Number(issue.minimum));
    case 'too_big':
      return issue.origin === 'string' ? e.maxLength(Number(issue.maximum)) : e.tooBig(Number(issue.maximum));
    case 'invalid_format':
      if (issue.format === 'email') return e.email;
      if (issue.format === 'url') return e.url;
      if (issue.format === 'date') return e.date;
      return e.format;
    case 'invalid_value':
      return e.choose;
    case 'invalid_type':
      return e.required;
    default:
      return e.format;
  }
}

/** Validates a form's input with its shared schema; errors by field, in the interface language. */
export function validate<T>(
  schema: Schema<T>,
  input: Record<string, unknown>,
  e: ErrorText,
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    errors[field] ??= issueMessage(issue, e, input[field]);
  }
  return { ok: false, errors };
}

/** What a failed tRPC call says: its code, its message and any per-field errors. */
export function errorInfo(error: unknown): { code?: string; message: string; fieldErrors: Record<string, string[]> } {
  const e = error as { message?: string; data?: { code?: string; zodError?: { fieldErrors?: Record<string, string[]> } | null } };
  return {
    code: e?.data?.code,
    message: e?.message ?? '',
    fieldErrors: e?.data?.zodError?.fieldErrors ?? {},
  };
}

/** One sentence for an alert, whatever went wrong. */
export function errorText(error: unknown, e: ErrorText): string {
  const { code, message } = errorInfo(error);
  const known = localizeMessage(message, e);
  if (known) return known;
  switch (code) {
    case 'UNAUTHORIZED':
      return e.signInFirst;
    case 'FORBIDDEN':
      return e.forbidden;
    case 'CONFLICT':
      return e.conflict;
    case 'NOT_FOUND':
      return e.notFound;
    case 'TOO_MANY_REQUESTS':
    case 'BAD_REQUEST':
      return message || e.generic;
    case undefined:
      return e.network;
    default:
      return e.generic;
  }
}

/** Server field errors in the interface language. */
export function serverFieldErrors(error: unknown, e: ErrorText): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(errorInfo(error).fieldErrors)) {
    const first = messages?.[0];
    if (first) out[field] = localizeMessage(first, e) ?? first;
  }
  return out;
}

/** Someone saved the record after it was read (optimistic concurrency): reloading is the way out. */
export function isStaleSave(error: unknown): boolean {
  const { code, message } = errorInfo(error);
  return code === 'CONFLICT' && /^Someone else/.test(message);
}
