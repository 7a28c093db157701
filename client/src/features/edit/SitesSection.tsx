import { useMutation, useQuery } from '@tanstack/react-query';
import { coordinatePrecisionLabels, townWithProvince, siteKindLabels } from '@shared/enums';
import { ActionAlert, useActionFeedback } from '../../components/form/FormFeedback';
import { QueryState } from '../../components/QueryState';
import { useEditI18n } from './text';
import { trpc } from '../../lib/trpc';
import { ConfirmButton } from '../../components/form/ConfirmButton';
import { NewRecord, PanelSection, RecordList, useRecordSection } from './RecordSection';
import { SiteForm } from './SiteForm';

/** The organisation's service points: add, edit, delete. */
export function SitesSection({
  organizationId,
  defaults,
}: {
  organizationId: number;
  defaults: { province: string; city: string; near?: [number, number] | null };
}) {
  const { t, label } = useEditI18n();
  const sites = useQuery(trpc.sites.listByOrganization.queryOptions({ organizationId }));
  const section = useRecordSection();
  const { feedback: actions, run } = useActionFeedback(section.setStatus);
  const remove = useMutation(trpc.sites.delete.mutationOptions());
  const formProps = { organizationId, defaults, ...section.formProps };

  return (
    <PanelSection
      id="panel-sites"
      title={t.edit.sites.title}
      headingRef={section.headingRef}
      intro={t.edit.sites.intro}
      status={section.status}
    >
      <ActionAlert feedback={actions} onReloaded={section.formProps.onReloaded} />
      <QueryState query={sites}>
        {(list) => (
          <RecordList
            records={list}
            editing={section.editing}
            empty={t.partner.noSites}
            form={(s) => <SiteForm site={s} {...formProps} />}
            card={(s) => (
              <>
                <div className="record-head">
                  <p className="record-title">{s.nameIt}</p>
                  <span className="badge badge-neutral">{label(siteKindLabels, s.kind)}</span>
                </div>
                <p className="muted">
                  {s.address ? `${s.address}, ` : ''}
                  {townWithProvince(s.city, s.province)}
                </p>
                <p className="small">
                  {s.lat !== null && s.lng !== null
                    ? `${s.lat}, ${s.lng}${s.coordinatePrecision ? ` — ${label(coordinatePrecisionLabels, s.coordinatePrecision)}` : ''}`
                    : t.edit.sites.noPosition}
                </p>
                <div className="record-actions">
                  <button type="button" className="btn btn-outline" onClick={() => section.setEditing(s.id)}>
                    {t.form.edit}
                    <span className="visually-hidden"> {s.nameIt}</span>
                  </button>
                  <ConfirmButton
                    label={t.form.delete}
                    accessibleLabel={`${t.form.delete} ${s.nameIt}`}
                    question={t.edit.sites.deleteQuestion(s.nameIt)}
                    confirmLabel={t.edit.sites.deleteConfirm}
                    onConfirm={() =>
                      run(() => remove.mutateAsync({ id: s.id, version: s.version }), t.edit.sites.deleted(s.nameIt))
                    }
                  />
                </div>
              </>
            )}
          />
        )}
      </QueryState>
      <NewRecord open={section.editing === 'new'} onOpen={section.startNew} label={t.edit.sites.add}>
        <SiteForm {...formProps} />
      </NewRecord>
    </PanelSection>
  );
}
