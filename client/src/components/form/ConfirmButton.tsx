import { useEffect, useId, useRef, useState } from 'react';
import { useReservedI18n } from '../../lib/i18n/reserved';

/** A destructive action that asks first, in the page rather than in a browser dialog. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  accessibleLabel,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  /** The button's name for screen readers when the visible label is short ("Elimina" → "Elimina Sportello…"). */
  accessibleLabel?: string;
}) {
  const { t } = useReservedI18n();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className="btn btn-outline btn-danger-outline" aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div className="form-actions">
        <button
          ref={confirmRef}
          type="button"
          className="btn btn-danger"
          aria-disabled={pending || undefined}
          onClick={async () => {
            if (pending) return;
            setPending(true);
            try {
              await onConfirm();
            } finally {
              setPending(false);
              setAsking(false);
            }
          }}
        >
          {pending ? t.form.saving : confirmLabel}
        </button>
        <button type="button" className="btn btn-outline" onClick={() => setAsking(false)}>
          {t.form.cancel}
        </button>
      </div>
    </div>
  );
}
