import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { RoleBadge, StatusBadge } from '../../components/Badges';
import { StatusMessage } from '../../components/form/FormFeedback';
import { QueryState } from '../../components/QueryState';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { trpc } from '../../lib/trpc';
import { MembershipForm } from './MembershipForm';

/** The organisation's memberships of the project, for coordinators. */
export function MembershipSection({ organizationId }: { organizationId: number }) {
  const { t, formatDate, pick } = useReservedI18n();
  const memberships = useQuery(trpc.memberships.list.queryOptions({ organizationId }, { retry: false }));
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = (message = '') => {
    setEditing(null);
    setStatus(message);
    headingRef.current?.focus();
  };
  const formProps = {
    organizationId,
    onCancel: () => close(),
    onSaved: (message: string) => close(message),
    onReloaded: () => setStatus(t.form.reloaded),
  };
  const period = (start: string | null, end: string | null) =>
    [start && `${t.partner.since} ${formatDate(start)}`, end && `${t.partner.until} ${formatDate(end)}`]
      .filter(Boolean)
      .join(' ') || t.edit.membership.noDates;

  return (
    <section className="panel-section" aria-labelledby="panel-membership">
      <h3 id="panel-membership" ref={headingRef} tabIndex={-1}>
        {t.edit.membership.title}
      </h3>
      <p className="muted">{t.edit.membership.intro}</p>
      <StatusMessage message={status} />
      <QueryState query={memberships}>
        {(list) =>
          list.length === 0 ? (
            <p className="state state-empty">{t.edit.membership.empty}</p>
          ) : (
            <ul className="record-list">
              {list.map((m) =>
                editing === m.id ? (
                  <li key={`${m.id}-${m.version}`} className="record-card is-editing">
                    <MembershipForm membership={m} {...formProps} />
                  </li>
                ) : (
                  <li key={m.id} className="record-card">
                    <div className="record-head">
                      <RoleBadge role={m.role} />
                      <StatusBadge status={m.status} />
                      <span className="muted">{period(m.startDate, m.endDate)}</span>
                    </div>
                    {m.responsibilitiesIt && <p>{pick(m.responsibilitiesIt, m.responsibilitiesEn)}</p>}
                    {m.endReasonIt && (
                      <p className="small">
                        <strong>{t.partner.reason}:</strong> {pick(m.endReasonIt, m.endReasonEn ?? '')}
                      </p>
                    )}
                    <div className="record-actions">
                      <button type="button" className="btn btn-outline" onClick={() => setEditing(m.id)}>
                        {t.edit.membership.edit}
                      </button>
                    </div>
                  </li>
                ),
              )}
            </ul>
          )
        }
      </QueryState>
      {editing === 'new' ? (
        <div className="record-card is-editing">
          <MembershipForm {...formProps} />
        </div>
      ) : memberships.data?.some((m) => m.status === 'active') ? null : (
        <button
          type="button"
          className="btn btn-outline"
          onClick={() => {
            setStatus('');
            setEditing('new');
          }}
        >
          {t.edit.membership.add}
        </button>
      )}
    </section>
  );
}
