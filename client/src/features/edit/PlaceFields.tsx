import { PROVINCES } from '@shared/enums';
import { SelectField, TextField } from '../../components/form/Field';
import type { FormFeedback } from '../../components/form/FormFeedback';
import { useEditI18n } from './text';
import { CoordinatePicker, type CoordinateValues } from './CoordinatePicker';

type PlaceValues = CoordinateValues & { province: string; city: string; address: string };

/** Where an organisation or one of its sites is: province and town, address, position on the map. */
export function PlaceFields({
  values,
  set,
  onCoordinates,
  feedback,
  labels,
  addressHint,
  markerTitle,
  near,
}: {
  values: PlaceValues;
  set: (key: 'province' | 'city' | 'address') => (value: string) => void;
  onCoordinates: (coordinates: CoordinateValues) => void;
  feedback: FormFeedback;
  labels: { province: string; city: string; address: string };
  addressHint?: string;
  markerTitle: string;
  near?: [number, number] | null;
}) {
  const { t } = useEditI18n();
  const e = feedback.errors;
  return (
    <>
      <div className="form-grid">
        <SelectField
          label={labels.province}
          value={values.province}
          onValue={set('province')}
          error={e.province}
          placeholder={t.edit.contactFields.choose}
          options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
          required
        />
        <TextField label={labels.city} value={values.city} onValue={set('city')} error={e.city} required />
      </div>
      <TextField label={labels.address} hint={addressHint} value={values.address} onValue={set('address')} error={e.address} />
      <CoordinatePicker
        value={values}
        onChange={(c) => {
          feedback.clear('lat');
          feedback.clear('lng');
          onCoordinates(c);
        }}
        errors={{ lat: e.lat, lng: e.lng, coordinatePrecision: e.coordinatePrecision }}
        markerTitle={markerTitle}
        near={near}
      />
    </>
  );
}
