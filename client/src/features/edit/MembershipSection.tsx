import { useQuery } from '@tanstack/react-query';
import { RoleBadge, StatusBadge } from '../../components/Badges';
import { QueryState } from '../../components/QueryState';
import { useEditI18n } from './text';
import { trpc } from '../../lib/trpc';
import { MembershipForm } from './MembershipForm';
import { NewRecord, PanelSection, RecordList, useRecordSection } from './RecordSection';

/** The organisation's memberships of the project, for coordinators. */
export function MembershipSection({ organizationId }: { organizationId: number }) {
  const { t, formatDate, pick } = useEditI18n();
  const memberships = useQuery(trpc.memberships.list.queryOptions({ organizationId }, { retry: false }));
  const section = useRecordSection();
  const formProps = { organizationId, ...section.formProps };
  const period = (start: string | null, end: string | null) =>
    [start && `${t.partner.since} ${formatDate(start)}`, end && `${t.partner.until} ${formatDate(end)}`]
      .filter(Boolean)
      .join(' ') || t.edit.membership.noDates;

  return (
    <PanelSection
      id="panel-membership"
      title={t.edit.membership.title}
      headingRef={section.headingRef}
      intro={t.edit.membership.intro}
      status={section.status}
    >
      <QueryState query={memberships}>
        {(list) => (
          <RecordList
            records={list}
            editing={section.editing}
            empty={t.edit.membership.empty}
            form={(m) => <MembershipForm membership={m} {...formProps} />}
            card={(m) => (
              <>
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
                  <button type="button" className="btn btn-outline" onClick={() => section.setEditing(m.id)}>
                    {t.edit.membership.edit}
                  </button>
                </div>
              </>
            )}
          />
        )}
      </QueryState>
      {/* No new membership while one is active. */}
      {(section.editing === 'new' || !memberships.data?.some((m) => m.status === 'active')) && (
        <NewRecord
          open={section.editing === 'new'}
          onOpen={section.startNew}
          label={t.edit.membership.add}
          className="btn btn-outline"
        >
          <MembershipForm {...formProps} />
        </NewRecord>
      )}
    </PanelSection>
  );
}
