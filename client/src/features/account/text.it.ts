import type { Widen } from '../../lib/i18n/locale';

/** Italian text of the reserved area’s home page (profile, password, two-step verification) (members only): loaded with the feature's lazy chunk. */
export const accountIt = {
  account: {
    welcome: (name: string) => `Hai effettuato l’accesso come ${name}.`,
    profile: 'Il tuo profilo',
    name: 'Nome',
    email: 'E-mail',
    role: 'Ruolo',
    organization: 'Ente',
    profileNote: 'Per cambiare nome, e-mail, ruolo o ente rivolgiti a un amministratore.',
    actions: 'Cosa puoi fare',
    links: {
      ownOrganization: (name: string) => `Aggiorna la scheda di ${name}`,
      ownOrganizationText: 'Dati dell’ente, sportelli ed équipe, contatti pubblici e riservati.',
      review: 'Contatti da rivedere',
      reviewText: 'Contatti di persone con la revisione scaduta (GDPR).',
      audit: 'Registro delle modifiche',
      auditText: 'Chi ha cambiato cosa e quando, con i valori prima e dopo.',
      newOrganization: 'Nuovo ente',
      newOrganizationText: 'Aggiungi un ente alla rete.',
      indicePa: 'Dati da IndicePA',
      indicePaText: 'Aggiorna codici, siti e PEC degli enti dal file di IndicePA.',
      users: 'Utenti',
      usersText: 'Crea gli account, disattivali, reimposta le password.',
      directory: 'Schede dei partner',
      directoryText: 'In ogni scheda vedi anche i contatti riservati alla rete.',
    },
    mfaRequiredLink: 'Vai alla verifica in due passaggi',
    twoFactor: {
      title: 'Verifica in due passaggi',
      on: 'Attiva',
      off: 'Non attiva',
      onText: 'All’accesso, oltre alla password, ti chiediamo il codice dell’app di autenticazione.',
      offText:
        'Proteggi il tuo account: all’accesso, oltre alla password, servirà un codice generato dal tuo telefono.',
      enable: 'Attiva la verifica in due passaggi',
      step1:
        'Installa sul telefono un’app di autenticazione, ad esempio FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator.',
      step2: 'Nell’app aggiungi un account inquadrando il codice QR; se non puoi, inserisci a mano la chiave.',
      step3: 'Scrivi qui sotto il codice di 6 cifre che l’app mostra.',
      qrAlt: 'Codice QR per aggiungere COOPERA Network all’app di autenticazione',
      secretLabel: 'Chiave da inserire a mano:',
      secretHint: 'Tipo basato sul tempo (TOTP), 6 cifre, 30 secondi.',
      code: 'Codice dell’app',
      codeHint: '6 cifre, senza spazi.',
      confirm: 'Conferma e attiva',
      recoveryTitle: 'Conserva i codici di recupero',
      recoveryText:
        'Ti servono per accedere se perdi il telefono; ognuno vale una sola volta. Conservali ora in un luogo sicuro, ad esempio un gestore di password: non saranno più mostrati.',
      download: 'Scarica i codici (.txt)',
      copy: 'Copia i codici',
      copied: 'Codici copiati negli appunti.',
      stored: 'Ho conservato i codici',
      enabledStatus: 'La verifica in due passaggi è attiva.',
      disable: 'Disattiva la verifica in due passaggi',
      disableText: 'Per disattivarla conferma con la tua password. I codici di recupero non saranno più validi.',
      disableConfirm: 'Disattiva',
      disabledStatus: 'La verifica in due passaggi è stata disattivata.',
    },
    changePassword: 'Cambia la password',
    currentPassword: 'Password attuale',
    newPassword: 'Nuova password',
    newPasswordHint: (n: number) =>
      `Almeno ${n} caratteri. Una frase di più parole è facile da ricordare e difficile da indovinare; le password più comuni non sono accettate.`,
    repeatPassword: 'Ripeti la nuova password',
    passwordsDiffer: 'Le due password non coincidono.',
    changePasswordSubmit: 'Cambia la password',
    passwordChanged: 'Password cambiata. Le altre sessioni aperte con il tuo account sono state chiuse.',
  },
} as const;

export type AccountText = Widen<typeof accountIt>;
