import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditListInput } from '../../shared/schemas/audit';
import type { Db } from '../db/client';
import { auditLog, organizations } from '../db/schema';

/** The audit trail, newest first, filterable per record, organisation, user, action and period; a page before `before`. */
export function listAudit(db: Db, input: z.output<typeof auditListInput>) {
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userEmail: auditLog.userEmail,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      organizationId: auditLog.organizationId,
      organizationShortName: organizations.shortName,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(organizations, eq(auditLog.organizationId, organizations.id))
    .where(
      and(
        input.entity ? eq(auditLog.entity, input.entity) : undefined,
        input.entityId ? eq(auditLog.entityId, input.entityId) : undefined,
        input.organizationId ? eq(auditLog.organizationId, input.organizationId) : undefined,
        input.userId ? eq(auditLog.userId, input.userId) : undefined,
        input.action ? eq(auditLog.action, input.action) : undefined,
        input.from ? gte(auditLog.at, input.from) : undefined,
        input.to ? lte(auditLog.at, `${input.to}T23:59:59.999Z`) : undefined,
        input.before ? lt(auditLog.id, input.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1)
    .all();
  const more = rows.length > input.limit;
  const items = more ? rows.slice(0, input.limit) : rows;
  return { items, nextBefore: more ? items.at(-1)!.id : null };
}
