import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { RequireUser } from '../../components/RequireUser';
import { useDocumentTitle } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';
import { DocumentHeader } from '../../components/print/DocumentHeader';
import '../../components/print/print.css';
import { useAttendanceI18n } from './text';

/** Rows left blank under the invited organisations, for people who come without being on the list. */
const BLANK_ROWS = 6;

/** `/events/:slug/sign-in-sheet`: a printable sign-in sheet pre-filled with the invited organisations. */
export function SignInSheetPage() {
  const { t } = useAttendanceI18n();
  useDocumentTitle(t.signIn.title);
  return <RequireUser>{() => <SignInSheet />}</RequireUser>;
}

function SignInSheet() {
  const { slug = '' } = useParams();
  const { t, to, pick, formatWhen } = useAttendanceI18n();
  const s = t.signIn;
  const event = useQuery(trpc.events.bySlug.queryOptions({ slug }, { retry: false }));
  const invited = useQuery({
    ...trpc.dashboard.invited.queryOptions({ eventId: event.data?.id ?? 0 }),
    enabled: Boolean(event.data),
  });
  return (
    <div className="print-doc">
      <div className="print-toolbar container">
        <Link to={to(`/events/${slug}`)}><span className="dir-arrow" aria-hidden="true">←</span> {s.back}</Link>
        <button type="button" className="btn btn-primary" onClick={() => window.print()} disabled={!invited.data}>
          {s.print}
        </button>
      </div>
      <article className="paper sign-in-sheet">
        <QueryState query={event} notFound={<p>{t.events.notFound}</p>}>
          {(e) => (
            <>
              <DocumentHeader title={s.title}>
                <dl className="doc-meta">
                  <dt>{s.event}</dt>
                  <dd>
                    <strong>{pick(e.titleIt, e.titleEn)}</strong>
                  </dd>
                  <dt>{s.date}</dt>
                  <dd>
                    {formatWhen(e, 'full')}
                  </dd>
                  {e.place && (
                    <>
                      <dt>{s.place}</dt>
                      <dd>{e.place}</dd>
                    </>
                  )}
                </dl>
              </DocumentHeader>
              <QueryState query={invited}>
                {(data) => (
                  <>
                    <p className="small doc-note">{data.organizations.length > 0 ? s.invitedNote(data.organizations.length) : s.noInvited}</p>
                    <table className="doc-table sign-in-table">
                      <thead>
                        <tr>
                          <th scope="col" className="col-number">
                            {s.number}
                          </th>
                          <th scope="col" className="col-org">
                            {s.organization}
                          </th>
                          <th scope="col" className="col-name">
                            {s.name}
                          </th>
                          <th scope="col" className="col-signature">
                            {s.signature}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.organizations.map((o, i) => (
                          <tr key={o.id}>
                            <td className="col-number">{i + 1}</td>
                            <th scope="row" className="col-org">
                              {o.name}
                            </th>
                            <td />
                            <td />
                          </tr>
                        ))}
                        {Array.from({ length: BLANK_ROWS }, (_, i) => (
                          <tr key={`blank-${i}`} className="blank-row">
                            <td className="col-number">{data.organizations.length + i + 1}</td>
                            <td className="col-org">{i === 0 && <span className="visually-hidden">{s.blankRows}</span>}</td>
                            <td />
                            <td />
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <p className="doc-privacy small">{s.privacy}</p>
                  </>
                )}
              </QueryState>
            </>
          )}
        </QueryState>
      </article>
    </div>
  );
}
