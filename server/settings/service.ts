/**
 * The site's settings (one row): what the accessibility statement and the privacy notice say about the
 * feedback address, the controller and the data-protection officer. Read by everyone, written by
 * coordinators, each change in the audit trail; a stale save is a CONFLICT and writes nothing.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { siteSettingsInput } from '../../shared/schemas/settings';
import { writeAudit } from '../audit/audited';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { siteSettings } from '../db/schema';
import { appError } from '../errors';

const ROW = 1;
const publicColumns = {
  accessibilityEmail: siteSettings.accessibilityEmail,
  accessibilityStatementUrl: siteSettings.accessibilityStatementUrl,
  privacyController: siteSettings.privacyController,
  privacyDpo: siteSettings.privacyDpo,
  privacyEmail: siteSettings.privacyEmail,
  updatedAt: siteSettings.updatedAt,
  version: siteSettings.version,
};

/** The settings (their row is made, empty, by migration 0011). */
export function getSiteSettings(db: Db) {
  return db.select(publicColumns).from(siteSettings).where(eq(siteSettings.id, ROW)).get()!;
}
export type SiteSettings = ReturnType<typeof getSiteSettings>;

export function updateSiteSettings(db: Db, actor: SessionUser, input: z.output<typeof siteSettingsInput>) {
  return db.transaction((tx) => {
    const before = tx.select(publicColumns).from(siteSettings).where(eq(siteSettings.id, ROW)).get()!;
    if (before.version !== input.version) throw appError('STALE_VERSION');
    const { version, ...values } = input;
    const after = tx
      .update(siteSettings)
      .set({ ...values, version: version + 1, updatedAt: new Date().toISOString() })
      .where(eq(siteSettings.id, ROW))
      .returning(publicColumns)
      .get()!;
    writeAudit(tx, actor, { action: 'update', entity: 'site_settings', entityId: ROW, organizationId: null, before, after });
    return after;
  });
}
