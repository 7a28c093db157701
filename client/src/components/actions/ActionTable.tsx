import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { actionStatusLabels, type ActionStatus } from '@shared/enums';
import { romeToday } from '@shared/event-dates';
import type { ActionItem } from '../../lib/api-types';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { trpc } from '../../lib/trpc';
import { ActionAlert, StatusMessage, useActionFeedback } from '../form/FormFeedback';

/** Whole days from a due day to today (both Rome days). */
const daysLate = (due: string) => Math.round((Date.parse(romeToday()) - Date.parse(due)) / 86_400_000);

/**
 * Action items as a table: what, who owns it, from which event, when it is due (overdue flagged),
 * its status, and — for those who may — the buttons that close or reopen it.
 */
export function ActionTable({
  actions,
  caption,
  showOwner = true,
  showEvent = true,
  announce,
}: {
  actions: ActionItem[];
  caption: string;
  showOwner?: boolean;
  showEvent?: boolean;
  /** Where to say what changed, when the table may leave the page with it (a filtered list). */
  announce?: (message: string) => void;
}) {
  const { t, pick, to, formatDate, label } = useReservedI18n();
  const a = t.actions;
  const [status, setStatus] = useState('');
  const { feedback, run } = useActionFeedback(announce ?? setStatus);
  const setActionStatus = useMutation(trpc.actions.setStatus.mutationOptions());
  const change = (x: ActionItem, next: ActionStatus) =>
    run(
      () => setActionStatus.mutateAsync({ id: x.id, version: x.version, status: next }),
      a.changed(pick(x.titleIt, x.titleEn), label(actionStatusLabels, next)),
    );

  if (actions.length === 0) return <p className="muted">{a.empty}</p>;
  return (
    <>
      <ActionAlert feedback={feedback} />
      {!announce && <StatusMessage message={status} />}
      <div className="table-wrap">
        <table className="table action-table card-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.action}</th>
              {showOwner && <th scope="col">{a.owner}</th>}
              {showEvent && <th scope="col">{a.event}</th>}
              <th scope="col">{a.due}</th>
              <th scope="col">{a.status}</th>
              <th scope="col">
                <span className="visually-hidden">{a.status}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.map((x) => {
              const title = pick(x.titleIt, x.titleEn);
              return (
                <tr key={x.id} className={x.overdue ? 'is-overdue' : undefined}>
                  <th scope="row">
                    <span className="action-title">{title}</span>
                    {x.decisionTextIt && (
                      <span className="action-decision small muted">
                        {a.fromDecision}: {pick(x.decisionTextIt, x.decisionTextEn)}
                      </span>
                    )}
                  </th>
                  {showOwner && (
                    <td data-label={a.owner}>
                      <Link to={to(`/partners/${x.owner.slug}`)}>{x.owner.shortName || x.owner.name}</Link>
                    </td>
                  )}
                  {showEvent && (
                    <td data-label={a.event}>
                      <Link to={to(`/events/${x.event.slug}`)}>{pick(x.event.titleIt, x.event.titleEn)}</Link>
                    </td>
                  )}
                  <td data-label={a.due}>
                    {x.dueDate ? <time dateTime={x.dueDate}>{formatDate(x.dueDate, { dateStyle: 'medium' })}</time> : <span className="muted">{a.noDue}</span>}
                    {x.overdue && x.dueDate && (
                      <span className="badge badge-overdue" title={a.overdueLong(daysLate(x.dueDate))}>
                        {a.overdueLong(daysLate(x.dueDate))}
                      </span>
                    )}
                  </td>
                  <td data-label={a.status}>
                    {label(actionStatusLabels, x.status)}
                    {x.closedAt && <span className="small muted action-closed">{a.doneBy(formatDate(x.closedAt, { dateStyle: 'medium' }))}</span>}
                  </td>
                  <td className="action-buttons">
                    {x.canClose &&
                      (x.status === 'open' ? (
                        <>
                          <button type="button" className="btn btn-outline btn-sm" aria-label={`${a.markDone}: ${a.rowLabel(title)}`} onClick={() => change(x, 'done')}>
                            {a.markDone}
                          </button>
                          <button type="button" className="btn btn-outline btn-sm" aria-label={`${a.markDropped}: ${a.rowLabel(title)}`} onClick={() => change(x, 'dropped')}>
                            {a.markDropped}
                          </button>
                        </>
                      ) : (
                        <button type="button" className="btn btn-outline btn-sm" aria-label={`${a.reopen}: ${a.rowLabel(title)}`} onClick={() => change(x, 'open')}>
                          {a.reopen}
                        </button>
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
