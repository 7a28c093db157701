import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { legalBasisLabels } from '@shared/enums';
import { VisibilityBadge } from '../../components/Badges';
import { ActionAlert, StatusMessage, useFormFeedback } from '../../components/form/FormFeedback';
import { QueryState } from '../../components/QueryState';
import { oneYearFrom, today } from '../../lib/dates';
import { useAdminI18n } from './text';
import { queryClient, trpc } from '../../lib/trpc';
import { AdminPage } from './AdminPage';

/** Contacts naming a person whose review date has come: confirm for another year, or disable. */
export function ReviewPage() {
  const { t } = useAdminI18n();
  return (
    <AdminPage min="coordinator" title={t.admin.review.title} intro={t.admin.review.intro} wide>
      <ReviewTable />
    </AdminPage>
  );
}

function ReviewTable() {
  const { t, to, label, formatDate } = useAdminI18n();
  const r = t.admin.review;
  const due = useQuery(trpc.contacts.reviewDue.queryOptions());
  const update = useMutation(trpc.contacts.update.mutationOptions());
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState<number | null>(null);
  const feedback = useFormFeedback<HTMLDivElement>();

  const act = async (input: Parameters<typeof update.mutateAsync>[0], message: string) => {
    if (update.isPending) return;
    feedback.reset();
    setStatus('');
    try {
      await update.mutateAsync(input);
      await queryClient.invalidateQueries();
      setAsking(null);
      setStatus(message);
    } catch (error) {
      feedback.failed(error);
    }
  };

  return (
    <>
      <StatusMessage message={status} />
      <ActionAlert feedback={feedback} onReloaded={() => setStatus(t.form.reloaded)} />
      <QueryState query={due}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="state state-empty">{r.empty}</p>
          ) : (
            <div className="table-wrap">
              <table className="table admin-table">
                <caption className="visually-hidden">{r.caption(rows.length)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{r.organization}</th>
                    <th scope="col">{r.contact}</th>
                    <th scope="col">{r.visibility}</th>
                    <th scope="col">{r.legalBasis}</th>
                    <th scope="col">{r.due}</th>
                    <th scope="col">{r.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => {
                    const next = oneYearFrom(today());
                    return (
                      <tr key={c.id}>
                        <td data-label={r.organization}>
                          <Link to={to(`/partners/${c.organizationSlug}`)}>{c.organizationShortName}</Link>
                        </td>
                        <th scope="row" data-label={r.contact}>
                          {c.label}
                          {c.function && <span className="muted small block">{c.function}</span>}
                        </th>
                        <td data-label={r.visibility}>
                          <VisibilityBadge visibility={c.visibility} />
                        </td>
                        <td data-label={r.legalBasis}>{c.legalBasis ? label(legalBasisLabels, c.legalBasis) : '—'}</td>
                        <td data-label={r.due}>{c.reviewDue ? formatDate(c.reviewDue) : '—'}</td>
                        <td data-label={r.actions}>
                          {asking === c.id ? (
                            <div className="confirm-box" role="group" aria-label={r.disableQuestion(c.label)}>
                              <p>{r.disableQuestion(c.label)}</p>
                              <div className="form-actions">
                                <button
                                  type="button"
                                  className="btn btn-danger"
                                  autoFocus
                                  onClick={() =>
                                    act({ id: c.id, version: c.version, disabled: true }, r.disabled(c.label))
                                  }
                                >
                                  {r.disableConfirm}
                                </button>
                                <button type="button" className="btn btn-outline" onClick={() => setAsking(null)}>
                                  {t.form.cancel}
                                </button>
                              </div>
                            </div>
                          ) : (
                            <div className="table-actions">
                              <button
                                type="button"
                                className="btn btn-primary"
                                aria-label={`${r.confirm} ${c.label}`}
                                onClick={() =>
                                  act({ id: c.id, version: c.version, reviewDue: next }, r.confirmed(c.label, formatDate(next)))
                                }
                              >
                                {r.confirm}
                              </button>
                              <button
                                type="button"
                                className="btn btn-outline btn-danger-outline"
                                aria-label={`${r.disable} ${c.label}`}
                                onClick={() => setAsking(c.id)}
                              >
                                {r.disable}
                              </button>
                            </div>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      <p className="muted small">{r.note}</p>
    </>
  );
}
