import { siteSettingsInput } from '../../shared/schemas/settings';
import { coordinatorProcedure, publicProcedure, router } from '../trpc';
import { getSiteSettings, updateSiteSettings } from './service';

export const settingsRouter = router({
  /** The accessibility feedback address, controller and DPO, as the public pages show them. */
  get: publicProcedure.meta({ publicCache: true }).query(({ ctx }) => getSiteSettings(ctx.db)),
  update: coordinatorProcedure.input(siteSettingsInput).mutation(({ ctx, input }) => updateSiteSettings(ctx.db, ctx.user, input)),
});
