import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { legalBasisLabels } from '@shared/enums';
import { VisibilityBadge } from '../../components/Badges';
import { FormAlert, StatusMessage, useFormFeedback } from '../../components/form/FormFeedback';
import { QueryState } from '../../components/QueryState';
import type { ContactRecord } from '../../lib/api-types';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { canUseTier } from '../../lib/permissions';
import { useMe } from '../../lib/session';
import { queryClient, trpc } from '../../lib/trpc';
import { ConfirmButton } from './ConfirmButton';
import { ContactForm } from './ContactForm';
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
  const { t } = useReservedI18n();
  const contacts = useQuery(trpc.contacts.list.queryOptions({ organizationId }));
  const me = useMe().data;
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const actions = useFormFeedback<HTMLDivElement>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const update = useMutation(trpc.contacts.update.mutationOptions());
  const remove = useMutation(trpc.contacts.delete.mutationOptions());

  const close = (message = '') => {
    setEditing(null);
    setStatus(message);
    headingRef.current?.focus();
  };
  const run = async (action: () => Promise<unknown>, message: string) => {
    actions.reset();
    setStatus('');
    try {
      await action();
      await queryClient.invalidateQueries();
      setStatus(message);
    } catch (error) {
      actions.failed(error);
    }
  };
  const formProps = {
    organizationId,
    sites,
    onCancel: () => close(),
    onSaved: (message: string) => close(message),
    onReloaded: () => setStatus(t.form.reloaded),
  };

  return (
    <section className="panel-section" aria-labelledby="panel-contacts">
      <h3 id="panel-contacts" ref={headingRef} tabIndex={-1}>
        {t.edit.contacts.title}
      </h3>
      <p className="muted">{canEdit ? t.edit.contacts.introEditor : t.edit.contacts.introReader}</p>
      <StatusMessage message={status} />
      <div ref={actions.formRef}>
        <FormAlert feedback={actions} onReloaded={() => setStatus(t.form.reloaded)} />
      </div>
      <QueryState query={contacts}>
        {(list) =>
          list.length === 0 ? (
            <p className="state state-empty">{canEdit ? t.edit.contacts.emptyEditor : t.edit.contacts.empty}</p>
          ) : (
            <ul className="record-list">
              {list.map((c) =>
                editing === c.id ? (
                  <li key={`${c.id}-${c.version}`} className="record-card is-editing">
                    <ContactForm contact={c} {...formProps} />
                  </li>
                ) : (
                  <li key={c.id} className="record-card">
                    <ContactCard contact={c} sites={sites} />
                    {canEdit && canUseTier(me, c.visibility) && (
                      <div className="record-actions">
                        <button type="button" className="btn btn-outline" onClick={() => setEditing(c.id)}>
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
                  </li>
                ),
              )}
            </ul>
          )
        }
      </QueryState>
      {canEdit &&
        (editing === 'new' ? (
          <div className="record-card is-editing">
            <ContactForm {...formProps} />
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
            {t.edit.contacts.add}
          </button>
        ))}
    </section>
  );
}

function ContactCard({ contact: c, sites }: { contact: ContactRecord; sites: SiteName[] }) {
  const { t, label, formatDate } = useReservedI18n();
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
              <a href={c.url} rel="noopener noreferrer">
                {c.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
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
