import { useMutation } from '@tanstack/react-query';
import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  membershipRoleLabels,
  membershipStatusLabels,
  type MembershipRole,
  type MembershipStatus,
} from '@shared/enums';
import { membershipCreateInput } from '@shared/schemas/editing';
import { EditForm } from '../../components/form/EditForm';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { saveChecked, useFormFeedback } from '../../components/form/FormFeedback';
import { useFormValues } from '../../components/form/useFormValues';
import type { MembershipRecord } from '../../lib/api-types';
import { validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useEditI18n } from './text';
import { trpc } from '../../lib/trpc';
import { text } from './values';

type Values = {
  role: string;
  status: string;
  startDate: string;
  endDate: string;
  responsibilitiesIt: string;
  responsibilitiesEn: string;
  endReasonIt: string;
  endReasonEn: string;
};

const fromRecord = (m?: MembershipRecord): Values => ({
  role: m?.role ?? 'partner',
  status: m?.status ?? 'active',
  startDate: text(m?.startDate),
  endDate: text(m?.endDate),
  responsibilitiesIt: text(m?.responsibilitiesIt),
  responsibilitiesEn: text(m?.responsibilitiesEn),
  endReasonIt: text(m?.endReasonIt),
  endReasonEn: text(m?.endReasonEn),
});

const toInput = (v: Values) => ({
  role: v.role as MembershipRole,
  status: v.status as MembershipStatus,
  startDate: v.startDate,
  endDate: v.endDate,
  responsibilitiesIt: v.responsibilitiesIt,
  responsibilitiesEn: v.responsibilitiesEn,
  endReasonIt: v.endReasonIt,
  endReasonEn: v.endReasonEn,
});

/** A membership of the project: role, responsibilities, dates, withdrawal with its reason. Coordinators only. */
export function MembershipForm({
  organizationId,
  membership,
  onSaved,
  onCancel,
  onReloaded,
}: {
  organizationId: number;
  membership?: MembershipRecord;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReloaded: () => void;
}) {
  const { t, options } = useEditI18n();
  const errorTexts = useErrorText();
  const f = t.edit.membershipFields;
  const feedback = useFormFeedback();
  const { values, set } = useFormValues(feedback, () => fromRecord(membership));
  const create = useMutation(trpc.memberships.create.mutationOptions());
  const update = useMutation(trpc.memberships.update.mutationOptions());
  const ending = values.status !== 'active';

  const submit = () => {
    const input = toInput(values);
    const checked = validate(membershipCreateInput, { organizationId, ...input }, errorTexts);
    return saveChecked(
      feedback,
      checked,
      () =>
        membership
          ? update.mutateAsync({ id: membership.id, version: membership.version, ...input })
          : create.mutateAsync({ organizationId, ...input }),
      () => onSaved(membership ? t.edit.membership.updated : t.edit.membership.created),
    );
  };

  const e = feedback.errors;
  return (
    <EditForm
      feedback={feedback}
      title={membership ? t.edit.membership.editTitle : t.edit.membership.newTitle}
      pending={create.isPending || update.isPending}
      submitLabel={membership ? t.form.save : t.edit.membership.add}
      onSubmit={submit}
      onCancel={onCancel}
      onReloaded={onReloaded}
    >
      <div className="form-grid">
        <SelectField
          label={f.role}
          value={values.role}
          onValue={set('role')}
          error={e.role}
          options={options(MEMBERSHIP_ROLES, membershipRoleLabels)}
          required
        />
        <SelectField
          label={f.status}
          hint={f.statusHint}
          value={values.status}
          onValue={set('status')}
          error={e.status}
          options={options(MEMBERSHIP_STATUSES, membershipStatusLabels)}
          required
        />
        <TextField label={f.startDate} type="date" value={values.startDate} onValue={set('startDate')} error={e.startDate} />
        <TextField label={f.endDate} type="date" value={values.endDate} onValue={set('endDate')} error={e.endDate} />
      </div>
      <TextAreaField label={f.responsibilitiesIt} value={values.responsibilitiesIt} onValue={set('responsibilitiesIt')} error={e.responsibilitiesIt} lang="it" />
      <TextAreaField label={f.responsibilitiesEn} value={values.responsibilitiesEn} onValue={set('responsibilitiesEn')} error={e.responsibilitiesEn} lang="en" />
      {ending && (
        <>
          <TextAreaField
            label={f.endReasonIt}
            hint={values.status === 'withdrawn' ? f.endReasonRequired : undefined}
            value={values.endReasonIt}
            onValue={set('endReasonIt')}
            error={e.endReasonIt}
            required={values.status === 'withdrawn'}
            lang="it"
          />
          <TextAreaField label={f.endReasonEn} value={values.endReasonEn} onValue={set('endReasonEn')} error={e.endReasonEn} lang="en" />
        </>
      )}
    </EditForm>
  );
}
