import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/router';

type Outputs = inferRouterOutputs<AppRouter>;
export type PublicPartner = Outputs['partners']['list'][number];
export type PartnerProfile = Outputs['partners']['bySlug'];
export type PublicSite = Outputs['sites']['list'][number];
export type Project = Outputs['project']['get'];
export type MemberPoints = Outputs['partners']['points'];
export type SiteSettings = Outputs['settings']['get'];
export type ProvinceCount = Outputs['partners']['byProvince'][number];

// Signed-in screens.
export type Me = NonNullable<Outputs['auth']['me']>;
export type ContactRecord = Outputs['contacts']['list'][number];
export type OrganizationRecord = Outputs['organizations']['get'];
export type MembershipRecord = Outputs['memberships']['list'][number];
export type AuditEntry = Outputs['audit']['list']['items'][number];
export type UserAccount = Outputs['users']['list'][number];
/** A site as stored, with the version a save must name. */
export type SiteRecord = Outputs['sites']['listByOrganization'][number];
export type ActionItem = Outputs['actions']['list'][number];
