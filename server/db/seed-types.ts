import type {
  activityLines,
  activityParticipants,
  contactPoints,
  events,
  governanceBodies,
  memberships,
  organizations,
  projects,
  sites,
} from './schema';

type Row<T extends { $inferInsert: unknown }> = Omit<
  T['$inferInsert'],
  'id' | 'createdAt' | 'updatedAt' | 'version'
>;

export type SeedProject = Row<typeof projects> & {
  activityLines: Omit<Row<typeof activityLines>, 'projectId'>[];
};
export type SeedMembership = Omit<Row<typeof memberships>, 'projectId' | 'organizationId'>;
export type SeedSite = Omit<Row<typeof sites>, 'organizationId'>;
export type SeedContact = Omit<Row<typeof contactPoints>, 'organizationId' | 'siteId'> & {
  /** Slug of the site the contact belongs to, when it is a site's contact. */
  siteSlug?: string;
};
export type SeedOrganization = Row<typeof organizations> & {
  /** The seed version that introduced this organisation (default 1). */
  since?: number;
  membership: SeedMembership;
  sites: SeedSite[];
  contacts: SeedContact[];
};
/** A governance body; organisations are named by slug. */
export type SeedBody = Omit<Row<typeof governanceBodies>, 'coordinatorOrganizationId'> & {
  coordinatorSlug: string | null;
  members: { organizationSlug: string; since?: string | null; until?: string | null }[];
};
/** An event; its organiser and body are named by slug. */
export type SeedEvent = Omit<Row<typeof events>, 'organizerOrganizationId' | 'bodyId'> & {
  organizerSlug: string | null;
  bodySlug: string | null;
};
/** An organisation's role in a line of activity, the line named by its position. */
export type SeedActivityParticipant = Omit<
  (typeof activityParticipants)['$inferInsert'],
  'activityLineId' | 'organizationId'
> & { activityPosition: number; organizationSlug: string };

export type SeedData = {
  project: SeedProject;
  organizations: SeedOrganization[];
  /** Governance (issue #4); loaded with the seed version that introduced it. */
  bodies?: SeedBody[];
  events?: SeedEvent[];
  activityParticipants?: SeedActivityParticipant[];
};
