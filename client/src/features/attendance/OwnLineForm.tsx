import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ATTENDANCE_STATUSES, attendanceStatusLabels, type AttendanceStatus } from '@shared/enums';
import { useErrorText } from '../../lib/errors';
import { errorText, isStaleSave } from '../../lib/form-errors';
import { trpc } from '../../lib/trpc';
import type { RegisterLine } from './register-draft';
import { useAttendanceI18n } from './text';

/** An organisation's editor confirms (or corrects) their own line of the register. */
export function OwnLineForm({
  eventId,
  organizationName,
  line,
  onConfirmed,
}: {
  eventId: number;
  organizationName: string;
  line: RegisterLine | undefined;
  onConfirmed: () => void;
}) {
  const { t, label, formatDate } = useAttendanceI18n();
  const errorTexts = useErrorText();
  const id = useId();
  const [status, setStatus] = useState<AttendanceStatus>(line?.status ?? 'present');
  const [people, setPeople] = useState(line?.peopleCount == null ? '' : String(line.peopleCount));
  const [delegateName, setDelegateName] = useState(line?.delegateName ?? '');
  const [notes, setNotes] = useState(line?.notes ?? '');
  // On a conflict, reload: the form then saves against the new version.
  const confirm = useMutation(
    trpc.attendance.confirmOwn.mutationOptions({ onSuccess: () => onConfirmed(), onError: () => onConfirmed() }),
  );

  if (!line) {
    return (
      <section className="card own-line">
        <h2>{t.register.ownTitle}</h2>
        <p>{t.register.ownNotInvited(organizationName)}</p>
      </section>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate({
      eventId,
      status,
      peopleCount: status === 'present' && people !== '' ? Number(people) : null,
      delegateName,
      notes,
      version: line.version,
    });
  };
  return (
    <section className="card own-line" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.register.ownTitle}</h2>
      <p>{t.register.ownIntro(organizationName)}</p>
      {line.confirmedAt && <p className="small muted">{t.register.ownConfirmedOn(formatDate(line.confirmedAt))}</p>}
      <form onSubmit={submit} className="own-line-form">
        <fieldset>
          <legend>{t.register.status}</legend>
          {ATTENDANCE_STATUSES.map((s) => (
            <label key={s} className="checkbox">
              <input type="radio" name={`${id}-status`} value={s} checked={status === s} onChange={() => setStatus(s)} />
              {label(attendanceStatusLabels, s)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-people`}>{t.register.people}</label>
          <input
            id={`${id}-people`}
            type="text"
            inputMode="numeric"
            className="people-input"
            value={status === 'present' ? people : ''}
            disabled={status !== 'present'}
            onChange={(e) => setPeople(e.target.value.replace(/\D/g, '').slice(0, 4))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-delegate`}>{t.register.delegate}</label>
          <input id={`${id}-delegate`} type="text" maxLength={120} value={delegateName} onChange={(e) => setDelegateName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-notes`}>{t.register.notes}</label>
          <input id={`${id}-notes`} type="text" maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={confirm.isPending}>
          {t.register.ownSubmit}
        </button>
        {confirm.isSuccess && <p role="status">{t.register.ownConfirmed}</p>}
        {confirm.isError && (
          <p role="alert" className="field-error">
            {isStaleSave(confirm.error) ? t.register.conflict : errorText(confirm.error, errorTexts)}
          </p>
        )}
      </form>
    </section>
  );
}
