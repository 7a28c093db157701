import {
  bodyAddComuneInput,
  bodyBySlugInput,
  bodyCreateInput,
  bodyMemberInput,
  bodyMemberRemoveInput,
  bodyUpdateInput,
  comuniSearchInput,
} from '../../shared/schemas/bodies';
import { coordinatorProcedure, memberProcedure, router } from '../trpc';
import { searchComuni } from './comuni';
import { addComune, addMember, createBody, getBody, removeMember, updateBody, updateMember } from './service';

/** Governance bodies and their members: members read them, coordinators manage them. */
export const bodiesRouter = router({
  bySlug: memberProcedure.input(bodyBySlugInput).query(({ ctx, input }) => getBody(ctx.db, input.slug)),
  create: coordinatorProcedure.input(bodyCreateInput).mutation(({ ctx, input }) => createBody(ctx.db, ctx.user, input)),
  update: coordinatorProcedure.input(bodyUpdateInput).mutation(({ ctx, input }) => updateBody(ctx.db, ctx.user, input)),
  addMember: coordinatorProcedure.input(bodyMemberInput).mutation(({ ctx, input }) => addMember(ctx.db, ctx.user, input)),
  updateMember: coordinatorProcedure.input(bodyMemberInput).mutation(({ ctx, input }) => updateMember(ctx.db, ctx.user, input)),
  removeMember: coordinatorProcedure.input(bodyMemberRemoveInput).mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user, input)),
  /** Sicilian comuni from the official list, by part of their name. */
  comuni: coordinatorProcedure.input(comuniSearchInput).query(({ input }) => searchComuni(input.q)),
  addComune: coordinatorProcedure.input(bodyAddComuneInput).mutation(({ ctx, input }) => addComune(ctx.db, ctx.user, input)),
});
