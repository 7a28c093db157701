import { lazy, Suspense, useId } from 'react';
import { COORDINATE_PRECISIONS, coordinatePrecisionLabels, SICILY_BOUNDS } from '@shared/enums';
import { SelectField, TextField } from '../../components/form/Field';
import { useEditI18n } from './text';
import { parseCoordinate, round5 } from './values';

// Leaflet is loaded only when a form with a position is opened.
const CoordinateMap = lazy(() => import('./CoordinateMap').then((m) => ({ default: m.CoordinateMap })));

export type CoordinateValues = { lat: string; lng: string; coordinatePrecision: string };

/** A position by clicking the map or typing the two numbers; the map is a convenience, the fields are the record. */
export function CoordinatePicker({
  value,
  onChange,
  errors,
  markerTitle,
  near,
}: {
  value: CoordinateValues;
  onChange: (next: CoordinateValues) => void;
  errors: Partial<Record<keyof CoordinateValues, string>>;
  markerTitle: string;
  near?: [number, number] | null;
}) {
  const { t, options } = useEditI18n();
  const hintId = useId();
  const lat = parseCoordinate(value.lat);
  const lng = parseCoordinate(value.lng);
  const position: [number, number] | null =
    lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : null;
  return (
    <fieldset className="coordinate-picker" aria-describedby={hintId}>
      <legend>{t.edit.coordinates.legend}</legend>
      <p className="field-hint" id={hintId}>
        {t.edit.coordinates.hint}
      </p>
      <Suspense fallback={<div className="coordinate-map-placeholder" />}>
        <CoordinateMap
          position={position}
          near={near}
          title={markerTitle}
          onPick={(pickedLat, pickedLng) =>
            onChange({ lat: String(round5(pickedLat)), lng: String(round5(pickedLng)), coordinatePrecision: 'exact' })
          }
        />
      </Suspense>
      <div className="form-grid form-grid-3">
        <TextField
          label={t.edit.coordinates.lat}
          hint={t.edit.coordinates.range(SICILY_BOUNDS.minLat, SICILY_BOUNDS.maxLat)}
          value={value.lat}
          onValue={(v) => onChange({ ...value, lat: v })}
          error={errors.lat}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          label={t.edit.coordinates.lng}
          hint={t.edit.coordinates.range(SICILY_BOUNDS.minLng, SICILY_BOUNDS.maxLng)}
          value={value.lng}
          onValue={(v) => onChange({ ...value, lng: v })}
          error={errors.lng}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField
          label={t.edit.coordinates.precision}
          hint={t.edit.coordinates.precisionHint}
          value={value.coordinatePrecision}
          onValue={(v) => onChange({ ...value, coordinatePrecision: v })}
          error={errors.coordinatePrecision}
          placeholder={t.edit.coordinates.precisionUnknown}
          options={options(COORDINATE_PRECISIONS, coordinatePrecisionLabels)}
        />
      </div>
      {(value.lat || value.lng) && (
        <button
          type="button"
          className="btn btn-link"
          onClick={() => onChange({ lat: '', lng: '', coordinatePrecision: '' })}
        >
          {t.edit.coordinates.clear}
        </button>
      )}
    </fieldset>
  );
}
