import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { StatusMessage } from '../../components/form/FormFeedback';
import { useEditI18n } from './text';

/**
 * A section of the member panel that lists records and opens a form on one of them, or on a new
 * one, at a time. When the form closes, the focus goes back to the section's heading and the
 * status line says what happened.
 */
export function useRecordSection() {
  const { t } = useEditI18n();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = (message = '') => {
    setEditing(null);
    setStatus(message);
    headingRef.current?.focus();
  };
  return {
    editing,
    setEditing,
    status,
    setStatus,
    headingRef,
    /** Opens the form for a new record. */
    startNew: () => {
      setStatus('');
      setEditing('new');
    },
    /** What each form of the section is told to do when it closes or reloads. */
    formProps: {
      onCancel: () => close(),
      onSaved: (message: string) => close(message),
      onReloaded: () => setStatus(t.form.reloaded),
    },
  };
}

/** The frame of a panel section: its heading (where the focus returns), an introduction and the status line. */
export function PanelSection({
  id,
  title,
  headingRef,
  intro,
  status,
  children,
}: {
  id: string;
  title: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  intro: ReactNode;
  status: string;
  children: ReactNode;
}) {
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h3 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <p className="muted">{intro}</p>
      <StatusMessage message={status} />
      {children}
    </section>
  );
}

/** The records of a section, each as a card, or as its form while it is edited; `empty` when there is none. */
export function RecordList<R extends { id: number; version: number }>({
  records,
  editing,
  empty,
  form,
  card,
}: {
  records: R[];
  editing: number | 'new' | null;
  empty: ReactNode;
  form: (record: R) => ReactNode;
  card: (record: R) => ReactNode;
}) {
  if (records.length === 0) return <p className="state state-empty">{empty}</p>;
  return (
    <ul className="record-list">
      {records.map((r) =>
        editing === r.id ? (
          <li key={`${r.id}-${r.version}`} className="record-card is-editing">
            {form(r)}
          </li>
        ) : (
          <li key={r.id} className="record-card">
            {card(r)}
          </li>
        ),
      )}
    </ul>
  );
}

/** The form for a new record when it is open, else the button that opens it. */
export function NewRecord({
  open,
  onOpen,
  label,
  className = 'btn btn-primary',
  children,
}: {
  open: boolean;
  onOpen: () => void;
  label: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  if (open) return <div className="record-card is-editing">{children}</div>;
  return (
    <button type="button" className={className} onClick={onOpen}>
      {label}
    </button>
  );
}
