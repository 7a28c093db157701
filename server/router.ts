import { actionsRouter } from './actions/router';
import { activitiesRouter } from './activities/router';
import { attendanceRouter } from './attendance/router';
import { auditRouter } from './audit/router';
import { authRouter } from './auth/router';
import { bodiesRouter } from './bodies/router';
import { contactsRouter } from './contacts/router';
import { dashboardRouter } from './dashboard/router';
import { eventsRouter } from './events/router';
import { indicePaRouter } from './indicepa/router';
import { membershipsRouter } from './memberships/router';
import { minutesRouter } from './minutes/router';
import { organizationsRouter } from './organizations/router';
import { partnersRouter } from './partners/router';
import { projectRouter } from './project/router';
import { settingsRouter } from './settings/router';
import { sitesRouter } from './sites/router';
import { createCallerFactory, router } from './trpc';
import { usersRouter } from './users/router';

export const appRouter = router({
  auth: authRouter,
  partners: partnersRouter,
  sites: sitesRouter,
  settings: settingsRouter,
  project: projectRouter,
  organizations: organizationsRouter,
  memberships: membershipsRouter,
  contacts: contactsRouter,
  users: usersRouter,
  audit: auditRouter,
  dashboard: dashboardRouter,
  events: eventsRouter,
  attendance: attendanceRouter,
  minutes: minutesRouter,
  actions: actionsRouter,
  bodies: bodiesRouter,
  activities: activitiesRouter,
  indicepa: indicePaRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
