import type { ChangeEvent, Ref } from 'react';

/**
 * A file field whose button and "no file chosen" speak the page's language (the native one speaks
 * the browser's): a labelled button over a visually hidden input that keeps the keyboard focus.
 */
export function FilePicker({
  id,
  label,
  choose,
  fileName,
  describedBy,
  accept,
  disabled,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  choose: string;
  /** The chosen file's name, or the "no file chosen" text. */
  fileName: string;
  describedBy?: string;
  accept: string;
  disabled: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="field import-file">
      <span className="field-label" id={`${id}-file-label`}>
        {label}
      </span>
      <div className="file-picker">
        <input
          id={`${id}-file`}
          ref={inputRef}
          type="file"
          accept={accept}
          aria-labelledby={`${id}-file-label`}
          aria-describedby={[describedBy, `${id}-file-name`].filter(Boolean).join(' ')}
          disabled={disabled}
          onChange={onChange}
        />
        <label htmlFor={`${id}-file`} className="btn btn-outline" aria-hidden="true">
          {choose}
        </label>
        <span className="file-name" id={`${id}-file-name`}>
          {fileName}
        </span>
      </div>
    </div>
  );
}

/** The progress of reading and matching an uploaded file, with its way out (nothing is written until confirmed). */
export function ImportProgress({
  id,
  label,
  value,
  max,
  status,
  cancel,
  onCancel,
}: {
  id: string;
  label: string;
  /** Absent while the amount of work is not known (an indeterminate bar). */
  value?: number;
  max?: number;
  /** What has been done, announced to screen readers. */
  status?: string;
  cancel: string;
  onCancel: () => void;
}) {
  return (
    <div className="import-progress">
      <label htmlFor={`${id}-progress`}>{label}</label>
      {value === undefined ? <progress id={`${id}-progress`} /> : <progress id={`${id}-progress`} max={max} value={value} />}
      {status !== undefined && (
        <p className="import-progress-text" role="status">
          {status}
        </p>
      )}
      <button type="button" className="btn btn-outline" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
