import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { RequireUser } from '../../components/RequireUser';
import type { Me } from '../../lib/api-types';
import { useDocumentTitle } from '../../lib/i18n';
import { isCoordinator } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { DocumentHeader } from '../../components/print/DocumentHeader';
import { presetRange, queryString, type DashboardQuery } from './dashboard-filter';
import type { Report } from './dashboard-types';
import { integer, percent } from './format';
import { EvidenceDownload } from './components/EvidenceDownload';
import '../../components/print/print.css';
import { useDashboardI18n } from './text';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The dashboard's own query for a period: its preset when the period is the whole project. */
function backQuery(q: DashboardQuery) {
  const project = presetRange('project');
  if (q.from === project.from && q.to === project.to) return new URLSearchParams(q.body ? { body: q.body } : {}).toString();
  return queryString(q, { period: 'custom' });
}

/** `/dashboard/report?from=&to=&body=`: the participation report as an A4 document to print or save as PDF. */
export function ReportPage() {
  const { t } = useDashboardI18n();
  useDocumentTitle(t.dashboard.report.title);
  return <RequireUser>{(me) => <ReportView me={me} />}</RequireUser>;
}

function ReportView({ me }: { me: Me }) {
  const { t, to } = useDashboardI18n();
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const until = params.get('to') ?? '';
  const body = params.get('body') ?? '';
  const query: DashboardQuery =
    DAY.test(from) && DAY.test(until) && from <= until
      ? { from, to: until, ...(body ? { body } : {}) }
      : { ...presetRange('project'), ...(body ? { body } : {}) };
  const report = useQuery(trpc.dashboard.report.queryOptions(query));
  const r = t.dashboard.report;
  return (
    <div className="print-doc">
      <div className="print-toolbar container">
        <Link to={`${to('/dashboard')}?${backQuery(query)}`}><span className="dir-arrow" aria-hidden="true">←</span> {r.back}</Link>
        <button type="button" className="btn btn-primary" onClick={() => window.print()} disabled={!report.data}>
          {r.print}
        </button>
        <span className="small muted">{r.printHint}</span>
      </div>
      {isCoordinator(me) && (
        <div className="container">
          <EvidenceDownload query={query} />
        </div>
      )}
      <article className="paper">
        <QueryState query={report}>{(data) => <ReportDocument data={data} scoped={!isCoordinator(me)} />}</QueryState>
      </article>
    </div>
  );
}

function ReportDocument({ data, scoped }: { data: Report; scoped: boolean }) {
  const { t, locale, pick, formatDate, formatWhen } = useDashboardI18n();
  const r = t.dashboard.report;
  const f = t.dashboard.figures;
  const rt = t.dashboard.rates;
  const s = data.summary;
  return (
    <>
      <DocumentHeader title={r.title}>
        <dl className="doc-meta">
          <dt>{r.period}</dt>
          <dd>{t.dashboard.period.range(formatDate(s.from), formatDate(s.to))}</dd>
          <dt>{r.body}</dt>
          <dd>{s.body ? pick(s.body.nameIt, s.body.nameEn) : t.dashboard.period.allBodies}</dd>
        </dl>
      </DocumentHeader>
      {s.dataset && (
        <p className="doc-demo">
          <strong>{t.dashboard.demoTitle}.</strong> {t.dashboard.demoText}
        </p>
      )}

      <section>
        <h2>{r.figures}</h2>
        <table className="doc-table doc-figures">
          <tbody>
            <tr>
              <th scope="row">{f.eventsHeld}</th>
              <td>{integer(s.eventsHeld, locale)}</td>
              <td>{f.eventsRecorded(s.eventsRecorded)}</td>
            </tr>
            <tr>
              <th scope="row">{f.averageRate}</th>
              <td>{percent(s.averageRate, locale)}</td>
              <td>
                {s.averageRate === null ? f.noRate : f.averageRateNote(percent(s.pooledRate, locale))}
                {s.excused > 0 && `; ${f.excused(s.excused)}`}
              </td>
            </tr>
            {(['organizations', 'people'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{f[k]}</th>
                <td>{integer(s[k].total, locale)}</td>
                <td>{f.participantsNote(s[k].fromEventTotals, s[k].fromRegisters, s[k].eventsWithoutFigure)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{f.atRisk}</th>
              <td>{integer(s.organizationsAtRisk, locale)}</td>
              <td>{f.atRiskNote}</td>
            </tr>
          </tbody>
        </table>
      </section>

      {s.bodies.length > 0 && (
        <section>
          <h2>{t.dashboard.bodies.title}</h2>
          <table className="doc-table numbers">
            <thead>
              <tr>
                <th scope="col">{t.dashboard.bodies.body}</th>
                <th scope="col">{t.dashboard.bodies.eventsHeld}</th>
                <th scope="col">{t.dashboard.bodies.averageRate}</th>
                <th scope="col">{t.dashboard.bodies.excused}</th>
                <th scope="col">{t.dashboard.bodies.organizations}</th>
                <th scope="col">{t.dashboard.bodies.people}</th>
              </tr>
            </thead>
            <tbody>
              {s.bodies.map((b) => (
                <tr key={b.slug}>
                  <th scope="row">{pick(b.nameIt, b.nameEn)}</th>
                  <td>{integer(b.eventsHeld, locale)}</td>
                  <td>{percent(b.averageRate, locale)}</td>
                  <td>{integer(b.excused, locale)}</td>
                  <td>{integer(b.organizations.total, locale)}</td>
                  <td>{integer(b.people.total, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section>
        <h2>{r.organizations}</h2>
        {scoped && <p className="small">{r.scopeNote}</p>}
        {data.organizations.items.length === 0 ? (
          <p>{s.recordedLinesEver ? t.dashboard.rates.none : t.dashboard.empty.title}.</p>
        ) : (
          <table className="doc-table numbers doc-organizations">
            <thead>
              <tr>
                <th scope="col">{rt.organization}</th>
                <th scope="col">{rt.invited}</th>
                <th scope="col">{rt.present}</th>
                <th scope="col">{rt.absent}</th>
                <th scope="col">{rt.excused}</th>
                <th scope="col">{rt.unrecorded}</th>
                <th scope="col">{rt.rate}</th>
              </tr>
            </thead>
            <tbody>
              {data.organizations.items.map((o) => (
                <tr key={o.organizationId}>
                  <th scope="row">
                    {o.name}
                    {o.membershipStatus === 'withdrawn' && <span className="doc-note"> ({rt.withdrawn.toLowerCase()})</span>}
                  </th>
                  <td>{integer(o.invited, locale)}</td>
                  <td>{integer(o.present, locale)}</td>
                  <td>{integer(o.absent, locale)}</td>
                  <td>{integer(o.excused, locale)}</td>
                  <td>{integer(o.unrecorded, locale)}</td>
                  <td>
                    <strong>{percent(o.rate, locale)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>{t.dashboard.alerts.title}</h2>
        {data.alerts.length === 0 ? (
          <p>{t.dashboard.alerts.none}</p>
        ) : (
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">{rt.organization}</th>
                <th scope="col">{t.dashboard.alerts.missed}</th>
              </tr>
            </thead>
            <tbody>
              {data.alerts.map((a) => (
                <tr key={a.organizationId}>
                  <th scope="row">{a.name}</th>
                  <td>
                    {a.misses
                      .map((m) => `${pick(m.titleIt, m.titleEn)} (${formatWhen(m, 'medium')})`)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="doc-end">
        <section className="doc-method">
          <h2>{r.method}</h2>
          <p>{r.methodText}</p>
        </section>
        <footer className="doc-footer">
          {r.generated(formatDate(data.generatedAt, { dateStyle: 'long', timeStyle: 'short' }))}
        </footer>
      </div>
    </>
  );
}
