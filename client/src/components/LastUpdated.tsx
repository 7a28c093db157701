import { useI18n } from '../lib/i18n';

/** The later of ISO dates or timestamps (null when none is given). */
export const latest = (...dates: (string | null | undefined)[]): string | null =>
  dates.filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;

/** "Ultimo aggiornamento: 7 dicembre 2026", from the real date of the last change of what the page shows. */
export function LastUpdated({ at }: { at: string | null | undefined }) {
  const { t, formatDate } = useI18n();
  if (!at) return null;
  return (
    <p className="last-updated muted small">
      {t.common.lastUpdated} <time dateTime={at.slice(0, 10)}>{formatDate(at.length === 10 ? `${at}T12:00:00Z` : at)}</time>
    </p>
  );
}
