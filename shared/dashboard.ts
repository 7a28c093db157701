/**
 * Constants of the participation dashboard shared by client and server.
 * Plain data only (no zod) so that client chunks do not pull in the schemas.
 */

/** The documented life of the project: the "whole project" preset of the dashboard. */
export const PROJECT_PERIOD = { from: '2021-12-01', to: '2023-03-31' } as const;

/** Columns of the heat-map: the most recent held events shown, at most. */
export const MATRIX_MAX_EVENTS = 48;
