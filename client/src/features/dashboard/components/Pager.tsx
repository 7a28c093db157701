import { formatInteger } from '../../../lib/i18n';
import { useDashboardI18n } from '../text';

/** Previous / next over a list shown a page at a time, with "21–40 of 312". */
export function Pager({
  page,
  pageSize,
  total,
  label,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  label: string;
  onPage: (page: number) => void;
}) {
  const { t, locale } = useDashboardI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const n = (x: number) => formatInteger(locale, x);
  return (
    <nav className="pager" aria-label={t.dashboard.pager.label(label)}>
      <button type="button" className="btn btn-outline" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">‹</span> {t.dashboard.pager.previous}
      </button>
      <span className="pager-status" aria-live="polite">
        {t.dashboard.pager.status(n(first), n(last), n(total))}
      </span>
      <button type="button" className="btn btn-outline" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.dashboard.pager.next} <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}
