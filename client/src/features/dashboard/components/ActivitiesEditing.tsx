import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ACTIVITY_ROLES, DELIVERABLE_STATUSES, activityRoleLabels, deliverableStatusLabels, type ActivityRole } from '@shared/enums';
import { deliverableCreateInput, deliverableStatusInput } from '@shared/schemas/activities';
import { EditForm } from '../../../components/form/EditForm';
import { SelectField, TextField } from '../../../components/form/Field';
import { saveChecked, useFormFeedback } from '../../../components/form/FormFeedback';
import { useFormValues } from '../../../components/form/useFormValues';
import { useErrorText } from '../../../lib/errors';
import { errorText, validate } from '../../../lib/form-errors';
import { useReservedI18n } from '../../../lib/i18n/reserved';
import { queryClient, trpc } from '../../../lib/trpc';
import type { Activities } from '../dashboard-types';
import { useDashboardI18n } from '../text';

type Deliverable = Activities['deliverables'][number];

/** One cell of the role matrix as a choice: none, lead, contributor; saved as soon as it changes. */
export function RoleSelect({
  lineId,
  linePosition,
  organization,
  role,
  onSaved,
  onFailed,
}: {
  lineId: number;
  linePosition: number;
  organization: { id: number; shortName: string };
  role: ActivityRole | undefined;
  onSaved: (message: string) => void;
  onFailed: (message: string) => void;
}) {
  const { t, options } = useDashboardI18n();
  const e = t.dashboard.activitiesEdit;
  const errorTexts = useErrorText();
  const setRole = useMutation(trpc.activities.setRole.mutationOptions());
  return (
    <select
      aria-label={e.roleOf(organization.shortName, linePosition)}
      value={role ?? ''}
      disabled={setRole.isPending}
      onChange={async (event) => {
        const next = (event.target.value || null) as ActivityRole | null;
        try {
          await setRole.mutateAsync({ activityLineId: lineId, organizationId: organization.id, role: next });
          await queryClient.invalidateQueries(trpc.dashboard.activities.queryFilter());
          onSaved(e.roleSaved(organization.shortName, linePosition));
        } catch (error) {
          onFailed(errorText(error, errorTexts));
        }
      }}
    >
      <option value="">{e.noRole}</option>
      {options(ACTIVITY_ROLES, activityRoleLabels).map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

const text = (v: string | null | undefined) => v ?? '';

/** Coordinators add or edit a deliverable: every field. */
export function DeliverableForm({
  data,
  deliverable,
  onSaved,
  onCancel,
}: {
  data: Activities;
  deliverable?: Deliverable;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, options, pick } = useDashboardI18n();
  const { t: reserved } = useReservedI18n();
  const e = t.dashboard.activitiesEdit;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const organizations = useQuery(trpc.partners.list.queryOptions({}));
  const { values, set } = useFormValues(feedback, () => ({
    titleIt: text(deliverable?.titleIt),
    titleEn: text(deliverable?.titleEn),
    organizationId: deliverable ? String(deliverable.organizationId) : '',
    activityLineId: deliverable?.lineId ? String(deliverable.lineId) : '',
    dueDate: text(deliverable?.dueDate),
    status: (deliverable?.status ?? 'planned') as string,
    evidenceUrl: text(deliverable?.evidenceUrl),
  }));
  const create = useMutation(trpc.activities.createDeliverable.mutationOptions());
  const update = useMutation(trpc.activities.updateDeliverable.mutationOptions());
  const submit = () => {
    const input = {
      ...values,
      organizationId: values.organizationId ? Number(values.organizationId) : undefined,
      activityLineId: values.activityLineId ? Number(values.activityLineId) : null,
    };
    return saveChecked(
      feedback,
      validate(deliverableCreateInput, input, errorTexts),
      (checked) => (deliverable ? update.mutateAsync({ id: deliverable.id, version: deliverable.version, ...checked }) : create.mutateAsync(checked)),
      (saved) => onSaved(deliverable ? e.saved(saved.titleIt) : e.created(saved.titleIt)),
    );
  };
  const f = feedback.errors;
  return (
    <EditForm
      feedback={feedback}
      title={deliverable ? e.editDeliverable(deliverable.titleIt) : e.newDeliverable}
      pending={create.isPending || update.isPending}
      submitLabel={deliverable ? reserved.form.save : e.addDeliverable}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField label={e.titleIt} value={values.titleIt} onValue={set('titleIt')} error={f.titleIt} lang="it" required />
        <TextField label={e.titleEn} value={values.titleEn} onValue={set('titleEn')} error={f.titleEn} lang="en" />
        <SelectField
          label={e.organization}
          value={values.organizationId}
          onValue={set('organizationId')}
          error={f.organizationId}
          placeholder={e.choose}
          options={(organizations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
          required
        />
        <SelectField
          label={e.line}
          value={values.activityLineId}
          onValue={set('activityLineId')}
          error={f.activityLineId}
          placeholder={e.lineNone}
          options={data.lines.map((l) => ({ value: String(l.id), label: `${l.position}. ${pick(l.titleIt, l.titleEn)}` }))}
        />
        <TextField label={e.dueDate} type="date" value={values.dueDate} onValue={set('dueDate')} error={f.dueDate} required />
        <SelectField label={e.status} value={values.status} onValue={set('status')} error={f.status} options={options(DELIVERABLE_STATUSES, deliverableStatusLabels)} required />
      </div>
      <TextField label={e.evidenceUrl} hint={e.evidenceHint} type="url" inputMode="url" value={values.evidenceUrl} onValue={set('evidenceUrl')} error={f.evidenceUrl} />
    </EditForm>
  );
}

/** The owner organisation's editors move a deliverable on: status and evidence link. */
export function DeliverableStatusForm({ deliverable, onSaved, onCancel }: { deliverable: Deliverable; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t, options } = useDashboardI18n();
  const { t: reserved } = useReservedI18n();
  const e = t.dashboard.activitiesEdit;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const [values, setValues] = useState({ status: deliverable.status as string, evidenceUrl: text(deliverable.evidenceUrl) });
  const save = useMutation(trpc.activities.setDeliverableStatus.mutationOptions());
  return (
    <EditForm
      feedback={feedback}
      title={e.updateLabel(deliverable.titleIt)}
      pending={save.isPending}
      submitLabel={reserved.form.save}
      onSubmit={() =>
        saveChecked(
          feedback,
          validate(deliverableStatusInput, { id: deliverable.id, version: deliverable.version, ...values }, errorTexts),
          (input) => save.mutateAsync(input),
          (saved) => onSaved(e.saved(saved.titleIt)),
        )
      }
      onCancel={onCancel}
    >
      <div className="form-grid">
        <SelectField
          label={e.status}
          value={values.status}
          onValue={(status) => setValues((v) => ({ ...v, status }))}
          error={feedback.errors.status}
          options={options(DELIVERABLE_STATUSES, deliverableStatusLabels)}
          required
        />
        <TextField
          label={e.evidenceUrl}
          hint={e.evidenceHint}
          type="url"
          inputMode="url"
          value={values.evidenceUrl}
          onValue={(evidenceUrl) => setValues((v) => ({ ...v, evidenceUrl }))}
          error={feedback.errors.evidenceUrl}
        />
      </div>
    </EditForm>
  );
}
