import { plural } from './locale';
import type { ReservedMessages } from './reserved.it';

/** English text every signed-in screen shares: typed to need every Italian key. */
export const reservedEn: ReservedMessages = {
  form: {
    requiredNote: 'Fields marked with * are required.',
    checkFields: (n: number) =>
      plural('en', n, { one: 'Check the highlighted field: it has an error.', other: `Check the highlighted fields: there are ${n} errors.` }),
    conflict: 'Someone else saved this record after you opened it: reload to see their changes.',
    reload: 'Reload the data',
    reloaded: 'Data reloaded: you now see the changes others saved. Repeat yours if needed.',
    save: 'Save',
    saving: 'Saving…',
    loading: 'Please wait…',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    unsaved: 'Unsaved changes (kept as a draft on this device)',
    allSaved: 'All saved',
    draftRestored: (when: string) =>
      `We restored the unsaved changes of ${when}: check them and save, or discard them.`,
    discardDraft: 'Discard the draft',
    leaveTitle: 'Leave without saving?',
    leaveText:
      'There are unsaved changes. They stay as a draft on this device and come back when you open the page again, but nobody else sees them until you save.',
    stay: 'Stay and save',
    leave: 'Leave anyway',
  },
  account: {
    title: 'Reserved area',
    mfaRequiredTitle: 'Set up two-factor authentication',
    mfaRequiredText:
      'Your role requires two-factor authentication: set it up to use the reserved area. It takes two minutes and an authenticator app on your phone.',
    goToAccount: 'Go to the reserved area',
    refusedTitle: 'Access not allowed',
    refusedText: 'Your role does not allow this page. If you need it, ask the project’s coordinators.',
  },
  reauth: {
    title: 'Sign in again to save',
    text: 'Your session has ended. What you typed is still here: sign in again and the save carries on by itself.',
    email: 'E-mail address',
    password: 'Password',
    code: 'Verification code',
    codeHint: 'The 6 digits shown by the app, or one of the recovery codes.',
    submit: 'Sign in and save',
    verify: 'Verify and save',
    cancel: 'Not now',
    cancelled: 'Not saved: the changes stay as a draft on this device.',
  },
  actions: {
    title: 'Actions',
    action: 'Action',
    owner: 'Owner organisation',
    event: 'Event',
    due: 'Due',
    noDue: 'No due date',
    status: 'Status',
    overdue: 'Overdue',
    overdueLong: (days: number) => plural('en', days, { one: '1 day overdue', other: `${days} days overdue` }),
    fromDecision: 'From the decision',
    markDone: 'Mark as done',
    markDropped: 'Drop',
    reopen: 'Reopen',
    doneBy: (when: string) => `Closed on ${when}`,
    changed: (title: string, status: string) => `Action “${title}”: ${status.toLowerCase()}.`,
    empty: 'No actions.',
    rowLabel: (title: string) => `action “${title}”`,
  },
  admin: {
    breadcrumb: 'Breadcrumb',
  },
};
