import { plural } from '../../lib/i18n/locale';

/** Italian text of the participation dashboard (members only): loaded with the feature's lazy chunk, never on the public first view. */
export const dashboardIt = {
  nav: 'Cruscotto',
  /** A quarter of a year: "T1 2022" (trimestre). */
  quarter: (quarter: string, year: string) => `T${quarter} ${year}`,
  title: 'Cruscotto della partecipazione',
  intro:
    'Chi partecipa alla vita della rete: presenze degli enti ai tavoli tecnici, ai webinar e alle riunioni, enti che restano indietro, ruoli nelle linee di attività e scadenze.',
  memberScope:
    'Vedi le cifre complessive della rete e le righe del tuo ente; il coordinamento vede le righe di tutti gli enti.',
  demoTitle: 'Dati dimostrativi',
  demoText:
    'Questo database contiene presenze sintetiche, Comuni fittizi («Comune demo …») e prodotti fittizi generati per mostrare il cruscotto: non sono dati reali del progetto.',
  period: {
    legend: 'Periodo e organismo',
    label: 'Periodo',
    project: 'Intero progetto',
    year: 'Quest’anno',
    '12m': 'Ultimi 12 mesi',
    custom: 'Personalizzato',
    from: 'Dal',
    to: 'Al',
    apply: 'Applica',
    invalid: 'Indica due date, la prima non successiva alla seconda.',
    body: 'Organismo',
    allBodies: 'Tutti gli organismi',
    range: (from: string, to: string) => `dal ${from} al ${to}`,
  },
  exports: {
    label: 'Esporta',
    report: 'Report stampabile',
    csv: 'CSV',
    xlsx: 'Excel (XLSX)',
    download: (format: string) => `Scarica i dati per ente in formato ${format}`,
  },
  figures: {
    title: 'Cifre chiave',
    eventsHeld: 'Eventi svolti',
    eventsRecorded: (n: number) => plural('it', n, { one: '1 con registro compilato', other: `${n} con registro compilato` }),
    averageRate: 'Tasso medio di presenza',
    averageRateNote: (pooled: string) => `media dei tassi dei singoli eventi; sul totale delle presenze: ${pooled}`,
    noRate: 'nessuna presenza registrata',
    participants: 'Partecipanti',
    participantsNote: (fromTotals: number, fromRegisters: number, missing: number) =>
      [
        fromTotals > 0 && `${fromTotals} eventi con il totale dichiarato`,
        fromRegisters > 0 && `${fromRegisters} dal registro`,
        missing > 0 && `${missing} senza dato`,
      ]
        .filter(Boolean)
        .join(' · '),
    atRisk: 'Enti a rischio',
    atRiskNote: 'assenti agli ultimi due eventi a cui erano invitati',
    excused: (n: number) => plural('it', n, { one: '1 assenza giustificata, esclusa dal calcolo', other: `${n} assenze giustificate, escluse dal calcolo` }),
  },
  empty: {
    title: 'I registri delle presenze sono ancora vuoti',
    text:
      'Le fonti pubbliche del progetto riportano gli eventi e, a volte, il numero complessivo dei partecipanti, ma non quali enti fossero presenti: per questo i registri partono vuoti. Tassi di presenza, matrice e allerte compaiono man mano che il coordinamento compila i registri.',
    howTitle: 'Come registrare le presenze di un evento',
    how1: 'Apri l’evento dall’elenco degli eventi.',
    how2: 'Scegli «Registro presenze» e aggiungi gli enti invitati.',
    how3: 'Per ogni ente segna presente, assente o assente giustificato, con il numero di persone; oppure importa in CSV l’elenco dei partecipanti esportato dalla piattaforma della riunione.',
    eventsLink: 'Vai agli eventi',
    demo: 'Per provare il cruscotto con dati di esempio, chi gestisce l’installazione può creare un database dimostrativo separato con il comando',
    period: 'Nessun evento svolto nel periodo scelto.',
    noLines: 'Nessuna presenza registrata per gli eventi di questo periodo.',
  },
  rates: {
    title: 'Presenza per ente',
    intro:
      'Tasso = presenti ÷ (presenti + assenti). Contano solo gli eventi svolti a cui l’ente era invitato; le assenze giustificate sono escluse dal calcolo e gli eventi successivi al recesso di un ente non contano.',
    sort: 'Ordina',
    sortRate: 'dal tasso più basso',
    sortName: 'per nome',
    chartLabel: 'Tasso di presenza per ente',
    counted: (present: number, counted: number) => `${present} su ${counted}`,
    trend: 'Andamento per trimestre',
    trendLabel: (points: string) => `Andamento per trimestre: ${points}`,
    showTable: 'Mostra i dati come tabella',
    caption: 'Presenze per ente nel periodo, con il tasso per trimestre',
    organization: 'Ente',
    invited: 'Inviti',
    present: 'Presente',
    absent: 'Assente',
    excused: 'Giustificato',
    unrecorded: 'Non registrato',
    rate: 'Tasso',
    withdrawn: 'Receduto',
    atRisk: 'a rischio',
    none: 'Nessun ente invitato a eventi svolti nel periodo.',
  },
  matrix: {
    title: 'Matrice ente × evento',
    intro: (n: number) =>
      plural('it', n, { one: 'L’ultimo evento svolto nel periodo.', other: `Gli ultimi ${n} eventi svolti nel periodo, dal meno recente al più recente.` }),
    caption: 'Stato di ogni ente a ogni evento a cui era invitato',
    legend: 'Legenda',
    organization: 'Ente',
    present: 'Presente',
    absent: 'Assente',
    excused: 'Assente giustificato',
    unrecorded: 'Non ancora registrato',
    not_invited: 'Non invitato',
    withdrawn: 'Dopo il recesso (non conta)',
    symbolExcused: 'G',
    symbolWithdrawn: 'R',
  },
  pager: {
    label: (what: string) => `Pagine: ${what}`,
    previous: 'Precedenti',
    next: 'Successivi',
    status: (first: string, last: string, total: string) => `${first}–${last} di ${total}`,
  },
  alerts: {
    title: 'Allerte: due assenze consecutive',
    intro: 'Enti assenti, senza giustificazione, agli ultimi due eventi svolti a cui erano invitati.',
    none: 'Nessun ente ha due assenze consecutive nel periodo.',
    missed: 'Assente a',
    and: 'e a',
  },
  bodies: {
    title: 'Per organismo',
    caption: 'Cifre per organismo nel periodo',
    body: 'Organismo',
    eventsHeld: 'Eventi svolti',
    averageRate: 'Tasso medio',
    excused: 'Assenze giustificate',
    participants: 'Partecipanti',
    withoutBody: (n: number) =>
      n === 1
        ? '1 evento svolto non appartiene a nessun organismo: è contato nelle cifre chiave.'
        : `${n} eventi svolti non appartengono a nessun organismo: sono contati nelle cifre chiave.`,
  },
  activities: {
    title: 'Linee di attività e ruoli',
    intro: 'Chi guida (R) e chi contribuisce (C) a ciascuna linea di attività del progetto.',
    caption: 'Ruolo di ogni ente in ogni linea di attività',
    line: 'Linea di attività',
    none: 'Nessun ruolo registrato nelle linee di attività.',
    symbolLead: 'R',
    symbolContributor: 'C',
  },
  deliverables: {
    title: 'Prodotti attesi e scadenze',
    caption: 'Prodotti attesi da ciascun ente, per scadenza',
    due: 'Scadenza',
    deliverable: 'Prodotto',
    organization: 'Ente',
    line: 'Linea',
    status: 'Stato',
    overdue: 'In ritardo',
    overdueCount: (n: number) => plural('it', n, { one: '1 prodotto in ritardo', other: `${n} prodotti in ritardo` }),
    deliveredOn: (date: string) => `Consegnato il ${date}`,
    none: 'Nessun prodotto atteso registrato.',
  },
  report: {
    title: 'Rapporto sulla partecipazione',
    back: 'Torna al cruscotto',
    print: 'Stampa o salva in PDF',
    printHint: 'Nella finestra di stampa scegli «Salva come PDF» per ottenere il documento.',
    period: 'Periodo',
    body: 'Organismo',
    generated: (date: string) => `Generato il ${date} — COOPERA Network`,
    figures: 'Cifre chiave',
    method: 'Come si calcolano i tassi',
    methodText:
      'Tasso = presenti ÷ (presenti + assenti), sui soli eventi svolti a cui l’ente era invitato. Le assenze giustificate sono indicate a parte ed escluse dal denominatore; le righe non ancora registrate sono ignorate, come gli eventi annullati o in programma e gli eventi successivi al recesso di un ente (se la data del recesso non è nota, contano tutti i suoi eventi). Il tasso medio è la media dei tassi dei singoli eventi. I partecipanti sono il totale dichiarato per ciascun evento o, in mancanza, le persone contate nel registro.',
    organizations: 'Presenze per ente',
    scopeNote: 'Il report contiene le righe che il tuo profilo può vedere.',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type DashboardText = Widen<typeof dashboardIt>;
