import type { Widen } from '../../lib/i18n/locale';

/** Italian text of signing in (members only): loaded with the feature's lazy chunk. */
export const authIt = {
  auth: {
    signIn: 'Accedi',
    signOut: 'Esci',
    title: 'Accedi all’area riservata',
    intro:
      'L’area riservata è per i referenti degli enti partner, il coordinamento del progetto e i membri della rete. Gli account sono creati dal capofila.',
    email: 'Indirizzo e-mail',
    password: 'Password',
    showPassword: 'Mostra la password',
    submit: 'Accedi',
    signingIn: 'Verifica in corso…',
    codeStepTitle: 'Verifica in due passaggi',
    codeStepText: (email: string) => `Per l’account ${email} serve anche il codice dell’app di autenticazione.`,
    code: 'Codice di verifica',
    codeHint: 'Le 6 cifre mostrate dall’app oppure uno dei codici di recupero.',
    verify: 'Verifica e accedi',
    codeRejected: 'Codice non valido o già usato: attendi che l’app mostri il codice successivo e riprova.',
    back: 'Torna indietro',
    helpTitle: 'Non riesci ad accedere?',
    helpText:
      'Se non hai un account o hai dimenticato la password, scrivi al coordinamento del progetto presso il Comune di Palermo: per sicurezza la password può essere reimpostata solo da un amministratore.',
  },
} as const;

export type AuthText = Widen<typeof authIt>;
