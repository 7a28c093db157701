import { SICILY_BOUNDS } from '@shared/enums';
import type { ErrorDictionary } from './types';

const { minLat, maxLat, minLng, maxLng } = SICILY_BOUNDS;
const notFound = 'This record no longer exists: reload the page.';
const conflict = 'Someone else changed this record: reload the page and try again.';
const generic = 'The operation could not be completed. Try again in a moment.';
const minLength = ({ min }: { min: number }) => `Enter at least ${min} characters.`;
const maxLength = ({ max }: { max: number }) => `Use at most ${max} characters.`;

export const errorsEn = {
  network: 'The connection failed: check your network and try again.',
  INVALID_INPUT: 'Check what you entered: some of it is not valid.',
  INTERNAL: generic,
  NOT_FOUND: notFound,
  REQUEST_REFUSED: generic,
  PAYLOAD_TOO_LARGE: 'Too much data for one request: split it into smaller parts.',
  JSON_ONLY: generic,
  CROSS_SITE: 'Request refused because it came from another site: open the application from its own address and try again.',

  SIGN_IN_FIRST: 'Your session has expired or you are not signed in: sign in again.',
  MFA_SETUP_FIRST: 'Set up two-factor authentication in your reserved area first.',
  ROLE_FORBIDDEN: 'Your role does not allow this.',
  OWN_ORGANIZATION_ONLY: 'Your role does not allow this.',
  COORDINATORS_TIER: 'Only coordinators manage the contacts reserved to coordinators.',

  WRONG_CREDENTIALS: 'Wrong e-mail, password or code.',
  TOO_MANY_ATTEMPTS: ({ seconds }) =>
    seconds > 90
      ? `Too many failed attempts: try again in ${Math.ceil(seconds / 60)} minutes.`
      : `Too many failed attempts: try again in ${seconds} seconds.`,
  TOTP_ALREADY_ON: 'Two-factor authentication is already on.',
  TOTP_INVALID: 'The code is not valid: check that the time on your phone is right and try again.',
  PASSWORD_TOO_SHORT: minLength,
  PASSWORD_TOO_LONG: maxLength,
  PASSWORD_COMMON: 'This password is among the most common ones: choose another.',
  PASSWORD_REPEATS: 'This password repeats a single character: choose another.',
  PASSWORD_CONTAINS_EMAIL: 'The password must not contain the first part of your e-mail address.',
  USER_NOT_FOUND: 'This account no longer exists: reload the page.',
  ACCOUNT_EXISTS: ({ email }) => `An account for ${email} exists already.`,
  EDITOR_NEEDS_ORGANIZATION: 'An organisation editor belongs to an organisation: choose it from the list.',

  ORGANIZATION_NOT_FOUND: notFound,
  ORGANIZATION_SLUG_UNKNOWN: ({ slug }) => `No organisation with the address “${slug}”.`,
  ORGANIZATIONS_UNKNOWN: ({ ids }) => `Some of the chosen organisations no longer exist (${ids}): reload the page.`,
  PARTNER_NOT_FOUND: notFound,
  BODY_NOT_FOUND: 'The chosen body no longer exists: reload the page.',
  EVENT_NOT_FOUND: 'This event no longer exists: reload the page.',
  RECORD_NOT_FOUND: notFound,
  BODY_REFERENCE_UNKNOWN: 'The chosen body no longer exists: reload the page.',
  REFERENCE_UNKNOWN: 'Something this refers to no longer exists: reload the page.',
  PROJECT_NOT_LOADED: 'The project’s data has not been loaded yet: tell the administrator.',

  STALE_VERSION: conflict,
  SLUG_TAKEN: ({ slug }) => `The address “${slug}” is already taken: choose another.`,
  SINGLE_LEAD: 'The project already has an active lead partner.',
  SITE_OF_OTHER_ORGANIZATION: 'The chosen site does not belong to this organisation.',
  EVENT_WITHOUT_BODY: 'This event belongs to no body: choose the invited organisations.',
  EVENT_NOT_STARTED: 'The event has not started yet: it cannot be held. Leave it “Planned”.',
  EVENT_PAST_PLANNED: 'The event ended more than a day ago and has no register: say whether it was held or cancelled.',
  EVENT_CANCELLED: 'The event is cancelled: its register is read-only. To change it, first set the event back to “Planned” or “Held”.',
  EVENT_NOT_DELETABLE: 'Only an event that was never held and has no register lines can be deleted: cancel it instead.',
  MINUTES_EVENT_NOT_HELD: 'Minutes, decisions and actions are recorded for an event that was held: first mark the event “Held”.',
  MINUTES_LOCKED: 'The minutes are approved and locked: to change them, reopen them saying why.',
  MINUTES_EMPTY: 'Write the minutes in Italian before approving them.',
  MINUTES_NOT_APPROVED: 'The minutes are not approved: there is nothing to reopen.',
  DECISION_OF_OTHER_EVENT: 'The chosen decision was taken at another event.',
  BODY_MEMBER_EXISTS: 'The organisation already belongs to this body: change its dates instead of adding it again.',
  BODY_MEMBER_NOT_FOUND: 'The organisation does not belong to this body.',
  BODY_MEMBER_HAS_REGISTER: 'The organisation appears in the registers of this body’s events: set the day it left instead of removing it.',
  COMUNE_UNKNOWN: 'No Sicilian comune has this ISTAT code: pick it from the list.',
  ACCOUNT_WITHOUT_ORGANIZATION: 'Your account is linked to no organisation: ask the lead partner to link it.',
  ORGANIZATION_NOT_INVITED: 'Your organisation is not among those invited to this event.',

  REQUIRED: 'This field is required.',
  TOO_SHORT: minLength,
  TOO_LONG: maxLength,
  TOO_SMALL: ({ min }) => `The minimum is ${min}.`,
  TOO_BIG: ({ max }) => `The maximum is ${max}.`,
  NOT_A_NUMBER: 'Enter a number, for example 38.01762.',
  INVALID_EMAIL: 'Not a valid e-mail address: it should look like name@domain.it.',
  INVALID_URL: 'Not a valid web address: it must start with https:// or http://.',
  INVALID_DATE: 'Not a valid date.',
  INVALID_FORMAT: 'Not a valid format.',
  INVALID_CHOICE: 'Choose one of the options.',
  SLUG_FORMAT: 'Use only lower-case unaccented letters, digits and hyphens.',
  PHONE_FORMAT: 'Use only digits and spaces, with a leading + for the country code.',
  ISTAT_CODE_FORMAT: 'The ISTAT code has six digits.',
  FISCAL_CODE_FORMAT: 'The tax code has 11 digits (public body) or 16 characters.',
  LATITUDE_RANGE: `The latitude must fall in Sicily: between ${minLat} and ${maxLat}.`,
  LONGITUDE_RANGE: `The longitude must fall in Sicily: between ${minLng} and ${maxLng}.`,
  PAIRED_COORDINATES: 'Give both latitude and longitude, or neither.',
  DATES_ORDER: 'The end date comes before the start date.',
  EVENT_DATES_ORDER: 'The end must be of the same kind as the start (both dates, or both with a time) and not before it.',
  EVENT_MONTH_TIMED: 'An event known only by its month cannot have a time: give the months only.',
  PERIOD_ORDER: 'The period ends before it starts.',
  INVALID_PERIOD: 'Give the period as two dates (from … to …), the first not after the second.',
  DAY_OUT_OF_RANGE: 'Give a day between 2000 and 2099.',
  EVIDENCE_PACK_TOO_LARGE: ({ megabytes }: { megabytes: number }) =>
    `The evidence pack would be larger than ${megabytes} MB: choose a shorter period.`,
  WITHDRAWAL_REASON: 'Give the reason for the withdrawal.',
  PERSON_NEEDS_BASIS: 'A contact naming a person needs a legal basis and a review date.',
  SECOND_FACTOR_CODE_FORMAT: 'Enter the 6-digit code or a recovery code (for example abcde-23456).',
  TOTP_CODE_FORMAT: 'Enter the 6-digit code shown by the app.',
  ORGANIZATION_TWICE: 'Each organisation may appear only once.',
} satisfies ErrorDictionary;
