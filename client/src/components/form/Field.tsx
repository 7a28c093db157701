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

function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required && <RequiredMark />}
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

function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return (
    <>
      {hint && (
        <p className="field-hint" id={id}>
          {hint}
        </p>
      )}
    </>
  );
}

/** The frame of a text, text-area or select field: label, control, hint, error. */
function FieldFrame({
  ids,
  label,
  required,
  hint,
  error,
  className,
  children,
}: Pick<Common, 'label' | 'required' | 'hint' | 'error'> & {
  ids: ReturnType<typeof useIds>;
  className: string;
  children: ReactNode;
}) {
  return (
    <div className={`form-field ${error ? 'has-error' : ''} ${className}`}>
      <Label htmlFor={ids.id} label={label} required={required} />
      {children}
      <FieldHint id={ids.hint} hint={hint} />
      <FieldError id={ids.error} error={error} />
    </div>
  );
}

/** What a field's control says of itself: its id, whether it is required or invalid, its hint and error. */
const controlProps = (
  ids: ReturnType<typeof useIds>,
  { required, hint, error }: Pick<Common, 'required' | 'hint' | 'error'>,
) => ({
  id: ids.id,
  'aria-required': required || undefined,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(ids, hint, error),
});

type ValueProps = { value: string; onValue: (value: string) => void };

/** Splits the props of a text, text-area or select field between its frame and its control. */
function useField<P extends Common & ValueProps>({
  label,
  error,
  hint,
  required,
  className = '',
  id,
  value,
  onValue,
  ...rest
}: P) {
  const ids = useIds(id);
  return {
    frame: { ids, label, required, hint, error, className },
    control: {
      ...rest,
      ...controlProps(ids, { required, hint, error }),
      value,
      onChange: (e: { target: { value: string } }) => onValue(e.target.value),
    },
  };
}

export function TextField({
  type = 'text',
  ...props
}: Common &
  ValueProps & { ref?: Ref<HTMLInputElement> } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'required' | 'id'
  >) {
  const { frame, control } = useField(props);
  return (
    <FieldFrame {...frame}>
      <input {...control} type={type} />
    </FieldFrame>
  );
}

export function TextAreaField({
  rows = 4,
  ...props
}: Common & ValueProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'required' | 'id'>) {
  const { frame, control } = useField(props);
  return (
    <FieldFrame {...frame}>
      <textarea {...control} rows={rows} />
    </FieldFrame>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  options,
  placeholder,
  ...props
}: Common &
  ValueProps & { options: readonly Option[]; placeholder?: string } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    'value' | 'onChange' | 'required' | 'id'
  >) {
  const { frame, control } = useField(props);
  return (
    <FieldFrame {...frame}>
      <select {...control}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
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
        {required && <RequiredMark />}
      </legend>
      <FieldHint id={ids.hint} hint={hint} />
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
      <FieldHint id={ids.hint} hint={hint} />
    </div>
  );
}
