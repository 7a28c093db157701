import type { ReactNode } from 'react';

/** One select of a filter bar, `field-${name}`; its empty option means any value. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  anyLabel,
  options,
  onValue,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  anyLabel: string;
  options: { value: string; label: string }[];
  onValue: (value: string) => void;
}) {
  return (
    <div className={`field field-${name}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Below a filter bar: how many results (announced as they change) and, when a filter is on, the reset button. */
export function FilterFooter({
  results,
  active,
  onReset,
  resetLabel,
}: {
  results: ReactNode;
  active: boolean;
  onReset: () => void;
  resetLabel: string;
}) {
  return (
    <div className="filter-footer">
      <p className="result-count" role="status" aria-live="polite">
        {results}
      </p>
      {active && (
        <button type="button" className="btn btn-link" onClick={onReset}>
          {resetLabel}
        </button>
      )}
    </div>
  );
}
