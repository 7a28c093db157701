import type { activityLines, contactPoints, memberships, organizations, projects, sites } from './schema';

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
export type SeedData = { project: SeedProject; organizations: SeedOrganization[] };
