import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmButton } from '../../components/form/ConfirmButton';
import { TextField } from '../../components/form/Field';
import { ActionAlert, FormAlert, SubmitButton, useActionFeedback, useFormFeedback } from '../../components/form/FormFeedback';
import { QueryState } from '../../components/QueryState';
import { queryClient, trpc } from '../../lib/trpc';
import { PanelSection, useRecordSection } from './RecordSection';
import { useEditI18n } from './text';

/**
 * The e-mail domains of an organisation, for coordinators: a participant list imported into a
 * register matches people writing from them to the organisation without asking.
 */
export function EmailDomainsSection({ organizationId }: { organizationId: number }) {
  const { t } = useEditI18n();
  const d = t.edit.emailDomains;
  const domains = useQuery(trpc.organizations.emailDomains.queryOptions({ organizationId }, { retry: false }));
  const section = useRecordSection();
  const { feedback: removal, run } = useActionFeedback(section.setStatus);
  const remove = useMutation(trpc.organizations.removeEmailDomain.mutationOptions());
  return (
    <PanelSection id="panel-email-domains" title={d.title} headingRef={section.headingRef} intro={d.intro} status={section.status}>
      <ActionAlert feedback={removal} />
      <QueryState query={domains}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{d.empty}</p>
          ) : (
            <ul className="domain-list">
              {list.map(({ domain }) => (
                <li key={domain}>
                  <code>{domain}</code>
                  <ConfirmButton
                    label={d.remove}
                    accessibleLabel={d.removeLabel(domain)}
                    question={d.removeQuestion(domain)}
                    confirmLabel={d.remove}
                    onConfirm={() => run(() => remove.mutateAsync({ organizationId, domain }), d.removed(domain))}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <AddDomain organizationId={organizationId} onAdded={section.setStatus} />
    </PanelSection>
  );
}

function AddDomain({ organizationId, onAdded }: { organizationId: number; onAdded: (message: string) => void }) {
  const { t } = useEditI18n();
  const d = t.edit.emailDomains;
  const [domain, setDomain] = useState('');
  const feedback = useFormFeedback();
  const add = useMutation(trpc.organizations.addEmailDomain.mutationOptions());
  return (
    <form
      ref={feedback.formRef}
      className="form domain-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (add.isPending) return;
        if (!domain.trim()) return feedback.invalid({ domain: d.required });
        feedback.reset();
        onAdded('');
        try {
          const result = await add.mutateAsync({ organizationId, domain });
          await queryClient.invalidateQueries();
          setDomain('');
          onAdded(result.added ? d.added(result.domain) : d.already(result.domain));
        } catch (error) {
          feedback.failed(error);
        }
      }}
    >
      <TextField
        label={d.field}
        hint={d.hint}
        value={domain}
        onValue={(v) => {
          setDomain(v);
          feedback.clear('domain');
        }}
        autoComplete="off"
        spellCheck={false}
        error={feedback.errors.domain}
        required
      />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={add.isPending}>{d.add}</SubmitButton>
      </div>
    </form>
  );
}
