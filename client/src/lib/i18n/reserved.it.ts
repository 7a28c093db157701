import { plural, type Widen } from './locale';

/**
 * Italian text every signed-in screen shares: the forms' common words and the access notices that
 * shared components (RequireUser) and several features show. Each feature's own text lives beside it
 * (`features/<feature>/text.it.ts`). Kept apart from messages.it.ts so that anonymous visitors, who
 * never open these screens, do not download it: only lazily loaded chunks import this file.
 */
export const reservedIt = {
  form: {
    requiredNote: 'I campi contrassegnati con * sono obbligatori.',
    checkFields: (n: number) =>
      plural('it', n, { one: 'Controlla il campo evidenziato: contiene un errore.', other: `Controlla i campi evidenziati: ci sono ${n} errori.` }),
    conflict:
      'Qualcun altro ha salvato questa scheda dopo che l’hai aperta: ricarica per vedere le modifiche.',
    reload: 'Ricarica i dati',
    reloaded: 'Dati ricaricati: ora vedi le modifiche salvate da altri. Se serve, ripeti le tue.',
    save: 'Salva',
    saving: 'Salvataggio in corso…',
    loading: 'Attendere…',
    cancel: 'Annulla',
    edit: 'Modifica',
    delete: 'Elimina',
    unsaved: 'Modifiche non salvate (conservate come bozza su questo dispositivo)',
    allSaved: 'Tutto salvato',
    draftRestored: (when: string) =>
      `Abbiamo ripristinato le modifiche non salvate del ${when}: controllale e salva, oppure scartale.`,
    discardDraft: 'Scarta la bozza',
    leaveTitle: 'Uscire senza salvare?',
    leaveText:
      'Ci sono modifiche non salvate. Restano come bozza su questo dispositivo e le ritroverai riaprendo la pagina, ma finché non salvi gli altri non le vedono.',
    stay: 'Resta e salva',
    leave: 'Esci comunque',
  },
  account: {
    title: 'Area riservata',
    mfaRequiredTitle: 'Attiva la verifica in due passaggi',
    mfaRequiredText:
      'Il tuo ruolo richiede la verifica in due passaggi: attivala per usare l’area riservata. Bastano due minuti e un’app di autenticazione sul telefono.',
    goToAccount: 'Vai all’area riservata',
    refusedTitle: 'Accesso non consentito',
    refusedText:
      'Il tuo ruolo non consente di aprire questa pagina. Se ti serve, chiedi al coordinamento del progetto.',
  },
  reauth: {
    title: 'Accedi di nuovo per salvare',
    text: 'La sessione è scaduta. Quello che hai scritto è ancora qui: accedi di nuovo e il salvataggio riprende da solo.',
    email: 'Indirizzo e-mail',
    password: 'Password',
    code: 'Codice di verifica',
    codeHint: 'Le 6 cifre mostrate dall’app oppure uno dei codici di recupero.',
    submit: 'Accedi e salva',
    verify: 'Verifica e salva',
    cancel: 'Non ora',
    cancelled: 'Non salvato: le modifiche restano come bozza su questo dispositivo.',
  },
  actions: {
    title: 'Azioni',
    action: 'Azione',
    owner: 'Ente responsabile',
    event: 'Evento',
    due: 'Scadenza',
    noDue: 'Nessuna scadenza',
    status: 'Stato',
    overdue: 'In ritardo',
    overdueLong: (days: number) => plural('it', days, { one: 'In ritardo di 1 giorno', other: `In ritardo di ${days} giorni` }),
    fromDecision: 'Dalla decisione',
    markDone: 'Segna come completata',
    markDropped: 'Abbandona',
    reopen: 'Riapri',
    doneBy: (when: string) => `Chiusa il ${when}`,
    changed: (title: string, status: string) => `Azione “${title}”: ${status.toLowerCase()}.`,
    empty: 'Nessuna azione.',
    rowLabel: (title: string) => `azione “${title}”`,
  },
  admin: {
    breadcrumb: 'Percorso',
  },
} as const;

export type ReservedMessages = Widen<typeof reservedIt>;
