import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { RequireUser } from '../../components/RequireUser';
import type { Me } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/i18n';
import { isCoordinator } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { ActivitiesSection } from './components/ActivitiesSection';
import { AlertsSection } from './components/AlertsSection';
import { OverdueActionsSection } from './components/OverdueActionsSection';
import { BodiesSection } from './components/BodiesSection';
import { EmptyRegisters } from './components/EmptyRegisters';
import { EvidenceDownload } from './components/EvidenceDownload';
import { HeatMapSection } from './components/HeatMapSection';
import { KeyFigures } from './components/KeyFigures';
import { PeriodFilter } from './components/PeriodFilter';
import { RatesSection } from './components/RatesSection';
import { queryString, useDashboardFilter } from './dashboard-filter';
import './dashboard.css';
import { useDashboardI18n } from './text';

export function DashboardPage() {
  const { t } = useDashboardI18n();
  useDocumentTitle(t.dashboard.title);
  return <RequireUser>{(me) => <Dashboard me={me} />}</RequireUser>;
}

function Dashboard({ me }: { me: Me }) {
  const { t, to, locale, pick, formatDate } = useDashboardI18n();
  const filter = useDashboardFilter();
  const summary = useQuery({ ...trpc.dashboard.summary.queryOptions(filter.query), placeholderData: keepPreviousData });
  const bodies = summary.data?.bodies ?? [];
  const qs = queryString(filter.query);

  return (
    <div className="container-wide dashboard">
      <h1>{t.dashboard.title}</h1>
      <p className="lead-text">{t.dashboard.intro}</p>
      {!isCoordinator(me) && <p className="dashboard-scope">{t.dashboard.memberScope}</p>}
      {summary.data?.dataset && (
        <div className="callout dashboard-demo" role="note">
          <p className="callout-title">{t.dashboard.demoTitle}</p>
          <p>{t.dashboard.demoText}</p>
        </div>
      )}

      <div className="dashboard-toolbar">
        <PeriodFilter filter={filter} bodies={bodies} />
        <nav className="dashboard-exports" aria-label={t.dashboard.exports.label}>
          <Link className="btn btn-outline" to={`${to('/dashboard/report')}?${qs}`}>
            <PrintIcon />
            {t.dashboard.exports.report}
          </Link>
          <a
            className="btn btn-outline"
            href={`/api/reports/participation.csv?${queryString(filter.query, { lang: locale })}`}
            download
            aria-label={t.dashboard.exports.download(t.dashboard.exports.csv)}
          >
            <DownloadIcon />
            {t.dashboard.exports.csv}
          </a>
          <a
            className="btn btn-outline"
            href={`/api/reports/participation.csv?${queryString(filter.query, { lang: locale, sep: 'semicolon' })}`}
            download
            aria-label={t.dashboard.exports.download(t.dashboard.exports.csvSemicolon)}
          >
            <DownloadIcon />
            {t.dashboard.exports.csvSemicolon}
          </a>
          <a
            className="btn btn-outline"
            href={`/api/reports/participation.xlsx?${queryString(filter.query, { lang: locale })}`}
            download
            aria-label={t.dashboard.exports.download(t.dashboard.exports.xlsx)}
          >
            <DownloadIcon />
            {t.dashboard.exports.xlsx}
          </a>
        </nav>
        {isCoordinator(me) && <EvidenceDownload query={filter.query} />}
      </div>
      <p className="dashboard-showing" aria-live="polite">
        <strong>{t.dashboard.period.range(formatDate(filter.query.from), formatDate(filter.query.to))}</strong>
        {' · '}
        {summary.data?.body ? pick(summary.data.body.nameIt, summary.data.body.nameEn) : t.dashboard.period.allBodies}
      </p>

      <QueryState query={summary}>
        {(s) => (
          <div className={summary.isPlaceholderData ? 'dashboard-body is-stale' : 'dashboard-body'} aria-busy={summary.isFetching}>
            <KeyFigures summary={s} />
            {!s.recordedLinesEver ? (
              <EmptyRegisters />
            ) : s.eventsHeld === 0 ? (
              <p className="state state-empty">{t.dashboard.empty.period}</p>
            ) : s.present + s.absent + s.excused === 0 ? (
              <p className="state state-empty">{t.dashboard.empty.noLines}</p>
            ) : (
              <>
                <div className="dashboard-grid">
                  <RatesSection filter={filter} />
                  <AlertsSection query={filter.query} />
                </div>
                <HeatMapSection filter={filter} />
              </>
            )}
            <OverdueActionsSection />
            <BodiesSection summary={s} />
          </div>
        )}
      </QueryState>
      <ActivitiesSection />
    </div>
  );
}

function PrintIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
      <path d="M6 9V3h12v6M6 18H4v-7h16v7h-2M8 14h8v7H8z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
      <path d="M12 3v12m-5-5 5 5 5-5M4 20h16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
