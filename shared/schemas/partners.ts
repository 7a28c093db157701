import { z } from 'zod';
import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PROVINCE_CODES,
  SITE_KINDS,
} from '../enums';
import { searchText, slug } from './common';

/** Filters shared by the map, the list, the directory and `partners.list`. */
export const partnerFilters = z
  .object({
    type: z.enum(ORGANIZATION_TYPES).optional(),
    role: z.enum(MEMBERSHIP_ROLES).optional(),
    province: z.enum(PROVINCE_CODES).optional(),
    status: z.enum(MEMBERSHIP_STATUSES).optional(),
    q: searchText.optional(),
  })
  .strict();
export type PartnerFilters = z.infer<typeof partnerFilters>;

export const partnerListInput = partnerFilters.optional();
export type PartnerListInput = z.infer<typeof partnerListInput>;

export const partnerBySlugInput = z.object({ slug }).strict();
export type PartnerBySlugInput = z.infer<typeof partnerBySlugInput>;

export const siteListInput = z
  .object({
    organizationSlug: slug.optional(),
    kind: z.enum(SITE_KINDS).optional(),
    province: z.enum(PROVINCE_CODES).optional(),
  })
  .strict()
  .optional();
export type SiteListInput = z.infer<typeof siteListInput>;
