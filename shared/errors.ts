/**
 * Every refusal the server can give, by code. The server throws them (server/errors.ts), the zod
 * schemas carry them in their checks, and the client translates the code with its parameters
 * (client/src/lib/error-text): the English sentence below is only for logs, tests and API callers,
 * so it can be reworded without changing what a user reads.
 */

/** The tRPC status a code travels with (the HTTP status follows from it). */
export type ErrorStatus =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

type Definition = { status: ErrorStatus; message: string | ((params: never) => string) };

const define = <const T extends Record<string, Definition>>(definitions: T) => definitions;

export const errorDefinitions = define({
  // Input that fails a schema: each field then carries its own code (below, "schema checks").
  INVALID_INPUT: { status: 'BAD_REQUEST', message: 'Invalid input' },
  INTERNAL: { status: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on the server' },
  // What tRPC itself refuses (an unknown procedure, a malformed request).
  NOT_FOUND: { status: 'NOT_FOUND', message: 'Not found' },
  REQUEST_REFUSED: { status: 'BAD_REQUEST', message: 'The request was refused' },

  // Requests refused before they reach a procedure.
  PAYLOAD_TOO_LARGE: { status: 'PAYLOAD_TOO_LARGE', message: 'The request is too large' },
  JSON_ONLY: { status: 'FORBIDDEN', message: 'Only JSON requests may change data' },
  CROSS_SITE: { status: 'FORBIDDEN', message: 'Cross-site request refused' },

  // Who may do what.
  SIGN_IN_FIRST: { status: 'UNAUTHORIZED', message: 'Sign in first' },
  MFA_SETUP_FIRST: { status: 'FORBIDDEN', message: 'Set up two-factor authentication first' },
  ROLE_FORBIDDEN: { status: 'FORBIDDEN', message: 'Your role does not allow this' },
  OWN_ORGANIZATION_ONLY: { status: 'FORBIDDEN', message: 'You may edit only your own organisation' },
  COORDINATORS_TIER: { status: 'FORBIDDEN', message: 'Only coordinators manage coordinators-only contacts' },

  // Signing in and accounts.
  WRONG_CREDENTIALS: { status: 'UNAUTHORIZED', message: 'Wrong e-mail, password or code' },
  TOO_MANY_ATTEMPTS: {
    status: 'TOO_MANY_REQUESTS',
    message: (p: { seconds: number }) => `Too many attempts: try again in ${p.seconds} seconds`,
  },
  REAUTH_LOCKED: {
    status: 'UNAUTHORIZED',
    message: 'Too many wrong passwords: this session has ended. Sign in again',
  },
  TOTP_ALREADY_ON: { status: 'CONFLICT', message: 'Two-factor authentication is already on' },
  TOTP_INVALID: { status: 'BAD_REQUEST', message: 'The code is not valid: check the time on your phone' },
  PASSWORD_TOO_SHORT: { status: 'BAD_REQUEST', message: (p: { min: number }) => `Use at least ${p.min} characters` },
  PASSWORD_TOO_LONG: { status: 'BAD_REQUEST', message: (p: { max: number }) => `Use at most ${p.max} characters` },
  PASSWORD_COMMON: {
    status: 'BAD_REQUEST',
    message: 'This password is among the most common ones: choose another',
  },
  PASSWORD_REPEATS: { status: 'BAD_REQUEST', message: 'This password repeats one character: choose another' },
  PASSWORD_CONTAINS_EMAIL: { status: 'BAD_REQUEST', message: 'The password must not contain your e-mail name' },
  USER_NOT_FOUND: { status: 'NOT_FOUND', message: 'No such user' },
  ACCOUNT_EXISTS: { status: 'CONFLICT', message: (p: { email: string }) => `An account for ${p.email} exists already` },
  EDITOR_NEEDS_ORGANIZATION: { status: 'BAD_REQUEST', message: 'An editor belongs to an organisation' },

  // Records that are not there.
  ORGANIZATION_NOT_FOUND: { status: 'NOT_FOUND', message: 'No such organisation' },
  ORGANIZATION_SLUG_UNKNOWN: {
    status: 'BAD_REQUEST',
    message: (p: { slug: string }) => `No organisation "${p.slug}"`,
  },
  ORGANIZATIONS_UNKNOWN: {
    status: 'BAD_REQUEST',
    message: (p: { ids: string }) => `No organisation ${p.ids}`,
  },
  PARTNER_NOT_FOUND: { status: 'NOT_FOUND', message: (p: { slug: string }) => `No partner "${p.slug}"` },
  BODY_NOT_FOUND: { status: 'NOT_FOUND', message: (p: { ref: string }) => `No governance body ${p.ref}` },
  EVENT_NOT_FOUND: { status: 'NOT_FOUND', message: (p: { ref: string }) => `No event ${p.ref}` },
  RECORD_NOT_FOUND: {
    status: 'NOT_FOUND',
    message: (p: { entity: string; id: number }) => `No ${p.entity} ${p.id}`,
  },
  BODY_REFERENCE_UNKNOWN: {
    status: 'BAD_REQUEST',
    message: (p: { id: number }) => `No governance body with id ${p.id}`,
  },
  REFERENCE_UNKNOWN: { status: 'BAD_REQUEST', message: 'A record this refers to does not exist' },
  PROJECT_NOT_LOADED: { status: 'NOT_FOUND', message: 'No project loaded' },

  // Rules of the records.
  STALE_VERSION: {
    status: 'CONFLICT',
    message: 'Someone else saved this record after you opened it: reload to see their changes, then edit again',
  },
  SLUG_TAKEN: { status: 'CONFLICT', message: (p: { slug: string }) => `The address "${p.slug}" is already taken` },
  SINGLE_LEAD: { status: 'CONFLICT', message: 'The project already has an active lead partner' },
  SITE_OF_OTHER_ORGANIZATION: { status: 'BAD_REQUEST', message: 'That site is not one of this organisation' },
  EVENT_WITHOUT_BODY: {
    status: 'BAD_REQUEST',
    message: 'This event belongs to no body: choose the organisations',
  },
  EVENT_NOT_STARTED: { status: 'BAD_REQUEST', message: 'An event that has not started yet cannot be marked as held' },
  EVENT_PAST_PLANNED: {
    status: 'BAD_REQUEST',
    message: 'This event ended more than a day ago and has no register: mark it held or cancelled',
  },
  EVENT_CANCELLED: { status: 'CONFLICT', message: 'The event is cancelled: its register is read-only' },
  EVENT_NOT_DELETABLE: {
    status: 'CONFLICT',
    message: 'Only an event that was never held and has no register lines can be deleted: cancel it instead',
  },
  MINUTES_EVENT_NOT_HELD: { status: 'BAD_REQUEST', message: 'Minutes, decisions and actions belong to an event that was held' },
  MINUTES_LOCKED: { status: 'CONFLICT', message: 'The minutes are approved and locked: reopen them, saying why, to change them' },
  MINUTES_EMPTY: { status: 'BAD_REQUEST', message: 'Write the minutes in Italian before approving them' },
  MINUTES_NOT_APPROVED: { status: 'CONFLICT', message: 'The minutes are not approved' },
  DECISION_OF_OTHER_EVENT: { status: 'BAD_REQUEST', message: 'That decision was taken at another event' },
  BODY_MEMBER_EXISTS: { status: 'CONFLICT', message: 'The organisation already belongs to this body: change its dates instead' },
  BODY_MEMBER_NOT_FOUND: { status: 'NOT_FOUND', message: 'The organisation does not belong to this body' },
  EMAIL_DOMAIN_TAKEN: {
    status: 'CONFLICT',
    message: (p: { domain: string; organization: string }) => `${p.domain} is registered for ${p.organization} already`,
  },
  EMAIL_DOMAIN_NOT_FOUND: { status: 'NOT_FOUND', message: 'This domain is not registered for the organisation' },
  BODY_MEMBER_HAS_REGISTER: {
    status: 'CONFLICT',
    message: 'The organisation is in registers of this body: set the day it left instead of removing it',
  },
  COMUNE_UNKNOWN: { status: 'BAD_REQUEST', message: 'No Sicilian comune has this ISTAT code' },
  ACCOUNT_WITHOUT_ORGANIZATION: { status: 'FORBIDDEN', message: 'Your account belongs to no organisation' },
  ORGANIZATION_NOT_INVITED: { status: 'FORBIDDEN', message: 'Your organisation was not invited to this event' },

  // Schema checks: a field's own code, set in shared/schemas.
  REQUIRED: { status: 'BAD_REQUEST', message: 'Required' },
  TOO_SHORT: { status: 'BAD_REQUEST', message: (p: { min: number }) => `Use at least ${p.min} characters` },
  TOO_LONG: { status: 'BAD_REQUEST', message: (p: { max: number }) => `Use at most ${p.max} characters` },
  TOO_SMALL: { status: 'BAD_REQUEST', message: (p: { min: number }) => `The smallest value is ${p.min}` },
  TOO_BIG: { status: 'BAD_REQUEST', message: (p: { max: number }) => `The largest value is ${p.max}` },
  NOT_A_NUMBER: { status: 'BAD_REQUEST', message: 'Enter a number' },
  INVALID_EMAIL: { status: 'BAD_REQUEST', message: 'Invalid e-mail address' },
  INVALID_URL: { status: 'BAD_REQUEST', message: 'Invalid URL' },
  INVALID_DATE: { status: 'BAD_REQUEST', message: 'Invalid date' },
  INVALID_FORMAT: { status: 'BAD_REQUEST', message: 'Invalid format' },
  INVALID_CHOICE: { status: 'BAD_REQUEST', message: 'Choose one of the listed values' },
  SLUG_FORMAT: { status: 'BAD_REQUEST', message: 'Use lower-case letters, digits and hyphens' },
  PHONE_FORMAT: { status: 'BAD_REQUEST', message: 'Use digits, spaces and an optional leading +' },
  ISTAT_CODE_FORMAT: { status: 'BAD_REQUEST', message: 'Six digits' },
  EMAIL_DOMAIN_FORMAT: { status: 'BAD_REQUEST', message: 'A domain such as comune.palermo.it' },
  EMAIL_DOMAIN_SHARED: { status: 'BAD_REQUEST', message: 'Anyone can have an address at this provider: it identifies no organisation' },
  FISCAL_CODE_FORMAT: { status: 'BAD_REQUEST', message: 'Eleven digits or sixteen characters' },
  LATITUDE_RANGE: { status: 'BAD_REQUEST', message: 'The latitude must fall in Sicily' },
  LONGITUDE_RANGE: { status: 'BAD_REQUEST', message: 'The longitude must fall in Sicily' },
  PAIRED_COORDINATES: { status: 'BAD_REQUEST', message: 'Give both latitude and longitude, or neither' },
  DATES_ORDER: { status: 'BAD_REQUEST', message: 'The end date comes before the start date' },
  EVENT_DATES_ORDER: {
    status: 'BAD_REQUEST',
    message: 'The end must be of the same kind as the start (both dates, or both date-times) and not before it',
  },
  EVENT_MONTH_TIMED: {
    status: 'BAD_REQUEST',
    message: 'An event known only by its month has bare dates, without a time',
  },
  PERIOD_ORDER: { status: 'BAD_REQUEST', message: 'The period must not end before it starts' },
  INVALID_PERIOD: { status: 'BAD_REQUEST', message: 'Give from and to as YYYY-MM-DD, from ≤ to' },
  DAY_OUT_OF_RANGE: { status: 'BAD_REQUEST', message: 'Give a day between 2000 and 2099' },
  EVIDENCE_PACK_TOO_LARGE: {
    status: 'BAD_REQUEST',
    message: ({ megabytes }: { megabytes: number }) => `The evidence pack would exceed ${megabytes} MB: choose a shorter period`,
  },
  WITHDRAWAL_REASON: { status: 'BAD_REQUEST', message: 'Give the reason for the withdrawal' },
  PERSON_NEEDS_BASIS: {
    status: 'BAD_REQUEST',
    message: 'A contact naming a person needs a legal basis and a review date',
  },
  SECOND_FACTOR_CODE_FORMAT: { status: 'BAD_REQUEST', message: 'Enter the 6-digit code or a recovery code' },
  TOTP_CODE_FORMAT: { status: 'BAD_REQUEST', message: 'Enter the 6-digit code' },
  ORGANIZATION_TWICE: { status: 'BAD_REQUEST', message: 'Each organisation at most once' },
  IMPORT_FILE_TOO_LARGE: { status: 'BAD_REQUEST', message: 'A participant list is kept up to 512 KiB' },
  IMPORT_FILE_UNREADABLE: { status: 'BAD_REQUEST', message: 'The file must be sent as base64' },
  IMPORT_FILE_MISMATCH: { status: 'BAD_REQUEST', message: 'The file sent is not the one that was read (SHA-256 differs)' },
  ORGANIZATION_NOT_IN_REGISTER: { status: 'NOT_FOUND', message: 'This organisation is not in the register' },
  IPA_CODE_FORMAT: { status: 'BAD_REQUEST', message: 'Letters, digits, _ . - (up to 30)' },
  INDICEPA_NOTHING_TO_APPLY: { status: 'BAD_REQUEST', message: 'A change sets at least one field' },
  INDICEPA_DATE_IN_FUTURE: { status: 'BAD_REQUEST', message: 'The file cannot have been downloaded after today' },
  INDICEPA_ORGANIZATION_TWICE: { status: 'BAD_REQUEST', message: 'Each organisation at most once per import' },
  INDICEPA_CODE_TAKEN: {
    status: 'CONFLICT',
    message: ({ name }: { name: string }) => `Another organisation (${name}) already has this IPA or fiscal code`,
  },
});

export type ErrorCode = keyof typeof errorDefinitions;

type MessageOf<C extends ErrorCode> = (typeof errorDefinitions)[C]['message'];
/** The parameters a code's sentence needs (`{}` when it needs none). */
export type ErrorParams<C extends ErrorCode> = MessageOf<C> extends (params: infer P) => string ? P : Record<never, never>;
/** The rest parameters of a call that names a code: required when the code has parameters. */
export type ErrorParamsArg<C extends ErrorCode> = MessageOf<C> extends (params: infer P) => string ? [params: P] : [];

/** A code and its parameters, as they cross the wire. */
export type CodedError = { [C in ErrorCode]: { code: C; params: ErrorParams<C> } }[ErrorCode];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(errorDefinitions, value);

/** The English sentence of a code (logs, tests, API callers; never shown in the interface). */
export function errorMessage(error: CodedError): string {
  const message = errorDefinitions[error.code].message as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(error.params) : message;
}

/**
 * What a schema check says when it fails: `.regex(re, check('PHONE_FORMAT'))`,
 * `.refine(fn, { ...check('DATES_ORDER'), path: ['endDate'] })`. The code travels as the issue's
 * message, which `issueError` reads back. (A fresh object each time: zod rewrites the one it is given.)
 */
export const check = <C extends CodeWithoutParams>(code: C) => ({ error: code });
type CodeWithoutParams = { [C in ErrorCode]: ErrorParamsArg<C> extends [] ? C : never }[ErrorCode];

/** A zod issue, structurally: the client's header bundle stays free of zod. */
export type IssueLike = {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  expected?: string;
  params?: Record<string, unknown>;
};

/**
 * The code of one failed check: the schema's own code when it set one, otherwise zod's built-in
 * check put into our words. With the `input` that failed, an empty field is REQUIRED whatever its check.
 */
export function issueError(issue: IssueLike, input?: Record<string, unknown>): CodedError {
  if (isErrorCode(issue.message)) {
    return { code: issue.message, params: (issue.params ?? {}) as never } as CodedError;
  }
  if (input && issue.path.length > 0) {
    const value = input[String(issue.path[0])];
    if (value === '' || value === undefined || value === null) return { code: 'REQUIRED', params: {} };
  }
  const isString = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (isString && min === 1) return { code: 'REQUIRED', params: {} };
      return isString ? { code: 'TOO_SHORT', params: { min } } : { code: 'TOO_SMALL', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return isString ? { code: 'TOO_LONG', params: { max } } : { code: 'TOO_BIG', params: { max } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'INVALID_EMAIL', params: {} };
      if (issue.format === 'url') return { code: 'INVALID_URL', params: {} };
      if (issue.format === 'date' || issue.format === 'datetime') return { code: 'INVALID_DATE', params: {} };
      return { code: 'INVALID_FORMAT', params: {} };
    case 'invalid_value':
      return { code: 'INVALID_CHOICE', params: {} };
    case 'invalid_type':
      return issue.expected === 'number' ? { code: 'NOT_A_NUMBER', params: {} } : { code: 'REQUIRED', params: {} };
    default:
      return { code: 'INVALID_FORMAT', params: {} };
  }
}

/** The first code of each field that failed, keyed by the field's name (`_form` for the whole input). */
export function fieldErrors(
  issues: readonly IssueLike[],
  input?: Record<string, unknown>,
): Partial<Record<string, CodedError>> {
  const out: Partial<Record<string, CodedError>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_form');
    out[field] ??= issueError(issue, input);
  }
  return out;
}

/** Failed checks in English, one per line (`field: sentence`), for command-line tools and logs. */
export function describeIssues(issues: readonly IssueLike[], input?: Record<string, unknown>): string {
  return Object.entries(fieldErrors(issues, input))
    .map(([field, error]) => `${field === '_form' ? '' : `${field}: `}${errorMessage(error!)}`)
    .join('\n');
}
