import { romeToday } from '@shared/event-dates';
/** Today in Italy, as YYYY-MM-DD. */
/** Today in Rome, YYYY-MM-DD (the one definition is shared/event-dates.ts). */
export const today = () => romeToday();

/** The same day one year later, as YYYY-MM-DD (the next review of a person's contact). */
export function oneYearFrom(iso: string = today()): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + 1, m - 1, d));
  // 29 February → 28 February, not 1 March.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD string from the URL, or undefined. */
export const isoDateOrUndefined = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
