import { useMutation } from '@tanstack/react-query';
import { LEGAL_BASES, legalBasisLabels, VISIBILITY_TIERS, type ContactKind, type LegalBasis, type Visibility } from '@shared/enums';
import { contactCreateInput } from '@shared/schemas/editing';
import { EditForm } from '../../components/form/EditForm';
import { RadioGroup, SelectField, TextField } from '../../components/form/Field';
import { saveChecked, useFormFeedback } from '../../components/form/FormFeedback';
import { useFormValues } from '../../components/form/useFormValues';
import type { ContactRecord } from '../../lib/api-types';
import { validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { canUseTier } from '../../lib/permissions';
import { useMe } from '../../lib/session';
import { useEditI18n } from './text';
import { trpc } from '../../lib/trpc';
import { oneYearFrom, orNull, text } from './values';

type Values = {
  label: string;
  function: string;
  kind: ContactKind;
  siteId: string;
  email: string;
  phone: string;
  pec: string;
  url: string;
  visibility: Visibility;
  source: string;
  legalBasis: string;
  reviewDue: string;
};

const fromContact = (c?: ContactRecord): Values => ({
  label: text(c?.label),
  function: text(c?.function),
  kind: c?.kind ?? 'office',
  siteId: c?.siteId ? String(c.siteId) : '',
  email: text(c?.email),
  phone: text(c?.phone),
  pec: text(c?.pec),
  url: text(c?.url),
  // Privacy by default (GDPR art. 25): a new contact is for members until someone chooses otherwise.
  visibility: c?.visibility ?? 'members',
  source: text(c?.source),
  legalBasis: text(c?.legalBasis),
  reviewDue: text(c?.reviewDue),
});

const toInput = (v: Values) => ({
  label: v.label,
  function: v.function,
  kind: v.kind,
  siteId: v.siteId ? Number(v.siteId) : null,
  email: v.email.trim(),
  phone: v.phone.trim(),
  pec: v.pec.trim(),
  url: v.url.trim(),
  visibility: v.visibility,
  ...(v.source.trim() ? { source: v.source } : {}),
  legalBasis: v.kind === 'person' ? (orNull(v.legalBasis) as LegalBasis | null) : null,
  reviewDue: v.kind === 'person' ? v.reviewDue : '',
});

/** Adds or edits one contact of an organisation. */
export function ContactForm({
  organizationId,
  contact,
  sites,
  onSaved,
  onCancel,
  onReloaded,
}: {
  organizationId: number;
  contact?: ContactRecord;
  sites: { id: number; name: string }[];
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReloaded: () => void;
}) {
  const { t, options } = useEditI18n();
  const errorTexts = useErrorText();
  const f = t.edit.contactFields;
  const feedback = useFormFeedback();
  const { values, setValues, set } = useFormValues<Values>(feedback, () => fromContact(contact));
  const create = useMutation(trpc.contacts.create.mutationOptions());
  const update = useMutation(trpc.contacts.update.mutationOptions());
  const me = useMe().data;
  const tiers = VISIBILITY_TIERS.filter((tier) => canUseTier(me, tier));

  const submit = () => {
    const input = toInput(values);
    const checked = validate(contactCreateInput, { organizationId, ...input }, errorTexts);
    return saveChecked(
      feedback,
      checked,
      () =>
        contact
          ? update.mutateAsync({ id: contact.id, version: contact.version, ...input })
          : create.mutateAsync({ organizationId, ...input }),
      () => onSaved(contact ? t.edit.contacts.updated(values.label) : t.edit.contacts.created(values.label)),
    );
  };

  const e = feedback.errors;
  return (
    <EditForm
      feedback={feedback}
      title={contact ? t.edit.contacts.editTitle(contact.label) : t.edit.contacts.newTitle}
      pending={create.isPending || update.isPending}
      submitLabel={contact ? t.form.save : t.edit.contacts.add}
      onSubmit={submit}
      onCancel={onCancel}
      onReloaded={onReloaded}
    >
      <TextField label={f.label} hint={f.labelHint} value={values.label} onValue={set('label')} error={e.label} required />
      <TextField label={f.function} hint={f.functionHint} value={values.function} onValue={set('function')} error={e.function} />
      <RadioGroup
        name="kind"
        label={f.kind}
        value={values.kind}
        onValue={(v) => {
          const kind = v as ContactKind;
          setValues((prev) => ({
            ...prev,
            kind,
            reviewDue: kind === 'person' && !prev.reviewDue ? oneYearFrom() : prev.reviewDue,
          }));
        }}
        error={e.kind}
        options={[
          { value: 'office', label: f.kindOffice, hint: f.kindOfficeHint },
          { value: 'person', label: f.kindPerson, hint: f.kindPersonHint },
        ]}
      />
      {values.kind === 'person' && (
        <div className="gdpr-box">
          <p className="small">{f.gdprNote}</p>
          <div className="form-grid">
            <SelectField
              label={f.legalBasis}
              value={values.legalBasis}
              onValue={set('legalBasis')}
              error={e.legalBasis}
              placeholder={f.choose}
              options={options(LEGAL_BASES, legalBasisLabels)}
              required
            />
            <TextField
              label={f.reviewDue}
              hint={f.reviewDueHint}
              type="date"
              value={values.reviewDue}
              onValue={set('reviewDue')}
              error={e.reviewDue}
              required
            />
          </div>
        </div>
      )}
      <RadioGroup
        name="visibility"
        label={f.visibility}
        value={values.visibility}
        onValue={(v) => set('visibility')(v as Visibility)}
        error={e.visibility}
        required
        options={tiers.map((tier) => ({ value: tier, label: f.visibilityOptions[tier], hint: f.visibilityHints[tier] }))}
      />
      <div className="form-grid form-grid-2">
        <TextField label={f.email} type="email" hint={f.emailHint} value={values.email} onValue={set('email')} error={e.email} autoComplete="off" />
        <TextField label={f.phone} type="tel" hint={f.phoneHint} value={values.phone} onValue={set('phone')} error={e.phone} autoComplete="off" />
        <TextField label={f.pec} type="email" hint={f.pecHint} value={values.pec} onValue={set('pec')} error={e.pec} autoComplete="off" />
        <TextField label={f.url} type="url" hint={f.urlHint} value={values.url} onValue={set('url')} error={e.url} autoComplete="off" />
      </div>
      <SelectField
        label={f.site}
        value={values.siteId}
        onValue={set('siteId')}
        error={e.siteId}
        placeholder={f.noSite}
        options={sites.map((s) => ({ value: String(s.id), label: s.name }))}
      />
      <TextField label={f.source} hint={f.sourceHint} value={values.source} onValue={set('source')} error={e.source} />
    </EditForm>
  );
}
