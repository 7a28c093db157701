import { useMutation, useQuery } from '@tanstack/react-query';
import { legalBasisLabels } from '@shared/enums';
import { VisibilityBadge } from '../../components/Badges';
import { ActionAlert, useActionFeedback } from '../../components/form/FormFeedback';
import { WebLink } from '../../components/WebLink';
import { QueryState } from '../../components/QueryState';
import type { ContactRecord } from '../../lib/api-types';
import { useEditI18n } from './text';
import { canUseTier } from '../../lib/permissions';
import { useMe } from '../../lib/session';
import { trpc } from '../../lib/trpc';
import { ConfirmButton } from '../../components/form/ConfirmButton';
import { ContactForm } from './ContactForm';
import { NewRecord, PanelSection, RecordList, useRecordSection } from './RecordSection';
import { today } from './values';

type SiteName = { id: number; name: string };

/** Every contact the user may read, with its tier; add, edit, disable and delete for those who may edit. */
export function ContactsSection({
  organizationId,
  canEdit,
  sites,
}: {
  organizationId: number;
  canEdit: boolean;
  sites: SiteName[];
}) {
  const { t } = useEditI18n();
  const contacts = useQuery(trpc.contacts.list.queryOptions({ organizationId }));
  const me = useMe().data;
  const section = useRecordSection();
  const { feedback: actions, run } = useActionFeedback(section.setStatus);
  const update = useMutation(trpc.contacts.update.mutationOptions());
  const remove = useMutation(trpc.contacts.delete.mutationOptions());
  const formProps = { organizationId, sites, ...section.formProps };

  return (
    <PanelSection
      id="panel-contacts"
      title={t.edit.contacts.title}
      headingRef={section.headingRef}
      intro={canEdit ? t.edit.contacts.introEditor : t.edit.contacts.introReader}
      status={section.status}
    >
      <ActionAlert feedback={actions} onReloaded={section.formProps.onReloaded} />
      <QueryState query={contacts}>
        {(list) => (
          <RecordList
            records={list}
            editing={section.editing}
            empty={canEdit ? t.edit.contacts.emptyEditor : t.edit.contacts.empty}
            form={(c) => <ContactForm contact={c} {...formProps} />}
            card={(c) => (
              <>
                <ContactCard contact={c} sites={sites} />
                {canEdit && canUseTier(me, c.visibility) && (
                  <div className="record-actions">
                    <button type="button" className="btn btn-outline" onClick={() => section.setEditing(c.id)}>
                      {t.form.edit}
                      <span className="visually-hidden"> {c.label}</span>
                    </button>
                    <ConfirmButton
                      label={t.edit.contacts.disable}
                      accessibleLabel={`${t.edit.contacts.disable} ${c.label}`}
                      question={t.edit.contacts.disableQuestion(c.label)}
                      confirmLabel={t.edit.contacts.disableConfirm}
                      onConfirm={() =>
                        run(
                          () => update.mutateAsync({ id: c.id, version: c.version, disabled: true }),
                          t.edit.contacts.disabled(c.label),
                        )
                      }
                    />
                    <ConfirmButton
                      label={t.form.delete}
                      accessibleLabel={`${t.form.delete} ${c.label}`}
                      question={t.edit.contacts.deleteQuestion(c.label)}
                      confirmLabel={t.edit.contacts.deleteConfirm}
                      onConfirm={() =>
                        run(() => remove.mutateAsync({ id: c.id, version: c.version }), t.edit.contacts.deleted(c.label))
                      }
                    />
                  </div>
                )}
              </>
            )}
          />
        )}
      </QueryState>
      {canEdit && (
        <NewRecord open={section.editing === 'new'} onOpen={section.startNew} label={t.edit.contacts.add}>
          <ContactForm {...formProps} />
        </NewRecord>
      )}
    </PanelSection>
  );
}

function ContactCard({ contact: c, sites }: { contact: ContactRecord; sites: SiteName[] }) {
  const { t, label, formatDate } = useEditI18n();
  const f = t.edit.contactFields;
  const site = sites.find((s) => s.id === c.siteId);
  const overdue = c.reviewDue !== null && c.reviewDue <= today();
  return (
    <>
      <div className="record-head">
        <p className="record-title">{c.label}</p>
        <VisibilityBadge visibility={c.visibility} />
        {c.kind === 'person' && <span className="badge badge-neutral">{f.kindPerson}</span>}
      </div>
      {c.function && <p className="muted">{c.function}</p>}
      <dl className="record-facts">
        {c.email && (
          <>
            <dt>{f.email}</dt>
            <dd>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </dd>
          </>
        )}
        {c.phone && (
          <>
            <dt>{f.phone}</dt>
            <dd>
              <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
            </dd>
          </>
        )}
        {c.pec && (
          <>
            <dt>{f.pec}</dt>
            <dd>
              <a href={`mailto:${c.pec}`}>{c.pec}</a>
            </dd>
          </>
        )}
        {c.url && (
          <>
            <dt>{f.url}</dt>
            <dd>
              <WebLink href={c.url} />
            </dd>
          </>
        )}
        {site && (
          <>
            <dt>{f.site}</dt>
            <dd>{site.name}</dd>
          </>
        )}
        {c.kind === 'person' && c.legalBasis && (
          <>
            <dt>{f.legalBasis}</dt>
            <dd>{label(legalBasisLabels, c.legalBasis)}</dd>
          </>
        )}
        {c.kind === 'person' && c.reviewDue && (
          <>
            <dt>{f.reviewDue}</dt>
            <dd className={overdue ? 'text-warning' : undefined}>
              {formatDate(c.reviewDue)}
              {overdue && ` — ${t.edit.contacts.overdue}`}
            </dd>
          </>
        )}
        <dt>{f.source}</dt>
        <dd className="muted">{c.source}</dd>
      </dl>
    </>
  );
}
