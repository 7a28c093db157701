import { z } from 'zod';
import { check } from '../errors';
import { ATTENDANCE_STATUSES } from '../enums';
import { id, optionalText, version } from './common';

/** Inputs of the attendance-register procedures (`attendance.*`), shared with the register page. */

/** The most people one organisation can send to one event: a typo guard, not a rule. */
export const MAX_PEOPLE_PER_LINE = 9999;
/** Rows of a participant list per `importPreview` call; the client sends bigger files in chunks. */
export const IMPORT_PREVIEW_MAX_ROWS = 2000;

/**
 * The largest participant list kept as evidence (512 KiB: a sign-in export of thousands of rows). The
 * file travels base64-encoded inside the 1 MB request limit, with room for its assignments.
 */
export const MAX_IMPORT_FILE_BYTES = 512 * 1024;
const MAX_IMPORT_FILE_BASE64 = 4 * Math.ceil(MAX_IMPORT_FILE_BYTES / 3);

const peopleCount = z.number().int().min(0).max(MAX_PEOPLE_PER_LINE).nullable().optional();
const status = z.enum(ATTENDANCE_STATUSES);

export const attendanceEventInput = z.object({ eventId: id }).strict();
export type AttendanceEventInput = z.infer<typeof attendanceEventInput>;

/** Invites organisations: the given ones, or (without a list) the members of the event's body. */
export const attendanceInviteInput = z
  .object({ eventId: id, organizationIds: z.array(id).min(1).max(1000).optional() })
  .strict();
export type AttendanceInviteInput = z.infer<typeof attendanceInviteInput>;

/** One line of a register as the coordinator saves it; `version` is the one read (absent for a new line). */
export const attendanceLineInput = z
  .object({
    organizationId: id,
    status: status.nullable(),
    peopleCount,
    delegateName: optionalText(120),
    notes: optionalText(1000),
    version: version.optional(),
  })
  .strict();
export type AttendanceLineInput = z.input<typeof attendanceLineInput>;
export type AttendanceLine = z.infer<typeof attendanceLineInput>;

const distinctOrganizations = (lines: { organizationId: number }[]) =>
  new Set(lines.map((l) => l.organizationId)).size === lines.length;

export const attendanceRecordInput = z
  .object({ eventId: id, lines: z.array(attendanceLineInput).min(1).max(2000) })
  .strict()
  .refine((v) => distinctOrganizations(v.lines), { ...check('ORGANIZATION_TWICE'), path: ['lines'] });
export type AttendanceRecordInput = z.input<typeof attendanceRecordInput>;

/** An editor confirms their own organisation's line (the organisation comes from the session). */
export const attendanceConfirmOwnInput = z
  .object({
    eventId: id,
    status,
    peopleCount,
    delegateName: optionalText(120),
    notes: optionalText(1000),
    version: version.optional(),
  })
  .strict();
export type AttendanceConfirmOwnInput = z.input<typeof attendanceConfirmOwnInput>;
export type AttendanceConfirmOwn = z.infer<typeof attendanceConfirmOwnInput>;

/** One row of a participant list, as read from the file (any field may be missing). */
export const participantRow = z
  .object({
    name: z.string().max(200).optional(),
    email: z.string().max(254).optional(),
    organization: z.string().max(300).optional(),
  })
  .strict();
export type ParticipantRow = z.infer<typeof participantRow>;

export const importPreviewInput = z
  .object({ eventId: id, rows: z.array(participantRow).min(1).max(IMPORT_PREVIEW_MAX_ROWS) })
  .strict();
export type ImportPreviewInput = z.infer<typeof importPreviewInput>;

/** How a participant row was matched to an organisation. */
export const MATCH_METHODS = ['email_domain', 'exact_name', 'close_name', 'partial_name'] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];
/** Below this confidence the page asks the coordinator to check the match. */
export const REVIEW_BELOW_CONFIDENCE = 0.85;

export const importCommitInput = z
  .object({
    eventId: id,
    /** SHA-256 of the file's bytes, lower-case hex: the same file is imported once per event. */
    fileHash: z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in hexadecimal'),
    fileName: z.string().trim().min(1).max(255),
    /** The file's bytes, base64: kept as evidence, and their SHA-256 must be `fileHash`. */
    file: z.base64(check('IMPORT_FILE_UNREADABLE')).min(1).max(MAX_IMPORT_FILE_BASE64, check('IMPORT_FILE_TOO_LARGE')),
    /** Data rows in the file, matched or not (for the import log). */
    rowCount: z.number().int().min(0).max(1_000_000).optional(),
    /**
     * Each organisation found in the file with its number of different people, counted by the
     * page over the whole file with `countDistinctPeople`; skipped rows are left out.
     */
    assignments: z
      .array(z.object({ organizationId: id, people: z.number().int().min(1).max(MAX_PEOPLE_PER_LINE) }).strict())
      .min(1)
      .max(5000),
  })
  .strict()
  .refine((v) => distinctOrganizations(v.assignments), {
    ...check('ORGANIZATION_TWICE'),
    path: ['assignments'],
  });
export type ImportCommitInput = z.infer<typeof importCommitInput>;

/** Removes an invited organisation from a register: the line read, by its version. */
export const attendanceRemoveInput = z.object({ eventId: id, organizationId: id, version }).strict();
export type AttendanceRemoveInput = z.infer<typeof attendanceRemoveInput>;

/** Lower-case, accents and punctuation removed, single spaces: "  D'Angelo,  Maria " → "d angelo maria". */
export const normalizePersonName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * How many different people a list holds: two rows are the same person when they share an
 * e-mail (case-insensitive) or a normalised name. The rule behind `importCommit`'s head counts.
 */
export function countDistinctPeople(people: { name?: string; email?: string }[]): number {
  const emails = new Set<string>();
  const names = new Set<string>();
  let count = 0;
  for (const p of people) {
    const email = p.email?.trim().toLowerCase() || '';
    const name = p.name ? normalizePersonName(p.name) : '';
    if (!email && !name) {
      count++; // an anonymous row is still someone who signed in
      continue;
    }
    const seen = (email && emails.has(email)) || (name && names.has(name));
    if (email) emails.add(email);
    if (name) names.add(name);
    if (!seen) count++;
  }
  return count;
}
