import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorText, isStaleSave, serverFieldErrors, type FieldErrors } from '../../lib/form-errors';
import { useErrorText } from '../../lib/errors';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { withReauth } from '../../lib/reauth';
import { signedInEmail } from '../../lib/session';
import { queryClient } from '../../lib/trpc';

export type FormFeedback = ReturnType<typeof useFormFeedback<HTMLElement>>;

/**
 * Errors of one form: per field (shown next to the field), one alert above the buttons, and the
 * stale-save conflict. After each failed submit, focus moves to the first field in error.
 */
export function useFormFeedback<T extends HTMLElement = HTMLFormElement>() {
  const { t } = useReservedI18n();
  const errorTexts = useErrorText();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<T>(null);

  useEffect(() => {
    if (!focusTick) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-alert');
    target?.focus();
  }, [focusTick]);

  const count = (e: FieldErrors) => Object.values(e).filter(Boolean).length;

  const reset = useCallback(() => {
    setErrors({});
    setAlert(null);
    setStale(false);
  }, []);

  /** The person is correcting a field: its old error goes. */
  const clear = useCallback((field: string) => {
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
  }, []);

  const invalid = useCallback(
    (fieldErrors: FieldErrors) => {
      setErrors(fieldErrors);
      setStale(false);
      setAlert(t.form.checkFields(count(fieldErrors)));
      setFocusTick((n) => n + 1);
    },
    [t],
  );

  const failed = useCallback(
    (error: unknown) => {
      if (isStaleSave(error)) {
        setErrors({});
        setAlert(null);
        setStale(true);
      } else {
        const fieldErrors = serverFieldErrors(error, errorTexts);
        setErrors(fieldErrors);
        setStale(false);
        setAlert(count(fieldErrors) ? t.form.checkFields(count(fieldErrors)) : errorText(error, errorTexts));
      }
      setFocusTick((n) => n + 1);
    },
    [t, errorTexts],
  );

  return useMemo(
    () => ({ formRef, errors, alert, stale, reset, clear, invalid, failed }),
    [errors, alert, stale, reset, clear, invalid, failed],
  );
}

/**
 * Saves what a form checked against its shared schema: the schema's errors go beside the fields;
 * after the save every query is refreshed and `onSaved` has the result; a failed save, or one of
 * a stale version, goes to the form's alert.
 */
export async function saveChecked<T, R>(
  feedback: FormFeedback,
  checked: { ok: true; data: T } | { ok: false; errors: FieldErrors },
  save: (data: T) => Promise<R>,
  onSaved: (saved: R, data: T) => void,
) {
  if (!checked.ok) return feedback.invalid(checked.errors);
  feedback.reset();
  try {
    // An ended session is not a lost form: sign in again in place, then the same save goes through.
    const saved = await withReauth(() => save(checked.data), signedInEmail);
    await queryClient.invalidateQueries();
    onSaved(saved, checked.data);
  } catch (error) {
    feedback.failed(error);
  }
}

/** The alert above a form's buttons: what went wrong, or the stale-save conflict with a reload button. */
export function FormAlert({ feedback, onReloaded }: { feedback: FormFeedback; onReloaded?: () => void }) {
  const { t } = useReservedI18n();
  if (feedback.stale) {
    return (
      <div className="form-alert alert alert-danger" role="alert" tabIndex={-1}>
        <p>{t.form.conflict}</p>
        <button
          type="button"
          className="btn btn-outline"
          onClick={async () => {
            await queryClient.invalidateQueries();
            feedback.reset();
            onReloaded?.();
          }}
        >
          {t.form.reload}
        </button>
      </div>
    );
  }
  if (!feedback.alert) return null;
  return (
    <div className="form-alert alert alert-danger" role="alert" tabIndex={-1}>
      <p>{feedback.alert}</p>
    </div>
  );
}

/**
 * Actions taken outside a form (disable, delete, confirm…): `run` clears the last outcome, runs the
 * action, refreshes every query and says `message` with `setStatus`; a failure goes to the alert
 * of `ActionAlert`, the stale-version conflict included.
 */
export function useActionFeedback(setStatus: (message: string) => void) {
  const feedback = useFormFeedback<HTMLDivElement>();
  const run = async (action: () => Promise<unknown>, message: string) => {
    feedback.reset();
    setStatus('');
    try {
      await action();
      await queryClient.invalidateQueries();
      setStatus(message);
    } catch (error) {
      feedback.failed(error);
    }
  };
  return { feedback, run };
}

/** The alert of actions taken outside a form (`useActionFeedback`), which takes the focus when one fails. */
export function ActionAlert({
  feedback,
  onReloaded,
}: {
  feedback: ReturnType<typeof useFormFeedback<HTMLDivElement>>;
  onReloaded?: () => void;
}) {
  return (
    <div ref={feedback.formRef}>
      <FormAlert feedback={feedback} onReloaded={onReloaded} />
    </div>
  );
}

/** A polite live region, present from the start so that screen readers announce what it says. */
export function StatusMessage({ message, className = '' }: { message: ReactNode; className?: string }) {
  return (
    <div role="status" className={`status-message ${className}`}>
      {message ? <p className="alert alert-success">{message}</p> : null}
    </div>
  );
}

export function SubmitButton({ pending, children, pendingText }: { pending: boolean; children: ReactNode; pendingText?: string }) {
  const { t } = useReservedI18n();
  return (
    <button type="submit" className="btn btn-primary" aria-disabled={pending || undefined}>
      {pending ? (pendingText ?? t.form.saving) : children}
    </button>
  );
}

export function RequiredNote() {
  const { t } = useReservedI18n();
  return <p className="form-note">{t.form.requiredNote}</p>;
}
