import { useId, useState } from 'react';
import { PRESETS, type useDashboardFilter } from '../dashboard-filter';
import { useDashboardI18n } from '../text';

type Filter = ReturnType<typeof useDashboardFilter>;
type BodyOption = { slug: string; nameIt: string; nameEn: string };

/** Period presets, custom days and body: every change goes to the URL. */
export function PeriodFilter({ filter, bodies }: { filter: Filter; bodies: BodyOption[] }) {
  const { t, pick } = useDashboardI18n();
  const id = useId();
  const [from, setFrom] = useState(filter.query.from);
  const [to, setTo] = useState(filter.query.to);
  const [invalid, setInvalid] = useState(false);
  // A new period in the URL (a preset, the back button) replaces what the fields show.
  const [shown, setShown] = useState(filter.query);
  if (shown.from !== filter.query.from || shown.to !== filter.query.to) {
    setShown(filter.query);
    setFrom(filter.query.from);
    setTo(filter.query.to);
  }

  return (
    <form
      className="period-filter"
      onSubmit={(e) => {
        e.preventDefault();
        const ok = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
        setInvalid(!ok);
        if (ok) filter.setCustom(from, to);
      }}
    >
      <fieldset className="period-presets">
        <legend>{t.dashboard.period.label}</legend>
        <div className="segmented">
          {PRESETS.map((p) => (
            <label key={p} className={filter.preset === p ? 'is-active' : undefined}>
              <input
                type="radio"
                name={`${id}-preset`}
                value={p}
                checked={filter.preset === p}
                onChange={() => filter.setPreset(p)}
              />
              {t.dashboard.period[p]}
            </label>
          ))}
        </div>
      </fieldset>
      {filter.preset === 'custom' && (
        <div className="period-custom">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t.dashboard.period.from}</label>
            <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-err` : undefined} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t.dashboard.period.to}</label>
            <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-err` : undefined} />
          </div>
          <button type="submit" className="btn btn-primary">
            {t.dashboard.period.apply}
          </button>
          {invalid && (
            <p id={`${id}-err`} className="field-error" role="alert">
              {t.dashboard.period.invalid}
            </p>
          )}
        </div>
      )}
      <div className="field period-body">
        <label htmlFor={`${id}-body`}>{t.dashboard.period.body}</label>
        <select id={`${id}-body`} value={filter.query.body ?? ''} onChange={(e) => filter.setBody(e.target.value)}>
          <option value="">{t.dashboard.period.allBodies}</option>
          {bodies.map((b) => (
            <option key={b.slug} value={b.slug}>
              {pick(b.nameIt, b.nameEn)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
