import { useMutation } from '@tanstack/react-query';
import { SITE_KINDS, siteKindLabels, type ProvinceCode, type SiteKind } from '@shared/enums';
import { siteCreateInput } from '@shared/schemas/editing';
import { EditForm } from '../../components/form/EditForm';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { saveChecked, useFormFeedback } from '../../components/form/FormFeedback';
import { useFormValues } from '../../components/form/useFormValues';
import type { SiteRecord } from '../../lib/api-types';
import { validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useEditI18n } from './text';
import { trpc } from '../../lib/trpc';
import type { CoordinateValues } from './CoordinatePicker';
import { PlaceFields } from './PlaceFields';
import { coordinateText, parseCoordinate, text } from './values';

type Values = CoordinateValues & {
  kind: string;
  nameIt: string;
  nameEn: string;
  province: string;
  city: string;
  address: string;
  descriptionIt: string;
  descriptionEn: string;
  hoursIt: string;
  hoursEn: string;
  accessIt: string;
  accessEn: string;
};

const fromRecord = (s?: SiteRecord, defaults?: { province: string; city: string }): Values => ({
  kind: s?.kind ?? '',
  nameIt: text(s?.nameIt),
  nameEn: text(s?.nameEn),
  province: s?.province ?? defaults?.province ?? '',
  city: s?.city ?? defaults?.city ?? '',
  address: text(s?.address),
  lat: coordinateText(s?.lat),
  lng: coordinateText(s?.lng),
  coordinatePrecision: s?.coordinatePrecision ?? '',
  descriptionIt: text(s?.descriptionIt),
  descriptionEn: text(s?.descriptionEn),
  hoursIt: text(s?.hoursIt),
  hoursEn: text(s?.hoursEn),
  accessIt: text(s?.accessIt),
  accessEn: text(s?.accessEn),
});

const toInput = (v: Values) => ({
  kind: v.kind as SiteKind,
  nameIt: v.nameIt,
  nameEn: v.nameEn,
  province: v.province as ProvinceCode,
  city: v.city,
  address: v.address,
  lat: parseCoordinate(v.lat),
  lng: parseCoordinate(v.lng),
  coordinatePrecision: (v.coordinatePrecision || null) as SiteRecord['coordinatePrecision'],
  descriptionIt: v.descriptionIt,
  descriptionEn: v.descriptionEn,
  hoursIt: v.hoursIt,
  hoursEn: v.hoursEn,
  accessIt: v.accessIt,
  accessEn: v.accessEn,
});

/** Adds or edits a service point (help desk, team, office) of an organisation. */
export function SiteForm({
  organizationId,
  site,
  defaults,
  onSaved,
  onCancel,
  onReloaded,
}: {
  organizationId: number;
  site?: SiteRecord;
  defaults: { province: string; city: string; near?: [number, number] | null };
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReloaded: () => void;
}) {
  const { t, options } = useEditI18n();
  const errorTexts = useErrorText();
  const f = t.edit.siteFields;
  const feedback = useFormFeedback();
  const { values, setValues, set } = useFormValues(feedback, () => fromRecord(site, defaults));
  const create = useMutation(trpc.sites.create.mutationOptions());
  const update = useMutation(trpc.sites.update.mutationOptions());

  const submit = () => {
    const input = toInput(values);
    const checked = validate(siteCreateInput, { organizationId, ...input }, errorTexts);
    return saveChecked(
      feedback,
      checked,
      () =>
        site
          ? update.mutateAsync({ id: site.id, version: site.version, ...input })
          : create.mutateAsync({ organizationId, ...input }),
      () => onSaved(site ? t.edit.sites.updated(values.nameIt) : t.edit.sites.created(values.nameIt)),
    );
  };

  const e = feedback.errors;
  return (
    <EditForm
      feedback={feedback}
      title={site ? t.edit.sites.editTitle(site.nameIt) : t.edit.sites.newTitle}
      pending={create.isPending || update.isPending}
      submitLabel={site ? t.form.save : t.edit.sites.add}
      onSubmit={submit}
      onCancel={onCancel}
      onReloaded={onReloaded}
    >
      <div className="form-grid">
        <SelectField
          label={f.kind}
          value={values.kind}
          onValue={set('kind')}
          error={e.kind}
          placeholder={t.edit.contactFields.choose}
          options={options(SITE_KINDS, siteKindLabels)}
          required
        />
        <TextField label={f.nameIt} value={values.nameIt} onValue={set('nameIt')} error={e.nameIt} lang="it" required />
      </div>
      <TextField label={f.nameEn} hint={f.nameEnHint} value={values.nameEn} onValue={set('nameEn')} error={e.nameEn} lang="en" />
      <PlaceFields
        values={values}
        set={set}
        onCoordinates={(c) => setValues((v) => ({ ...v, ...c }))}
        feedback={feedback}
        labels={f}
        markerTitle={values.nameIt}
        near={defaults.near}
      />
      <TextAreaField label={f.descriptionIt} value={values.descriptionIt} onValue={set('descriptionIt')} error={e.descriptionIt} lang="it" />
      <TextAreaField label={f.descriptionEn} value={values.descriptionEn} onValue={set('descriptionEn')} error={e.descriptionEn} lang="en" />
      <TextAreaField label={f.hoursIt} hint={f.hoursHint} rows={2} value={values.hoursIt} onValue={set('hoursIt')} error={e.hoursIt} lang="it" />
      <TextAreaField label={f.hoursEn} rows={2} value={values.hoursEn} onValue={set('hoursEn')} error={e.hoursEn} lang="en" />
      <TextAreaField label={f.accessIt} hint={f.accessHint} rows={2} value={values.accessIt} onValue={set('accessIt')} error={e.accessIt} lang="it" />
      <TextAreaField label={f.accessEn} rows={2} value={values.accessEn} onValue={set('accessEn')} error={e.accessEn} lang="en" />
      <p className="field-hint">{f.contactsHint}</p>
    </EditForm>
  );
}
