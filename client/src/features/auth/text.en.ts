import type { AuthText } from './text.it';

/** English text of signing in: typed to need every Italian key. */
export const authEn: AuthText = {
  auth: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    title: 'Sign in to the reserved area',
    intro:
      'The reserved area is for the partner organisations’ editors, the project’s coordinators and the network’s members. Accounts are created by the lead partner.',
    email: 'E-mail address',
    password: 'Password',
    showPassword: 'Show the password',
    submit: 'Sign in',
    signingIn: 'Checking…',
    codeStepTitle: 'Two-factor authentication',
    codeStepText: (email: string) => `The account ${email} also needs the code from the authenticator app.`,
    code: 'Verification code',
    codeHint: 'The 6 digits shown by the app, or one of the recovery codes.',
    verify: 'Verify and sign in',
    codeRejected: 'Code not valid or already used: wait for the app to show the next code and try again.',
    back: 'Go back',
    helpTitle: 'Cannot sign in?',
    helpText:
      'If you have no account or forgot your password, write to the project’s coordinators at the Comune di Palermo: for security, only an administrator can reset a password.',
  },
};
