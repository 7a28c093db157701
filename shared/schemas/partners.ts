import { z } from 'zod';
import { LOCALES } from '../locales';
import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PROVINCE_CODES,
  SITE_KINDS,
} from '../enums';
import { searchText, slug } from './common';

export const PARTNER_TIERS = ['project', 'network'] as const;

/** Filters shared by the map, the list, the directory and `partners.list`. */
export const partnerFilters = z
  .object({
    type: z.enum(ORGANIZATION_TYPES).optional(),
    role: z.enum(MEMBERSHIP_ROLES).optional(),
    province: z.enum(PROVINCE_CODES).optional(),
    status: z.enum(MEMBERSHIP_STATUSES).optional(),
    q: searchText.optional(),
    /** `project`: the lead partner and the partners only; `network`: everyone else (the map clusters them). */
    tier: z.enum(PARTNER_TIERS).optional(),
  })
  .strict();
export type PartnerFilters = z.infer<typeof partnerFilters>;

export const partnerListInput = partnerFilters.optional();

/** Columns the directory sorts by (the server sorts: a page is a slice of the sorted whole). */
export const PARTNER_SORTS = ['name', 'type', 'role', 'province', 'city', 'status'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];
export const PARTNER_PAGE_SIZES = [25, 50, 100] as const;

/** One page of the filtered, sorted organisations, with the total and the counts by role. */
export const partnerPageInput = partnerFilters
  .extend({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(PARTNER_PAGE_SIZES[0]),
    sort: z.enum(PARTNER_SORTS).default('name'),
    dir: z.enum(['asc', 'desc']).default('asc'),
    /** The language the labels are sorted in (type, status). */
    lang: z.enum(LOCALES).default('it'),
  })
  .strict();
export type PartnerPageInput = z.input<typeof partnerPageInput>;
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

export const partnerByIdInput = z.object({ id: z.number().int().positive() }).strict();
