import { z } from 'zod';
import { optionalText, optionalWebUrl, version } from './common';
import { optionalEmail } from './editing';

/** What the lead partner states on the accessibility statement and the privacy notice; empty = not yet set. */
export const siteSettingsInput = z
  .object({
    accessibilityEmail: optionalEmail,
    /** The statement as published through AgID's form (form.agid.gov.it). */
    accessibilityStatementUrl: optionalWebUrl,
    privacyController: optionalText(300),
    privacyDpo: optionalText(300),
    privacyEmail: optionalEmail,
    version,
  })
  .strict();
export type SiteSettingsInput = z.input<typeof siteSettingsInput>;
