import { z } from 'zod';
import { ACTIVITY_ROLES, DELIVERABLE_STATUSES } from '../enums';
import { id, optionalWebUrl, text, version } from './common';

/** Sets (or, with null, clears) an organisation's role in a line of activity. */
export const activityRoleInput = z
  .object({ activityLineId: id, organizationId: id, role: z.enum(ACTIVITY_ROLES).nullable() })
  .strict();
export type ActivityRoleInput = z.infer<typeof activityRoleInput>;

const deliverableFields = {
  titleIt: text(500).min(3),
  titleEn: text(500).optional(),
  organizationId: id,
  activityLineId: id.nullable().optional(),
  dueDate: z.iso.date(),
  status: z.enum(DELIVERABLE_STATUSES),
  evidenceUrl: optionalWebUrl,
};
export const deliverableCreateInput = z.object(deliverableFields).strict();
export type DeliverableCreateInput = z.infer<typeof deliverableCreateInput>;
export const deliverableUpdateInput = z
  .object({ id, version, ...deliverableFields })
  .partial({ titleIt: true, organizationId: true, dueDate: true, status: true })
  .strict();
export type DeliverableUpdateInput = z.infer<typeof deliverableUpdateInput>;
/** What the owner organisation's editors change: the status and where the evidence is. */
export const deliverableStatusInput = z
  .object({ id, version, status: z.enum(DELIVERABLE_STATUSES), evidenceUrl: optionalWebUrl })
  .strict();
export type DeliverableStatusInput = z.infer<typeof deliverableStatusInput>;
