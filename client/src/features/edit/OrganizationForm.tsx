import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ORGANIZATION_TYPES, organizationTypeLabels, type ProvinceCode } from '@shared/enums';
import { organizationCreateInput, organizationUpdateInput } from '@shared/schemas/editing';
import { EditForm } from '../../components/form/EditForm';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { saveChecked, useFormFeedback } from '../../components/form/FormFeedback';
import { useFormValues } from '../../components/form/useFormValues';
import type { OrganizationRecord } from '../../lib/api-types';
import { validate } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useEditI18n } from './text';
import { trpc } from '../../lib/trpc';
import type { CoordinateValues } from './CoordinatePicker';
import { PlaceFields } from './PlaceFields';
import { coordinateText, parseCoordinate, slugify, text } from './values';

type Values = CoordinateValues & {
  slug: string;
  name: string;
  shortName: string;
  type: string;
  province: string;
  city: string;
  address: string;
  website: string;
  pec: string;
  channelSource: string;
  ipaCode: string;
  istatCode: string;
  fiscalCode: string;
  descriptionIt: string;
  descriptionEn: string;
};

const fromRecord = (o?: OrganizationRecord): Values => ({
  slug: text(o?.slug),
  name: text(o?.name),
  shortName: text(o?.shortName),
  type: o?.type ?? '',
  province: o?.province ?? '',
  city: text(o?.city),
  address: text(o?.address),
  lat: coordinateText(o?.lat),
  lng: coordinateText(o?.lng),
  coordinatePrecision: o?.coordinatePrecision ?? '',
  website: text(o?.website),
  pec: text(o?.pec),
  channelSource: text(o?.channelSource),
  ipaCode: text(o?.ipaCode),
  istatCode: text(o?.istatCode),
  fiscalCode: text(o?.fiscalCode),
  descriptionIt: text(o?.descriptionIt),
  descriptionEn: text(o?.descriptionEn),
});

const toInput = (v: Values) => ({
  name: v.name,
  shortName: v.shortName,
  type: v.type as OrganizationRecord['type'],
  province: v.province as ProvinceCode,
  city: v.city,
  address: v.address,
  lat: parseCoordinate(v.lat),
  lng: parseCoordinate(v.lng),
  coordinatePrecision: (v.coordinatePrecision || null) as OrganizationRecord['coordinatePrecision'],
  website: v.website.trim(),
  pec: v.pec.trim(),
  channelSource: v.channelSource,
  ipaCode: v.ipaCode,
  istatCode: v.istatCode.trim(),
  fiscalCode: v.fiscalCode.trim(),
  descriptionIt: v.descriptionIt,
  descriptionEn: v.descriptionEn,
});

/** The organisation's profile: a new one (coordinators) or an existing one (who may edit it). */
export function OrganizationForm({
  organization,
  onSaved,
  onCancel,
  onReloaded,
}: {
  organization?: OrganizationRecord;
  onSaved: (saved: { slug: string; shortName: string }) => void;
  onCancel: () => void;
  onReloaded?: () => void;
}) {
  const { t, options } = useEditI18n();
  const errorTexts = useErrorText();
  const f = t.edit.organizationFields;
  const feedback = useFormFeedback();
  const { values, setValues, set } = useFormValues(feedback, () => fromRecord(organization));
  const [slugTouched, setSlugTouched] = useState(false);
  const create = useMutation(trpc.organizations.create.mutationOptions());
  const update = useMutation(trpc.organizations.update.mutationOptions());

  const submit = () => {
    const input = toInput(values);
    if (organization) {
      const full = { id: organization.id, version: organization.version, ...input };
      const checked = validate(organizationUpdateInput, full, errorTexts);
      return saveChecked(feedback, checked, () => update.mutateAsync(full), onSaved);
    }
    const full = { slug: values.slug, ...input };
    const checked = validate(organizationCreateInput, full, errorTexts);
    return saveChecked(feedback, checked, () => create.mutateAsync(full), onSaved);
  };

  const e = feedback.errors;
  return (
    <EditForm
      feedback={feedback}
      title={organization ? t.edit.organization.editTitle : undefined}
      pending={create.isPending || update.isPending}
      submitLabel={organization ? t.form.save : t.edit.organization.create}
      onSubmit={submit}
      onCancel={onCancel}
      onReloaded={onReloaded}
    >
      <fieldset className="form-group">
        <legend>{f.identity}</legend>
        <TextField
          label={f.name}
          hint={f.nameHint}
          value={values.name}
          onValue={(name) =>
            setValues((v) => ({ ...v, name, slug: organization || slugTouched ? v.slug : slugify(name) }))
          }
          error={e.name}
          required
        />
        <div className="form-grid">
          <TextField label={f.shortName} hint={f.shortNameHint} value={values.shortName} onValue={set('shortName')} error={e.shortName} required />
          <SelectField
            label={f.type}
            value={values.type}
            onValue={set('type')}
            error={e.type}
            placeholder={t.edit.contactFields.choose}
            options={options(ORGANIZATION_TYPES, organizationTypeLabels)}
            required
          />
        </div>
        {!organization && (
          <TextField
            label={f.slug}
            hint={f.slugHint(values.slug || '…')}
            value={values.slug}
            onValue={(slug) => {
              setSlugTouched(true);
              set('slug')(slug);
            }}
            error={e.slug}
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        )}
      </fieldset>
      <fieldset className="form-group">
        <legend>{f.place}</legend>
        <PlaceFields
          values={values}
          set={set}
          onCoordinates={(c) => setValues((v) => ({ ...v, ...c }))}
          feedback={feedback}
          labels={f}
          addressHint={f.addressHint}
          markerTitle={values.shortName || values.name}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{f.contacts}</legend>
        <div className="form-grid">
          <TextField label={f.website} type="url" hint={f.websiteHint} value={values.website} onValue={set('website')} error={e.website} />
          <TextField label={f.pec} type="email" value={values.pec} onValue={set('pec')} error={e.pec} />
          <TextField
            label={f.channelSource}
            hint={f.channelSourceHint}
            value={values.channelSource}
            onValue={set('channelSource')}
            error={e.channelSource}
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{f.codes}</legend>
        <div className="form-grid form-grid-3">
          <TextField label={f.ipaCode} value={values.ipaCode} onValue={set('ipaCode')} error={e.ipaCode} autoCapitalize="none" />
          <TextField label={f.istatCode} hint={f.istatHint} value={values.istatCode} onValue={set('istatCode')} error={e.istatCode} inputMode="numeric" />
          <TextField label={f.fiscalCode} hint={f.fiscalHint} value={values.fiscalCode} onValue={set('fiscalCode')} error={e.fiscalCode} autoCapitalize="characters" />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{f.description}</legend>
        <TextAreaField label={f.descriptionIt} value={values.descriptionIt} onValue={set('descriptionIt')} error={e.descriptionIt} lang="it" rows={5} />
        <TextAreaField label={f.descriptionEn} value={values.descriptionEn} onValue={set('descriptionEn')} error={e.descriptionEn} lang="en" rows={5} />
      </fieldset>
    </EditForm>
  );
}
