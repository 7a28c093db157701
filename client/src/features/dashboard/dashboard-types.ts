import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/router';

type Outputs = inferRouterOutputs<AppRouter>['dashboard'];
export type Summary = Outputs['summary'];
export type OrganizationsPage = Outputs['organizations'];
export type OrganizationRow = OrganizationsPage['items'][number];
export type Matrix = Outputs['matrix'];
export type MatrixCell = Matrix['rows'][number]['cells'][number];
export type Alert = Outputs['alerts'][number];
export type Activities = Outputs['activities'];
export type Report = Outputs['report'];
export type Invited = Outputs['invited'];
