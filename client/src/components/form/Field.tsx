import { useId, type InputHTMLAttributes, type Ref, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** Label above, hint, control, error below; the control names its hint and error (aria-describedby). */
type Common = {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  id?: string;
};

function useIds(id?: string) {
  const auto = useId();
  const base = id ?? auto;
  return { id: base, hint: `${base}-hint`, error: `${base}-error` };
}

const describedBy = (ids: ReturnType<typeof useIds>, hint: unknown, error: unknown) =>
  [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;

function Label({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required && (
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </label>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {error}
    </p>
  );
}

type ValueProps = { value: string; onValue: (value: string) => void };

export function TextField({
  label,
  error,
  hint,
  required,
  className = '',
  id,
  value,
  onValue,
  type = 'text',
  ...input
}: Common &
  ValueProps & { ref?: Ref<HTMLInputElement> } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'required' | 'id'
  >) {
  const ids = useIds(id);
  return (
    <div className={`form-field ${error ? 'has-error' : ''} ${className}`}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <input
        {...input}
        id={ids.id}
        type={type}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
      />
      {hint && (
        <p className="field-hint" id={ids.hint}>
          {hint}
        </p>
      )}
      <FieldError id={ids.error} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  required,
  className = '',
  id,
  value,
  onValue,
  rows = 4,
  ...input
}: Common & ValueProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'required' | 'id'>) {
  const ids = useIds(id);
  return (
    <div className={`form-field ${error ? 'has-error' : ''} ${className}`}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <textarea
        {...input}
        id={ids.id}
        rows={rows}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
      />
      {hint && (
        <p className="field-hint" id={ids.hint}>
          {hint}
        </p>
      )}
      <FieldError id={ids.error} error={error} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  label,
  error,
  hint,
  required,
  className = '',
  id,
  value,
  onValue,
  options,
  placeholder,
  ...select
}: Common &
  ValueProps & { options: readonly Option[]; placeholder?: string } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    'value' | 'onChange' | 'required' | 'id'
  >) {
  const ids = useIds(id);
  return (
    <div className={`form-field ${error ? 'has-error' : ''} ${className}`}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <select
        {...select}
        id={ids.id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p className="field-hint" id={ids.hint}>
          {hint}
        </p>
      )}
      <FieldError id={ids.error} error={error} />
    </div>
  );
}

/** A group of radio buttons in a fieldset; its legend is the question. */
export function RadioGroup({
  label,
  error,
  hint,
  required,
  className = '',
  id,
  value,
  onValue,
  options,
  name,
}: Common & ValueProps & { options: readonly (Option & { hint?: string })[]; name: string }) {
  const ids = useIds(id);
  return (
    <fieldset
      className={`form-field radio-group ${error ? 'has-error' : ''} ${className}`}
      aria-describedby={describedBy(ids, hint, error)}
      id={ids.id}
    >
      <legend>
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {hint && (
        <p className="field-hint" id={ids.hint}>
          {hint}
        </p>
      )}
      {options.map((o) => (
        <label key={o.value} className="radio">
          <input
            type="radio"
            aria-invalid={error ? true : undefined}
            name={`${ids.id}-${name}`}
            value={o.value}
            checked={value === o.value}
            onChange={() => onValue(o.value)}
          />
          <span>
            <span className="radio-label">{o.label}</span>
            {o.hint && <span className="radio-hint">{o.hint}</span>}
          </span>
        </label>
      ))}
      <FieldError id={ids.error} error={error} />
    </fieldset>
  );
}

export function CheckboxField({
  label,
  checked,
  onChecked,
  hint,
}: {
  label: ReactNode;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  hint?: ReactNode;
}) {
  const ids = useIds();
  return (
    <div className="form-field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          aria-describedby={hint ? ids.hint : undefined}
        />
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={ids.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
