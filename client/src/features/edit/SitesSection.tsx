import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { coordinatePrecisionLabels, townWithProvince, siteKindLabels } from '@shared/enums';
import { FormAlert, StatusMessage, useFormFeedback } from '../../components/form/FormFeedback';
import { QueryState } from '../../components/QueryState';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { queryClient, trpc } from '../../lib/trpc';
import { ConfirmButton } from './ConfirmButton';
import { SiteForm } from './SiteForm';

/** The organisation's service points: add, edit, delete. */
export function SitesSection({
  organizationId,
  defaults,
}: {
  organizationId: number;
  defaults: { province: string; city: string; near?: [number, number] | null };
}) {
  const { t, label } = useReservedI18n();
  const sites = useQuery(trpc.sites.listByOrganization.queryOptions({ organizationId }));
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const actions = useFormFeedback<HTMLDivElement>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const remove = useMutation(trpc.sites.delete.mutationOptions());

  const close = (message = '') => {
    setEditing(null);
    setStatus(message);
    headingRef.current?.focus();
  };
  const formProps = {
    organizationId,
    defaults,
    onCancel: () => close(),
    onSaved: (message: string) => close(message),
    onReloaded: () => setStatus(t.form.reloaded),
  };

  return (
    <section className="panel-section" aria-labelledby="panel-sites">
      <h3 id="panel-sites" ref={headingRef} tabIndex={-1}>
        {t.edit.sites.title}
      </h3>
      <p className="muted">{t.edit.sites.intro}</p>
      <StatusMessage message={status} />
      <div ref={actions.formRef}>
        <FormAlert feedback={actions} onReloaded={() => setStatus(t.form.reloaded)} />
      </div>
      <QueryState query={sites}>
          {(list) =>
            list.length === 0 ? (
              <p className="state state-empty">{t.partner.noSites}</p>
            ) : (
              <ul className="record-list">
                {list.map((s) =>
                  editing === s.id ? (
                    <li key={`${s.id}-${s.version}`} className="record-card is-editing">
                      <SiteForm site={s} {...formProps} />
                    </li>
                  ) : (
                    <li key={s.id} className="record-card">
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
                        <button type="button" className="btn btn-outline" onClick={() => setEditing(s.id)}>
                          {t.form.edit}
                          <span className="visually-hidden"> {s.nameIt}</span>
                        </button>
                        <ConfirmButton
                          label={t.form.delete}
                          accessibleLabel={`${t.form.delete} ${s.nameIt}`}
                          question={t.edit.sites.deleteQuestion(s.nameIt)}
                          confirmLabel={t.edit.sites.deleteConfirm}
                          onConfirm={async () => {
                            actions.reset();
                            setStatus('');
                            try {
                              await remove.mutateAsync({ id: s.id, version: s.version });
                              await queryClient.invalidateQueries();
                              setStatus(t.edit.sites.deleted(s.nameIt));
                            } catch (error) {
                              actions.failed(error);
                            }
                          }}
                        />
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
          <SiteForm {...formProps} />
        </div>
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setStatus('');
            setEditing('new');
          }}
        >
          {t.edit.sites.add}
        </button>
      )}
    </section>
  );
}
