import type { AuditActor } from '../audit/audited';
import { writeAudit } from '../audit/audited';
import type { Tx } from '../db/client';
import type { users } from '../db/schema';

type UserRow = typeof users.$inferSelect;

/**
 * An account as its audit row shows it: never the password hash, the TOTP secret or the recovery
 * codes (not even their hashes), only whether a second factor is on and how many codes are left.
 */
export function accountView(row: UserRow) {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    organizationId: row.organizationId,
    twoFactor: Boolean(row.totpEnabledAt),
    totpEnabledAt: row.totpEnabledAt,
    recoveryCodesLeft: row.recoveryCodes.length,
    disabledAt: row.disabledAt,
  };
}

/**
 * The audit row of an account change (entity `user`), in the change's transaction. `event` names a
 * change the view cannot show, e.g. `passwordReset` (its value is the time).
 */
export function auditAccount(
  tx: Tx,
  actor: AuditActor,
  before: UserRow | null,
  after: UserRow,
  event?: 'passwordReset' | 'passwordChanged' | 'twoFactorReset',
) {
  writeAudit(tx, actor, {
    action: before ? 'update' : 'create',
    entity: 'user',
    entityId: after.id,
    organizationId: after.organizationId ?? before?.organizationId ?? null,
    before: before ? accountView(before) : null,
    after: { ...accountView(after), ...(event ? { [event]: new Date().toISOString() } : {}) },
  });
}

/** The actor of the operators' command-line tool, which has no account of its own. */
export const commandLine = (command: string): AuditActor => ({ id: null, email: `command line (${command})` });
