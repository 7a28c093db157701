import { z } from 'zod';
import { check } from '../errors';
import { MATRIX_MAX_EVENTS } from '../dashboard';
import { slug } from './common';

/** A calendar day, `YYYY-MM-DD` (a real date: 2022-02-30 is refused), this century. */
export const isoDay = z.iso
  .date()
  .refine((d) => d >= '2000-01-01' && d <= '2099-12-31', check('DAY_OUT_OF_RANGE'));

/** A period (both days included) and, optionally, one governance body by slug. */
export const dashboardFilter = z
  .object({
    from: isoDay,
    to: isoDay,
    body: slug.optional(),
  })
  .strict()
  .refine((f) => f.from <= f.to, { ...check('PERIOD_ORDER'), path: ['to'] });
export type DashboardFilter = z.infer<typeof dashboardFilter>;

const page = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(1000).default(25),
};

/** `dashboard.summary`, `dashboard.alerts`. */
export const dashboardSummaryInput = dashboardFilter;
export type DashboardSummaryInput = z.infer<typeof dashboardSummaryInput>;

export const ORGANIZATION_SORTS = ['rate', 'name'] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

/** `dashboard.organizations`: per-organisation figures, a page at a time; `rate` puts the lowest first. */
export const dashboardOrganizationsInput = z
  .object({
    from: isoDay,
    to: isoDay,
    body: slug.optional(),
    sort: z.enum(ORGANIZATION_SORTS).default('rate'),
    ...page,
  })
  .strict()
  .refine((f) => f.from <= f.to, { ...check('PERIOD_ORDER'), path: ['to'] });
export type DashboardOrganizationsInput = z.input<typeof dashboardOrganizationsInput>;

/** `dashboard.matrix`: organisation × event statuses for the most recent `events` held events. */
export const dashboardMatrixInput = z
  .object({
    from: isoDay,
    to: isoDay,
    body: slug.optional(),
    events: z.number().int().min(1).max(MATRIX_MAX_EVENTS).default(24),
    ...page,
  })
  .strict()
  .refine((f) => f.from <= f.to, { ...check('PERIOD_ORDER'), path: ['to'] });
export type DashboardMatrixInput = z.input<typeof dashboardMatrixInput>;

/** `dashboard.invited`: the organisations invited to one event (its register lines). */
export const dashboardInvitedInput = z.object({ eventId: z.number().int().positive() }).strict();
export type DashboardInvitedInput = z.infer<typeof dashboardInvitedInput>;

/** Query string of the participation exports (`/api/reports/participation.csv|xlsx`). */
export const participationReportQuery = z
  .object({
    from: isoDay,
    to: isoDay,
    body: slug.optional(),
    lang: z.enum(['it', 'en']).default('it'),
    /** The CSV's separator: `semicolon` is what Italian Excel writes and opens by double-click (decimal comma). */
    sep: z.enum(['comma', 'semicolon']).default('comma'),
  })
  .strict()
  .refine((f) => f.from <= f.to, { ...check('PERIOD_ORDER'), path: ['to'] });
export type ParticipationReportQuery = z.infer<typeof participationReportQuery>;

/** `GET /api/reports/evidence.zip?from=&to=&body=&lang=`: the FAMI evidence pack of a period (coordinators). */
export const evidencePackQuery = participationReportQuery;
export type EvidencePackQuery = ParticipationReportQuery;
