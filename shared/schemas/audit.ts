import { z } from 'zod';
import { AUDIT_ACTIONS } from '../enums';

export const AUDIT_ENTITIES = ['organization', 'membership', 'site', 'contact', 'attendance', 'event', 'user', 'evidence_pack', 'minutes', 'decision', 'action_item', 'body', 'body_member', 'deliverable', 'activity_role', 'email_domain', 'site_settings'] as const;

export const auditListInput = z
  .object({
    entity: z.enum(AUDIT_ENTITIES).optional(),
    entityId: z.number().int().positive().optional(),
    organizationId: z.number().int().positive().optional(),
    userId: z.number().int().positive().optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    /** Rows before this id (keyset pagination, newest first). */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .default({ limit: 50 });
export type AuditListInput = z.input<typeof auditListInput>;
