import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/router';

type Outputs = inferRouterOutputs<AppRouter>;
export type PublicPartner = Outputs['partners']['list'][number];
export type PartnerProfile = Outputs['partners']['bySlug'];
export type PublicSite = Outputs['sites']['list'][number];
export type Project = Outputs['project']['get'];
