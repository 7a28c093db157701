import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { PROVINCES, SITE_KINDS, siteKindLabels, type ProvinceCode, type SiteKind } from '@shared/enums';
import { siteCreateInput } from '@shared/schemas/editing';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import { FormAlert, RequiredNote, SubmitButton, useFormFeedback } from '../../components/form/FormFeedback';
import type { SiteRecord } from '../../lib/api-types';
import { validate } from '../../lib/form-errors';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { queryClient, trpc } from '../../lib/trpc';
import { CoordinatePicker, type CoordinateValues } from './CoordinatePicker';
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
  const { t, label } = useReservedI18n();
  const f = t.edit.siteFields;
  const feedback = useFormFeedback();
  const [values, setValues] = useState<Values>(() => fromRecord(site, defaults));
  const set = (key: keyof Values) => (value: string) => {
    feedback.clear(key);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const create = useMutation(trpc.sites.create.mutationOptions());
  const update = useMutation(trpc.sites.update.mutationOptions());
  const pending = create.isPending || update.isPending;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const input = toInput(values);
    const checked = validate(siteCreateInput, { organizationId, ...input }, t.form.errors);
    if (!checked.ok) return feedback.invalid(checked.errors);
    feedback.reset();
    try {
      if (site) await update.mutateAsync({ id: site.id, version: site.version, ...input });
      else await create.mutateAsync({ organizationId, ...input });
      await queryClient.invalidateQueries();
      onSaved(site ? t.edit.sites.updated(values.nameIt) : t.edit.sites.created(values.nameIt));
    } catch (error) {
      feedback.failed(error);
    }
  };

  const e = feedback.errors;
  return (
    <form ref={feedback.formRef} className="form edit-form" noValidate onSubmit={submit}>
      <h4 className="form-title" ref={headingRef} tabIndex={-1}>
        {site ? t.edit.sites.editTitle(site.nameIt) : t.edit.sites.newTitle}
      </h4>
      <RequiredNote />
      <div className="form-grid">
        <SelectField
          label={f.kind}
          value={values.kind}
          onValue={set('kind')}
          error={e.kind}
          placeholder={t.edit.contactFields.choose}
          options={SITE_KINDS.map((k) => ({ value: k, label: label(siteKindLabels, k) }))}
          required
        />
        <TextField label={f.nameIt} value={values.nameIt} onValue={set('nameIt')} error={e.nameIt} lang="it" required />
      </div>
      <TextField label={f.nameEn} hint={f.nameEnHint} value={values.nameEn} onValue={set('nameEn')} error={e.nameEn} lang="en" />
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
      <TextField label={f.address} value={values.address} onValue={set('address')} error={e.address} />
      <CoordinatePicker
        value={values}
        onChange={(c) => {
          feedback.clear('lat');
          feedback.clear('lng');
          setValues((v) => ({ ...v, ...c }));
        }}
        errors={{ lat: e.lat, lng: e.lng, coordinatePrecision: e.coordinatePrecision }}
        markerTitle={values.nameIt}
        near={defaults.near}
      />
      <TextAreaField label={f.descriptionIt} value={values.descriptionIt} onValue={set('descriptionIt')} error={e.descriptionIt} lang="it" />
      <TextAreaField label={f.descriptionEn} value={values.descriptionEn} onValue={set('descriptionEn')} error={e.descriptionEn} lang="en" />
      <FormAlert feedback={feedback} onReloaded={onReloaded} />
      <div className="form-actions">
        <SubmitButton pending={pending}>{site ? t.form.save : t.edit.sites.add}</SubmitButton>
        <button type="button" className="btn btn-outline" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
