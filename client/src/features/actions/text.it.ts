import { plural, type Widen } from '../../lib/i18n/locale';

/** Italian text of the actions view (members only). */
export const actionsPageIt = {
  actionsPage: {
    title: 'Azioni',
    intro: 'Le azioni decise negli eventi della rete, per ente responsabile: prima quelle in ritardo, poi per scadenza.',
    introOwn: 'Le azioni affidate al tuo ente negli eventi della rete: prima quelle in ritardo, poi per scadenza.',
    filters: 'Filtra le azioni',
    status: 'Stato',
    statusAll: 'Tutte',
    overdueOnly: 'Solo in ritardo',
    summary: (open: number, overdue: number) =>
      `${plural('it', open, { one: '1 azione aperta', other: `${open} azioni aperte` })}, ${plural('it', overdue, { one: '1 in ritardo', other: `${overdue} in ritardo` })}.`,
    caption: (owner: string) => `Azioni di ${owner}`,
    empty: 'Nessuna azione corrisponde ai filtri.',
    none: 'Nessuna azione è stata ancora registrata. Le azioni si aggiungono dalla pagina di un evento svolto, sotto il verbale.',
  },
} as const;

export type ActionsPageText = Widen<typeof actionsPageIt>;
