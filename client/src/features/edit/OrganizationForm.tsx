import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ORGANIZATION_TYPES, organizationTypeLabels, PROVINCES, type ProvinceCode } from '@shared/enums';
import { organizationCreateInput, organizationUpdateInput } from '@shared/schemas/editing';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { FormAlert, RequiredNote, SubmitButton, useFormFeedback } from '../../components/form/FormFeedback';
import type { OrganizationRecord } from '../../lib/api-types';
import { validate } from '../../lib/form-errors';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { queryClient, trpc } from '../../lib/trpc';
import { CoordinatePicker, type CoordinateValues } from './CoordinatePicker';
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
  const { t, label } = useReservedI18n();
  const f = t.edit.organizationFields;
  const feedback = useFormFeedback();
  const [values, setValues] = useState<Values>(() => fromRecord(organization));
  const [slugTouched, setSlugTouched] = useState(false);
  const set = (key: keyof Values) => (value: string) => {
    feedback.clear(key);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const create = useMutation(trpc.organizations.create.mutationOptions());
  const update = useMutation(trpc.organizations.update.mutationOptions());
  const pending = create.isPending || update.isPending;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (organization) headingRef.current?.focus();
  }, [organization]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const input = toInput(values);
    try {
      if (organization) {
        const full = { id: organization.id, version: organization.version, ...input };
        const checked = validate(organizationUpdateInput, full, t.form.errors);
        if (!checked.ok) return feedback.invalid(checked.errors);
        feedback.reset();
        const saved = await update.mutateAsync(full);
        await queryClient.invalidateQueries();
        onSaved(saved);
      } else {
        const full = { slug: values.slug, ...input };
        const checked = validate(organizationCreateInput, full, t.form.errors);
        if (!checked.ok) return feedback.invalid(checked.errors);
        feedback.reset();
        const saved = await create.mutateAsync(full);
        await queryClient.invalidateQueries();
        onSaved(saved);
      }
    } catch (error) {
      feedback.failed(error);
    }
  };

  const e = feedback.errors;
  return (
    <form ref={feedback.formRef} className="form edit-form" noValidate onSubmit={submit}>
      {organization && (
        <h4 className="form-title" ref={headingRef} tabIndex={-1}>
          {t.edit.organization.editTitle}
        </h4>
      )}
      <RequiredNote />
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
            options={ORGANIZATION_TYPES.map((v) => ({ value: v, label: label(organizationTypeLabels, v) }))}
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
        <div className="form-grid">
          <SelectField
            label={f.province}
            value={values.province}
            onValue={set('province')}
            error={e.province}
            placeholder={t.edit.contactFields.choose}
            options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
            required
          />
          <TextField label={f.city} value={values.city} onValue={set('city')} error={e.city} required />
        </div>
        <TextField label={f.address} hint={f.addressHint} value={values.address} onValue={set('address')} error={e.address} />
        <CoordinatePicker
          value={values}
          onChange={(c) => {
          feedback.clear('lat');
          feedback.clear('lng');
          setValues((v) => ({ ...v, ...c }));
        }}
          errors={{ lat: e.lat, lng: e.lng, coordinatePrecision: e.coordinatePrecision }}
          markerTitle={values.shortName || values.name}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{f.contacts}</legend>
        <div className="form-grid">
          <TextField label={f.website} type="url" hint={f.websiteHint} value={values.website} onValue={set('website')} error={e.website} />
          <TextField label={f.pec} type="email" value={values.pec} onValue={set('pec')} error={e.pec} />
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
      <FormAlert feedback={feedback} onReloaded={onReloaded} />
      <div className="form-actions">
        <SubmitButton pending={pending}>{organization ? t.form.save : t.edit.organization.create}</SubmitButton>
        <button type="button" className="btn btn-outline" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
