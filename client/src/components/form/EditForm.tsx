import { useEffect, useRef, type ReactNode } from 'react';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { FormAlert, RequiredNote, SubmitButton, type useFormFeedback } from './FormFeedback';

/**
 * The frame of a form that adds or edits one record of a panel: its title, which has the focus
 * when the form opens, the note on required fields, the fields, the alert (with the stale-save
 * conflict), save and cancel. A submit while the last save is pending does nothing.
 */
export function EditForm({
  feedback,
  title,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  onReloaded,
  children,
}: {
  feedback: ReturnType<typeof useFormFeedback<HTMLFormElement>>;
  title?: ReactNode;
  pending: boolean;
  submitLabel: ReactNode;
  onSubmit: () => unknown;
  onCancel: () => void;
  onReloaded?: () => void;
  children: ReactNode;
}) {
  const { t } = useReservedI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <form
      ref={feedback.formRef}
      className="form edit-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) onSubmit();
      }}
    >
      {title && (
        <h4 className="form-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h4>
      )}
      <RequiredNote />
      {children}
      <FormAlert feedback={feedback} onReloaded={onReloaded} />
      <div className="form-actions">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        <button type="button" className="btn btn-outline" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
