import { formatInteger, plural } from '../../lib/i18n/locale';

/** Italian text of the attendance register (members only): loaded with the feature’s lazy chunk, never on the public first view. */
const register = {
  title: 'Registro delle presenze',
  titleFor: (event: string) => `Registro delle presenze: ${event}`,
  backToEvent: 'Torna all’evento',
  allEvents: 'Tutti gli eventi',
  notFound: 'Nessun evento con questo indirizzo.',
  body: 'Organismo',
  when: 'Data',
  eventStatus: 'Stato dell’evento',
  cancelledNote: 'Questo evento è stato annullato: le presenze non contano nei tassi di partecipazione.',
  plannedNote: 'Questo evento non si è ancora svolto.',
  readOnly: 'Puoi consultare il registro; solo il coordinamento del capofila può modificarlo.',
  summaryLabel: 'Riepilogo del registro',
  summary: {
    invited: 'Enti invitati',
    present: 'Presenti',
    absent: 'Assenti',
    excused: 'Giustificati',
    pending: 'Da registrare',
    people: 'Persone presenti',
  },
  caption: (n: number) => plural('it', n, { one: 'Registro: 1 ente invitato', other: `Registro: ${n} enti invitati` }),
  organization: 'Ente',
  status: 'Stato',
  people: 'Persone',
  delegate: 'Delegato',
  notes: 'Note',
  confirmed: 'Confermato dall’ente',
  notRecorded: 'Da registrare',
  statusOf: (org: string) => `Stato di ${org}`,
  peopleOf: (org: string) => `Persone presenti per ${org}`,
  delegateOf: (org: string) => `Delegato di ${org}`,
  notesOf: (org: string) => `Note su ${org}`,
  changed: 'modificato',
  announce: (org: string, status: string, people: string) => `${org}: ${status}${people ? `, ${people}` : ''}`,
  peopleCount: (n: number) => plural('it', n, { one: '1 persona', other: `${n} persone` }),
  empty: 'Nessun ente è ancora stato invitato a questo evento.',
  emptyCoordinator: 'Aggiungi gli enti qui sotto, invita i membri dell’organismo o importa un elenco di partecipanti.',
  enterKey: 'Invio',
  deleteKey: 'Canc',
  keysTitle: 'Tastiera',
  keysIntro: 'Il registro si compila dalla tastiera: ogni tasto agisce sulla riga in cui ti trovi.',
  keys: {
    present: 'presente',
    absent: 'assente',
    excused: 'assente giustificato (G oppure E)',
    digits: 'numero di persone (segna anche presente)',
    move: 'riga precedente o successiva',
    clear: 'togli lo stato',
    save: 'salva tutto il registro',
    revert: 'annulla le modifiche non salvate',
  },
  unsaved: (n: number) =>
    n === 0 ? 'Nessuna modifica da salvare' : plural('it', n, { one: '1 modifica non salvata', other: `${n} modifiche non salvate` }),
  save: 'Salva il registro',
  saving: 'Salvataggio…',
  revert: 'Annulla modifiche',
  restore: 'Ripristina le modifiche',
  reverted: (n: number) => plural('it', n, { one: 'Annullata 1 modifica.', other: `Annullate ${n} modifiche.` }),
  saved: (n: number) => plural('it', n, { one: 'Registro salvato: 1 riga aggiornata.', other: `Registro salvato: ${n} righe aggiornate.` }),
  nothingToSave: 'Non ci sono modifiche da salvare.',
  conflict:
    'Qualcun altro ha salvato questo registro dopo che l’hai aperto: nulla è stato salvato e il registro è stato ricaricato.',
  conflictDropped: (orgs: string) => `Le righe cambiate nel frattempo mostrano ora i dati aggiornati: ${orgs}.`,
  conflictKept: 'Le tue altre modifiche sono ancora qui: controllale e salva di nuovo.',
  saveFailed: 'Il registro non è stato salvato.',
  inviteTitle: 'Aggiungi un ente al registro',
  inviteSearch: 'Cerca un ente',
  inviteSearchHint: 'Scrivi una parte del nome, poi scegli l’ente dall’elenco.',
  inviteList: 'Enti non ancora invitati',
  inviteNoMatch: 'Nessun ente corrisponde alla ricerca.',
  inviteAdd: 'Aggiungi al registro',
  inviteChoose: 'Scegli un ente dall’elenco.',
  invited: (org: string) => `${org} aggiunto al registro.`,
  inviteBody: (body: string) => `Invita tutti i membri di “${body}”`,
  invitedBody: (n: number) =>
    n === 0 ? 'Tutti i membri dell’organismo erano già nel registro.' : plural('it', n, { one: '1 ente aggiunto al registro.', other: `${n} enti aggiunti al registro.` }),
  ownTitle: 'La riga del tuo ente',
  ownIntro: (org: string) => `Conferma la partecipazione di ${org}: il coordinamento vedrà che l’hai confermata tu.`,
  ownNotInvited: (org: string) => `${org} non risulta invitato a questo evento.`,
  ownSubmit: 'Conferma',
  ownConfirmed: 'Partecipazione confermata.',
  ownConfirmedOn: (date: string) => `Confermata il ${date}.`,
  import: {
    title: 'Importa un elenco di partecipanti',
    intro:
      'L’esportazione della piattaforma della riunione o il foglio firme salvato come CSV: ogni riga viene abbinata a un ente (dominio dell’e-mail, nome, nome scritto in modo simile). Controlli gli abbinamenti, poi confermi: gli enti trovati risultano presenti con il numero di persone.',
    formats:
      'Colonne riconosciute: Nome, Cognome, E-mail, Ente o Organizzazione. Separatore punto e virgola o virgola; codifica UTF-8 o Windows-1252 (Excel).',
    file: 'File CSV dei partecipanti',
    choose: 'Scegli il file CSV…',
    noFile: 'Nessun file scelto',
    reading: 'Lettura del file',
    matching: 'Abbinamento agli enti',
    rowsProgress: (done: number, total: number) => `${formatInteger('it', done)} / ${formatInteger('it', total)} righe`,
    cancel: 'Interrompi',
    cancelled: 'Importazione interrotta: nulla è stato modificato.',
    fileInfo: (name: string, rows: number, encoding: string, delimiter: string) =>
      `${name}: ${formatInteger('it', rows)} ${plural('it', rows, { one: 'riga', other: 'righe' })}, codifica ${encoding}, separatore ${delimiter}.`,
    delimiters: { ',': 'virgola', ';': 'punto e virgola', '\t': 'tabulazione', '|': 'barra verticale' },
    columnsFound: (cols: string) => `Colonne usate: ${cols}.`,
    errors: {
      empty: 'Il file è vuoto.',
      too_large: 'Il file supera i 20 MB: non sembra un elenco di partecipanti.',
      binary: 'Il file non è un testo CSV. Salvalo da Excel o dalla piattaforma come “CSV”.',
      spreadsheet: 'Questo è un file Excel (.xlsx, .xls o .ods): aprilo e salvalo come “CSV (separato da ;)”.',
      no_header:
        'Non trovo la riga di intestazione: la prima riga deve avere i nomi delle colonne, per esempio Nome; Cognome; E-mail; Ente.',
      no_usable_column:
        'Il file non ha una colonna E-mail né una colonna Ente o Organizzazione: senza, non si possono abbinare le righe agli enti.',
      no_rows: 'Il file ha l’intestazione ma nessuna riga di partecipanti.',
      read: 'Non è stato possibile leggere il file.',
      preview: 'L’abbinamento si è interrotto per un errore: nulla è stato modificato. Riprova.',
    },
    untouched: 'Il registro non è stato modificato.',
    stats: (rows: number, matched: number, review: number, unmatched: number) =>
      `${formatInteger('it', rows)} ${plural('it', rows, { one: 'riga', other: 'righe' })}: ${formatInteger('it', matched)} ${plural('it', matched, { one: 'abbinata', other: 'abbinate' })}, ${formatInteger('it', review)} da verificare, ${formatInteger('it', unmatched)} non ${plural('it', unmatched, { one: 'abbinata', other: 'abbinate' })}.`,
    reviewTitle: 'Abbinamenti',
    reviewHint:
      'Le righe uguali sono raggruppate. Per le righe da verificare o non abbinate scegli l’ente giusto, oppure “Non importare”.',
    showAll: 'Mostra anche gli abbinamenti sicuri',
    showing: (shown: number, total: number) => `Mostrati ${shown} gruppi su ${total}.`,
    showMore: 'Mostra altri',
    inFile: 'Nel file',
    rows: 'Righe',
    match: 'Abbinamento',
    assignTo: 'Ente',
    assignLabel: (what: string) => `Ente per “${what}”`,
    skip: 'Non importare',
    suggested: 'Suggeriti',
    others: 'Altri enti',
    methods: {
      email_domain: 'Dominio dell’e-mail',
      exact_name: 'Nome',
      close_name: 'Nome simile',
      partial_name: 'Nome parziale',
      none: 'Nessun abbinamento',
    },
    toReview: 'da verificare',
    unmatched: 'non abbinata',
    confidence: (p: number) => `affidabilità ${p}%`,
    resultTitle: 'Cosa cambierà nel registro',
    resultItem: (org: string, people: number, invited: boolean) =>
      `${org}: presente, ${plural('it', people, { one: '1 persona', other: `${people} persone` })}${invited ? '' : ' (sarà aggiunto al registro)'}`,
    resultNone: 'Nessuna riga è assegnata a un ente: non c’è nulla da importare.',
    duplicatesNote: 'Le persone ripetute (stessa e-mail o stesso nome) sono contate una volta.',
    confirm: 'Conferma importazione',
    confirming: 'Importazione…',
    unsavedFirst: 'Salva o annulla prima le modifiche al registro.',
    done: (orgs: number, people: number) =>
      `Importazione completata: ${plural('it', orgs, { one: '1 ente segnato presente', other: `${orgs} enti segnati presenti` })}, ${plural('it', people, { one: '1 persona', other: `${people} persone` })}.`,
    alreadyImported: 'Questo file è già stato importato per questo evento (già importato): il registro non è cambiato.',
    another: 'Importa un altro file',
    discard: 'Annulla l’importazione',
    history: 'File già importati',
    historyItem: (name: string, rows: number, date: string) => `${name} — ${formatInteger('it', rows)} righe, ${date}`,
  },
};

const signIn = {
  title: 'Foglio firme',
  back: 'Torna all’evento',
  print: 'Stampa il foglio firme',
  event: 'Evento',
  date: 'Data',
  place: 'Luogo',
  number: 'N.',
  organization: 'Ente',
  name: 'Nome e cognome',
  signature: 'Firma',
  invitedNote: (n: number) =>
    plural('it', n, { one: '1 ente invitato, dal registro presenze.', other: `${n} enti invitati, dal registro presenze.` }),
  noInvited:
    'Il registro di questo evento non ha ancora enti invitati: aggiungili dal registro presenze, oppure usa le righe vuote.',
  blankRows: 'Righe per altri partecipanti',
  privacy:
    'I dati raccolti con questo foglio servono solo a documentare la partecipazione all’evento del progetto COOPERA (PROG 3031, FAMI 2014-2020).',
};

/** Italian text of the attendance screens (members only): the register and the sign-in sheet. */
export const attendanceIt = { register, signIn } as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type AttendanceText = Widen<typeof attendanceIt>;
