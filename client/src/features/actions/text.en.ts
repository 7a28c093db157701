import { plural } from '../../lib/i18n/locale';
import type { ActionsPageText } from './text.it';

/** English text of the actions view. */
export const actionsPageEn: ActionsPageText = {
  actionsPage: {
    title: 'Actions',
    intro: 'The actions agreed at the network’s events, by owner organisation: overdue first, then by due date.',
    introOwn: 'The actions given to your organisation at the network’s events: overdue first, then by due date.',
    filters: 'Filter the actions',
    status: 'Status',
    statusAll: 'All',
    overdueOnly: 'Overdue only',
    summary: (open: number, overdue: number) =>
      `${plural('en', open, { one: '1 open action', other: `${open} open actions` })}, ${plural('en', overdue, { one: '1 overdue', other: `${overdue} overdue` })}.`,
    caption: (owner: string) => `Actions of ${owner}`,
    empty: 'No action matches the filters.',
    none: 'No action has been recorded yet. Actions are added from the page of a held event, below its minutes.',
  },
};
