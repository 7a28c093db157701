import { z } from 'zod';
import { ACTION_STATUSES } from '../enums';
import { id, optionalIsoDate, text, version } from './common';

/** Minutes are kept as plain text (Markdown allowed, never rendered as HTML), Italian and English. */
const minutesText = text(50_000);

export const eventIdInput = z.object({ eventId: id }).strict();

/** Saves the draft minutes of an event: the first save creates them (no version), later ones name it. */
export const minutesSaveInput = z
  .object({ eventId: id, version: version.optional(), textIt: minutesText, textEn: minutesText.optional() })
  .strict();
export type MinutesSaveInput = z.infer<typeof minutesSaveInput>;

export const minutesApproveInput = z.object({ eventId: id, version }).strict();
/** Reopening approved minutes says why: the reason stays in the audit trail. */
export const minutesReopenInput = z.object({ eventId: id, version, reason: text(500).min(3) }).strict();

const decisionFields = {
  textIt: text(2000).min(3),
  textEn: text(2000).optional(),
  /** The day the decision was taken: the event's day when not given. */
  decidedOn: optionalIsoDate,
};
export const decisionCreateInput = z.object({ eventId: id, ...decisionFields }).strict();
export type DecisionCreateInput = z.infer<typeof decisionCreateInput>;
export const decisionUpdateInput = z.object({ id, version, ...decisionFields }).partial({ textIt: true }).strict();
export type DecisionUpdateInput = z.infer<typeof decisionUpdateInput>;

const actionFields = {
  titleIt: text(500).min(3),
  titleEn: text(500).optional(),
  ownerOrganizationId: id,
  decisionId: id.nullable().optional(),
  dueDate: optionalIsoDate,
};
export const actionCreateInput = z.object({ eventId: id, ...actionFields }).strict();
export type ActionCreateInput = z.infer<typeof actionCreateInput>;
export const actionUpdateInput = z
  .object({ id, version, ...actionFields, status: z.enum(ACTION_STATUSES).optional() })
  .partial({ titleIt: true, ownerOrganizationId: true })
  .strict();
export type ActionUpdateInput = z.infer<typeof actionUpdateInput>;
/** What an editor may do to their own organisation's action: close it (done, dropped) or reopen it. */
export const actionStatusInput = z.object({ id, version, status: z.enum(ACTION_STATUSES) }).strict();
export type ActionStatusInput = z.infer<typeof actionStatusInput>;

/** Filters of the actions view. */
export const actionListInput = z
  .object({
    status: z.enum(ACTION_STATUSES).optional(),
    ownerOrganizationId: id.optional(),
    eventId: id.optional(),
    overdue: z.boolean().optional(),
  })
  .strict()
  .optional();
export type ActionListInput = z.infer<typeof actionListInput>;
