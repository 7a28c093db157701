import { SICILY_BOUNDS } from '@shared/enums';
import type { ErrorDictionary } from './types';

const { minLat, maxLat, minLng, maxLng } = SICILY_BOUNDS;
const notFound = 'Il dato non esiste più: ricarica la pagina.';
const conflict = 'Qualcun altro ha modificato questo dato: ricarica la pagina e riprova.';
const generic = 'Non è stato possibile completare l’operazione. Riprova tra qualche istante.';
const minLength = ({ min }: { min: number }) => `Inserisci almeno ${min} caratteri.`;
const maxLength = ({ max }: { max: number }) => `Usa al massimo ${max} caratteri.`;
const periodOrder = 'La fine del periodo è precedente all’inizio.';

export const errorsIt = {
  network: 'Connessione non riuscita: controlla la rete e riprova.',
  INVALID_INPUT: 'Controlla i dati inseriti: alcuni non sono validi.',
  INTERNAL: generic,
  NOT_FOUND: notFound,
  REQUEST_REFUSED: generic,
  PAYLOAD_TOO_LARGE: 'I dati inviati sono troppi per una sola richiesta: dividili in più parti.',
  JSON_ONLY: generic,
  CROSS_SITE: 'Richiesta rifiutata perché proveniente da un altro sito: apri l’applicazione dal suo indirizzo e riprova.',

  SIGN_IN_FIRST: 'La sessione è scaduta o non hai effettuato l’accesso: accedi di nuovo.',
  MFA_SETUP_FIRST: 'Attiva prima la verifica in due passaggi nella tua area riservata.',
  ROLE_FORBIDDEN: 'Il tuo ruolo non consente questa operazione.',
  OWN_ORGANIZATION_ONLY: 'Il tuo ruolo non consente questa operazione.',
  COORDINATORS_TIER: 'Solo il coordinamento gestisce i contatti riservati al coordinamento.',

  WRONG_CREDENTIALS: 'E-mail, password o codice non corretti.',
  TOO_MANY_ATTEMPTS: ({ seconds }) =>
    seconds > 90
      ? `Troppi tentativi non riusciti: riprova tra ${Math.ceil(seconds / 60)} minuti.`
      : `Troppi tentativi non riusciti: riprova tra ${seconds} secondi.`,
  REAUTH_LOCKED: 'Troppe password errate: per sicurezza la sessione è stata chiusa. Accedi di nuovo.',
  TOTP_ALREADY_ON: 'La verifica in due passaggi è già attiva.',
  TOTP_INVALID: 'Il codice non è valido: controlla che l’ora del telefono sia corretta e riprova.',
  PASSWORD_TOO_SHORT: minLength,
  PASSWORD_TOO_LONG: maxLength,
  PASSWORD_COMMON: 'Questa password è tra le più usate: scegline un’altra.',
  PASSWORD_REPEATS: 'Questa password ripete un solo carattere: scegline un’altra.',
  PASSWORD_CONTAINS_EMAIL: 'La password non deve contenere la prima parte del tuo indirizzo e-mail.',
  USER_NOT_FOUND: 'L’account non esiste più: ricarica la pagina.',
  ACCOUNT_EXISTS: ({ email }) => `Esiste già un account per ${email}.`,
  EDITOR_NEEDS_ORGANIZATION: 'Un referente appartiene a un ente: sceglilo dall’elenco.',

  ORGANIZATION_NOT_FOUND: notFound,
  ORGANIZATION_SLUG_UNKNOWN: ({ slug }) => `Nessun ente con indirizzo “${slug}”.`,
  ORGANIZATIONS_UNKNOWN: ({ ids }) => `Alcuni enti scelti non esistono più (${ids}): ricarica la pagina.`,
  PARTNER_NOT_FOUND: notFound,
  BODY_NOT_FOUND: 'L’organismo scelto non esiste più: ricarica la pagina.',
  EVENT_NOT_FOUND: 'L’evento non esiste più: ricarica la pagina.',
  RECORD_NOT_FOUND: notFound,
  BODY_REFERENCE_UNKNOWN: 'L’organismo scelto non esiste più: ricarica la pagina.',
  REFERENCE_UNKNOWN: 'Un elemento collegato non esiste più: ricarica la pagina.',
  PROJECT_NOT_LOADED: 'I dati del progetto non sono ancora stati caricati: avvisa l’amministratore.',

  STALE_VERSION: conflict,
  SLUG_TAKEN: ({ slug }) => `L’indirizzo “${slug}” è già usato: scegline un altro.`,
  SINGLE_LEAD: 'Il progetto ha già un capofila attivo.',
  SITE_OF_OTHER_ORGANIZATION: 'La sede scelta non appartiene a questo ente.',
  EVENT_WITHOUT_BODY: 'L’evento non appartiene a nessun organismo: scegli gli enti invitati.',
  EVENT_NOT_STARTED: 'L’evento non è ancora iniziato: non può risultare svolto. Lascialo «In programma».',
  EVENT_PAST_PLANNED: 'L’evento è finito da più di un giorno e non ha un registro: indica se si è svolto o se è stato annullato.',
  EVENT_CANCELLED: 'L’evento è annullato: il suo registro si può solo consultare. Per modificarlo, riporta prima l’evento a «In programma» o «Svolto».',
  EVENT_NOT_DELETABLE: 'Si può eliminare solo un evento mai svolto e senza righe di registro: annullalo invece di eliminarlo.',
  MINUTES_EVENT_NOT_HELD: 'Verbale, decisioni e azioni si registrano per un evento che si è svolto: prima segna l’evento come «Svolto».',
  MINUTES_LOCKED: 'Il verbale è approvato e bloccato: per modificarlo riaprilo indicando il motivo.',
  MINUTES_EMPTY: 'Scrivi il verbale in italiano prima di approvarlo.',
  MINUTES_NOT_APPROVED: 'Il verbale non è approvato: non c’è niente da riaprire.',
  DECISION_OF_OTHER_EVENT: 'La decisione scelta è stata presa in un altro evento.',
  BODY_MEMBER_EXISTS: 'L’ente fa già parte di questo organismo: modificane le date invece di aggiungerlo di nuovo.',
  BODY_MEMBER_NOT_FOUND: 'L’ente non fa parte di questo organismo.',
  EMAIL_DOMAIN_TAKEN: ({ domain, organization }) =>
    `Il dominio ${domain} è già registrato per ${organization}: toglilo da lì prima di assegnarlo a questo ente.`,
  EMAIL_DOMAIN_NOT_FOUND: 'Questo dominio non è (più) registrato per l’ente: ricarica la pagina.',
  BODY_MEMBER_HAS_REGISTER: 'L’ente compare nei registri degli eventi di questo organismo: indica la data di uscita invece di toglierlo.',
  COMUNE_UNKNOWN: 'Nessun comune siciliano ha questo codice ISTAT: sceglilo dall’elenco.',
  ACCOUNT_WITHOUT_ORGANIZATION: 'Il tuo account non è collegato a nessun ente: chiedi al capofila di collegarlo.',
  ORGANIZATION_NOT_INVITED: 'Il tuo ente non è tra gli invitati a questo evento.',

  REQUIRED: 'Campo obbligatorio.',
  TOO_SHORT: minLength,
  TOO_LONG: maxLength,
  TOO_SMALL: ({ min }) => `Il valore minimo è ${min}.`,
  TOO_BIG: ({ max }) => `Il valore massimo è ${max}.`,
  NOT_A_NUMBER: 'Inserisci un numero, ad esempio 38.01762.',
  INVALID_EMAIL: 'Indirizzo e-mail non valido: deve avere la forma nome@dominio.it.',
  INVALID_URL: 'Indirizzo web non valido: deve iniziare con https:// o http://.',
  INVALID_DATE: 'Data non valida.',
  INVALID_FORMAT: 'Formato non valido.',
  INVALID_CHOICE: 'Scegli una delle voci dell’elenco.',
  SLUG_FORMAT: 'Usa solo lettere minuscole non accentate, cifre e trattini.',
  PHONE_FORMAT: 'Usa solo cifre e spazi, con il + iniziale per il prefisso internazionale.',
  ISTAT_CODE_FORMAT: 'Il codice ISTAT è di sei cifre.',
  EMAIL_DOMAIN_FORMAT: 'Scrivi solo il dominio, la parte dopo la chiocciola: per esempio comune.palermo.it.',
  EMAIL_DOMAIN_SHARED: 'Chiunque può avere un indirizzo presso questo fornitore (per esempio gmail.com o un gestore PEC): non identifica un ente.',
  FISCAL_CODE_FORMAT: 'Il codice fiscale è di 11 cifre (ente) o di 16 caratteri.',
  LATITUDE_RANGE: `La latitudine deve cadere in Sicilia: tra ${minLat} e ${maxLat}.`,
  LONGITUDE_RANGE: `La longitudine deve cadere in Sicilia: tra ${minLng} e ${maxLng}.`,
  PAIRED_COORDINATES: 'Indica sia la latitudine sia la longitudine, oppure nessuna delle due.',
  DATES_ORDER: 'La data di fine è precedente alla data di inizio.',
  EVENT_DATES_ORDER: 'La fine deve essere dello stesso tipo dell’inizio (entrambe date o entrambe con orario) e non precedente.',
  EVENT_MONTH_TIMED: 'Per un evento di cui si conosce solo il mese non si indica l’orario: indica solo i mesi.',
  PERIOD_ORDER: periodOrder,
  INVALID_PERIOD: 'Indica il periodo con due date (dal … al …), la prima non successiva alla seconda.',
  DAY_OUT_OF_RANGE: 'Indica un giorno tra il 2000 e il 2099.',
  EVIDENCE_PACK_TOO_LARGE: ({ megabytes }: { megabytes: number }) =>
    `Il pacchetto di evidenze supererebbe ${megabytes} MB: scegli un periodo più breve.`,
  WITHDRAWAL_REASON: 'Indica il motivo del recesso.',
  PERSON_NEEDS_BASIS: 'Un contatto che nomina una persona richiede la base giuridica e la data di revisione.',
  SECOND_FACTOR_CODE_FORMAT: 'Inserisci il codice di 6 cifre oppure un codice di recupero (ad esempio abcde-23456).',
  TOTP_CODE_FORMAT: 'Inserisci il codice di 6 cifre mostrato dall’app.',
  ORGANIZATION_TWICE: 'Ogni ente può comparire una sola volta.',
  IMPORT_FILE_TOO_LARGE: 'Il file supera 512 KB: l’elenco va conservato come prova. Dividilo in più file (per esempio per giornata) e importali uno alla volta.',
  IMPORT_FILE_UNREADABLE: 'Il file non è arrivato integro. Selezionalo di nuovo.',
  IMPORT_FILE_MISMATCH: 'Il file inviato non corrisponde a quello letto. Selezionalo di nuovo e ripeti l’importazione.',
  ORGANIZATION_NOT_IN_REGISTER: 'Questo ente non è più nel registro: forse qualcuno l’ha appena tolto. Ricarica la pagina.',
} satisfies ErrorDictionary;
