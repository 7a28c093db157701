import { z } from 'zod';
import { check } from '../errors';
import {
  CONTACT_KINDS,
  COORDINATE_PRECISIONS,
  LEGAL_BASES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PROVINCE_CODES,
  SITE_KINDS,
  VISIBILITY_TIERS,
} from '../enums';
import { DOMAIN_PATTERN, isSharedMailDomain, normalizeDomain } from '../email-domains';
import { id, latitude, longitude, optionalIsoDate, optionalText, optionalWebUrl, slug, source, text, version } from './common';

/** Inputs of the editing procedures; forms validate with the same schemas. */

const optionalDate = optionalIsoDate;
const optionalUrl = optionalWebUrl;
export const optionalEmail = z
  .string()
  .trim()
  .pipe(z.union([z.email().max(254), z.literal('')]))
  .transform((v) => (v === '' ? null : v.toLowerCase()))
  .nullable()
  .optional();
const phone = z
  .union([z.string().trim().regex(/^\+?[0-9 ()./-]{6,25}$/, check('PHONE_FORMAT')), z.literal('')])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/** Coordinates come in pairs, inside Sicily. */
const position = {
  lat: latitude.nullable().optional(),
  lng: longitude.nullable().optional(),
  coordinatePrecision: z.enum(COORDINATE_PRECISIONS).nullable().optional(),
};
/** Rules shared by the input schemas and the server's check of the saved record after a partial update. */
export const pairedCoordinates = (v: { lat?: number | null; lng?: number | null }) =>
  (v.lat == null) === (v.lng == null);
export const pairedMessage = () => ({ ...check('PAIRED_COORDINATES'), path: ['lat'] });

const organizationFields = {
  name: text(200).min(2),
  shortName: text(80).min(2),
  type: z.enum(ORGANIZATION_TYPES),
  province: z.enum(PROVINCE_CODES),
  city: text(80).min(2),
  address: optionalText(200),
  ...position,
  website: optionalUrl,
  pec: optionalEmail,
  /** Where the website and PEC come from, as the partner's page shows it. */
  channelSource: optionalText(300),
  ipaCode: optionalText(20),
  istatCode: z
    .union([z.string().regex(/^\d{6}$/, check('ISTAT_CODE_FORMAT')), z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  fiscalCode: z
    .union([z.string().regex(/^(\d{11}|[A-Z0-9]{16})$/i, check('FISCAL_CODE_FORMAT')), z.literal('')])
    .transform((v) => (v === '' ? null : v.toUpperCase()))
    .nullable()
    .optional(),
  descriptionIt: text(2000).optional(),
  descriptionEn: text(2000).optional(),
  sources: z.array(source).max(20).optional(),
};

export const organizationCreateInput = z
  .object({ slug, ...organizationFields })
  .strict()
  .refine(pairedCoordinates, pairedMessage());
export type OrganizationCreateInput = z.infer<typeof organizationCreateInput>;

export const organizationUpdateInput = z
  .object({ id, version, ...organizationFields })
  .partial({ name: true, shortName: true, type: true, province: true, city: true })
  .strict()
  .refine(pairedCoordinates, pairedMessage());
export type OrganizationUpdateInput = z.infer<typeof organizationUpdateInput>;

export const byIdInput = z.object({ id }).strict();
export type ByIdInput = z.infer<typeof byIdInput>;
export const deleteInput = z.object({ id, version }).strict();
export type DeleteInput = z.infer<typeof deleteInput>;

const membershipFields = {
  role: z.enum(MEMBERSHIP_ROLES),
  responsibilitiesIt: text(2000).optional(),
  responsibilitiesEn: text(2000).optional(),
  startDate: optionalDate,
  endDate: optionalDate,
  status: z.enum(MEMBERSHIP_STATUSES),
  endReasonIt: optionalText(1000),
  endReasonEn: optionalText(1000),
  sources: z.array(source).max(20).optional(),
};
export const datesInOrder = (v: { startDate?: string | null; endDate?: string | null }) =>
  !v.startDate || !v.endDate || v.startDate <= v.endDate;
export const withdrawalHasReason = (v: { status?: string; endReasonIt?: string | null }) =>
  v.status !== 'withdrawn' || Boolean(v.endReasonIt);

export const membershipCreateInput = z
  .object({ organizationId: id, ...membershipFields })
  .strict()
  .refine(datesInOrder, { ...check('DATES_ORDER'), path: ['endDate'] })
  .refine(withdrawalHasReason, { ...check('WITHDRAWAL_REASON'), path: ['endReasonIt'] });
export type MembershipCreateInput = z.infer<typeof membershipCreateInput>;

export const membershipUpdateInput = z
  .object({ id, version, ...membershipFields })
  .partial({ role: true, status: true })
  .strict()
  .refine(datesInOrder, { ...check('DATES_ORDER'), path: ['endDate'] })
  .refine(withdrawalHasReason, { ...check('WITHDRAWAL_REASON'), path: ['endReasonIt'] });
export type MembershipUpdateInput = z.infer<typeof membershipUpdateInput>;

const siteFields = {
  kind: z.enum(SITE_KINDS),
  nameIt: text(200).min(2),
  nameEn: text(200).optional(),
  province: z.enum(PROVINCE_CODES),
  city: text(80).min(2),
  address: optionalText(200),
  ...position,
  descriptionIt: text(2000).optional(),
  descriptionEn: text(2000).optional(),
  hoursIt: text(500).optional(),
  hoursEn: text(500).optional(),
  accessIt: text(500).optional(),
  accessEn: text(500).optional(),
  sources: z.array(source).max(20).optional(),
};
export const siteCreateInput = z
  .object({ organizationId: id, slug: slug.optional(), ...siteFields })
  .strict()
  .refine(pairedCoordinates, pairedMessage());
export type SiteCreateInput = z.infer<typeof siteCreateInput>;
export const siteUpdateInput = z
  .object({ id, version, ...siteFields })
  .partial({ kind: true, nameIt: true, province: true, city: true })
  .strict()
  .refine(pairedCoordinates, pairedMessage());
export type SiteUpdateInput = z.infer<typeof siteUpdateInput>;

const contactFields = {
  label: text(200).min(2),
  function: optionalText(200),
  kind: z.enum(CONTACT_KINDS).optional(),
  siteId: id.nullable().optional(),
  email: optionalEmail,
  phone,
  pec: optionalEmail,
  url: optionalUrl,
  visibility: z.enum(VISIBILITY_TIERS),
  /** Where the contact is published; defaults to "declared by the organisation through the app". */
  source: text(500).min(1).optional(),
  legalBasis: z.enum(LEGAL_BASES).nullable().optional(),
  reviewDue: optionalDate,
};
/** A contact that names a person needs its legal basis and a review date (GDPR). */
export const personHasBasis = (v: { kind?: string; legalBasis?: string | null; reviewDue?: string | null }) =>
  v.kind !== 'person' || (Boolean(v.legalBasis) && Boolean(v.reviewDue));
export const personMessage = () => ({ ...check('PERSON_NEEDS_BASIS'), path: ['legalBasis'] });

export const contactCreateInput = z
  .object({ organizationId: id, ...contactFields })
  .strict()
  .refine(personHasBasis, personMessage());
export type ContactCreateInput = z.infer<typeof contactCreateInput>;
export const contactUpdateInput = z
  .object({ id, version, disabled: z.boolean().optional(), ...contactFields })
  .partial({ label: true, visibility: true })
  .strict();
export type ContactUpdateInput = z.infer<typeof contactUpdateInput>;

/** Input of the per-organisation lists (contacts, memberships). */
export const organizationIdInput = z.object({ organizationId: id }).strict();
export type OrganizationIdInput = z.infer<typeof organizationIdInput>;
export const contactListInput = organizationIdInput;
export type ContactListInput = OrganizationIdInput;

/** An e-mail domain as a coordinator types it ("@Comune.Palermo.it"), stored lower-case and bare. */
export const emailDomainText = z
  .string()
  .max(253)
  .transform(normalizeDomain)
  .pipe(
    z
      .string()
      .regex(DOMAIN_PATTERN, check('EMAIL_DOMAIN_FORMAT'))
      .refine((d) => !isSharedMailDomain(d), check('EMAIL_DOMAIN_SHARED')),
  );
export const emailDomainInput = z.object({ organizationId: id, domain: emailDomainText }).strict();
export type EmailDomainInput = z.infer<typeof emailDomainInput>;
