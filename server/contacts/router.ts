import {
  contactCreateInput,
  contactListInput,
  contactUpdateInput,
  deleteInput,
} from '../../shared/schemas/editing';
import { coordinatorProcedure, editorProcedure, memberProcedure, router } from '../trpc';
import { contactsDueForReview, createContact, deleteContact, listContacts, updateContact } from './service';

export const contactsRouter = router({
  /** Contacts of an organisation in the tiers the user may read; disabled ones never. */
  list: memberProcedure.input(contactListInput).query(({ ctx, input }) => listContacts(ctx.db, ctx.user, input.organizationId)),
  create: editorProcedure.input(contactCreateInput).mutation(({ ctx, input }) => createContact(ctx.db, ctx.user, input)),
  update: editorProcedure.input(contactUpdateInput).mutation(({ ctx, input }) => updateContact(ctx.db, ctx.user, input)),
  delete: editorProcedure.input(deleteInput).mutation(({ ctx, input }) => deleteContact(ctx.db, ctx.user, input)),
  /** Contacts naming a person whose review date has come: the coordinators' to-do list. */
  reviewDue: coordinatorProcedure.query(({ ctx }) => contactsDueForReview(ctx.db)),
});
