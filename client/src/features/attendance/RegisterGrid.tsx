import { useRef, type KeyboardEvent } from 'react';
import { ATTENDANCE_STATUSES, attendanceStatusLabels, type AttendanceStatus } from '@shared/enums';
import { isChanged, valuesOf, type Drafts, type LineDraft, type RegisterLine } from './register-draft';
import { useAttendanceI18n } from './text';

/** Keys that set a status: P, A, and G (giustificato) or E (excused). */
const STATUS_KEYS: Record<string, AttendanceStatus> = { p: 'present', a: 'absent', g: 'excused', e: 'excused' };
const SHORTCUT: Record<AttendanceStatus, string> = { present: 'P', absent: 'A', excused: 'G E' };
/** The letter shown on each status button (Italian and English both work, see STATUS_KEYS). */
const KEY_HINT: Record<AttendanceStatus, string> = { present: 'P', absent: 'A', excused: 'G' };

type Column = 'status' | 'people' | 'delegate' | 'notes';

/**
 * The register as a keyboard-driven table: in a row, P / A / G (E) set the status, digits type
 * the head count, ↑ ↓ (j k) move between rows, Enter saves, Esc undoes. A native table of
 * buttons (aria-pressed) and fields: every control has its name, the table its caption.
 */
export function RegisterGrid({
  lines,
  drafts,
  onEdit,
  onSave,
  onRevert,
  onAnnounce,
  describedBy,
}: {
  lines: RegisterLine[];
  drafts: Drafts;
  onEdit: (line: RegisterLine, patch: Omit<LineDraft, 'baseVersion'>) => void;
  onSave: () => void;
  onRevert: () => void;
  onAnnounce: (text: string) => void;
  describedBy?: string;
}) {
  const { t, label } = useAttendanceI18n();
  const tableRef = useRef<HTMLTableElement>(null);

  const focusCell = (row: number, column: Column) => {
    const cell = tableRef.current?.querySelector(`tr[data-row="${row}"] [data-col="${column}"]`);
    const target = column === 'status' ? cell?.querySelector<HTMLElement>('button[tabindex="0"]') : cell?.querySelector('input');
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  };

  const setStatus = (line: RegisterLine, status: AttendanceStatus | null) => {
    onEdit(line, { status });
    const people = status === 'present' ? valuesOf(line, drafts[line.organizationId]).people : '';
    onAnnounce(
      t.register.announce(
        line.shortName,
        status ? label(attendanceStatusLabels, status) : t.register.notRecorded,
        people ? t.register.peopleCount(Number(people)) : '',
      ),
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const tr = target.closest<HTMLElement>('tr[data-row]');
    const column = target.closest<HTMLElement>('[data-col]')?.dataset.col as Column | undefined;
    if (!tr || !column) return;
    const row = Number(tr.dataset.row);
    const line = lines[row]!;
    const inText = column === 'delegate' || column === 'notes';
    const key = e.key;

    if (key === 'Enter') {
      e.preventDefault();
      onSave();
      return;
    }
    if (key === 'Escape') {
      e.preventDefault();
      onRevert();
      return;
    }
    const down = key === 'ArrowDown' || (!inText && key === 'j');
    const up = key === 'ArrowUp' || (!inText && key === 'k');
    if (down || up) {
      e.preventDefault();
      const next = row + (down ? 1 : -1);
      if (next >= 0 && next < lines.length) focusCell(next, column);
      return;
    }
    if (inText) return;

    const status = STATUS_KEYS[key.toLowerCase()];
    if (status) {
      e.preventDefault();
      setStatus(line, status);
      return;
    }
    if (column === 'status') {
      if (/^[0-9]$/.test(key)) {
        // Move to the head count and let this very key type into it (replacing what was there).
        focusCell(row, 'people');
        return;
      }
      if (key === 'Backspace' || key === 'Delete') {
        e.preventDefault();
        setStatus(line, null);
        return;
      }
      if (key === 'ArrowLeft' || key === 'ArrowRight') {
        e.preventDefault();
        const sibling = key === 'ArrowLeft' ? target.previousElementSibling : target.nextElementSibling;
        (sibling as HTMLElement | null)?.focus();
      }
      return;
    }
    // The head count takes digits and editing keys only.
    if (key.length === 1 && !/[0-9]/.test(key)) e.preventDefault();
  };

  return (
    <div className="table-wrap register-wrap">
      <table className="table register-grid" ref={tableRef} aria-describedby={describedBy}>
        <caption className="visually-hidden">{t.register.caption(lines.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.register.organization}</th>
            <th scope="col">{t.register.status}</th>
            <th scope="col" className="col-people">
              {t.register.people}
            </th>
            <th scope="col" className="col-delegate">
              {t.register.delegate}
            </th>
            <th scope="col" className="col-notes">
              {t.register.notes}
            </th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {lines.map((line, row) => {
            const draft = drafts[line.organizationId];
            const v = valuesOf(line, draft);
            const changed = isChanged(line, draft);
            const rovingStatus = v.status ?? 'present';
            return (
              <tr key={line.organizationId} data-row={row} className={changed ? 'is-changed' : undefined}>
                <th scope="row" className="register-org">
                  <OrganizationName line={line} />
                  {line.confirmedAt && <span className="badge badge-confirmed">{t.register.confirmed}</span>}
                  {changed && <span className="changed-mark">{t.register.changed}</span>}
                </th>
                <td data-col="status" data-label={t.register.status}>
                  <div className="status-buttons" role="group" aria-label={t.register.statusOf(line.shortName)}>
                    {ATTENDANCE_STATUSES.map((s) => (
                      <button
                        key={s}
                        type="button"
                        className={`status-button status-${s}`}
                        aria-pressed={v.status === s}
                        aria-keyshortcuts={SHORTCUT[s]}
                        tabIndex={s === rovingStatus ? 0 : -1}
                        onClick={() => setStatus(line, v.status === s ? null : s)}
                      >
                        <span className="status-key" aria-hidden="true">
                          {KEY_HINT[s]}
                        </span>
                        {label(attendanceStatusLabels, s)}
                      </button>
                    ))}
                  </div>
                </td>
                <td data-col="people" data-label={t.register.people} className="col-people">
                  <input
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    className="people-input"
                    aria-label={t.register.peopleOf(line.shortName)}
                    value={v.people}
                    maxLength={4}
                    onChange={(e) => onEdit(line, { people: e.target.value.replace(/\D/g, '').slice(0, 4) })}
                  />
                </td>
                <TextCell
                  col="delegate"
                  label={t.register.delegate}
                  ariaLabel={t.register.delegateOf(line.shortName)}
                  value={v.delegateName}
                  maxLength={120}
                  onChange={(delegateName) => onEdit(line, { delegateName })}
                />
                <TextCell
                  col="notes"
                  label={t.register.notes}
                  ariaLabel={t.register.notesOf(line.shortName)}
                  value={v.notes}
                  maxLength={1000}
                  onChange={(notes) => onEdit(line, { notes })}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The short name people use, with the full name under it when it says more. */
function OrganizationName({ line }: { line: RegisterLine }) {
  return (
    <>
      <span className="register-org-name">{line.shortName}</span>
      {line.name !== line.shortName && <span className="register-org-full">{line.name}</span>}
    </>
  );
}

/** The register for members who may not change it: the same table, as text. */
export function RegisterTable({ lines }: { lines: RegisterLine[] }) {
  const { t, label } = useAttendanceI18n();
  return (
    <div className="table-wrap register-wrap">
      <table className="table register-grid is-readonly">
        <caption className="visually-hidden">{t.register.caption(lines.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.register.organization}</th>
            <th scope="col">{t.register.status}</th>
            <th scope="col" className="col-people">
              {t.register.people}
            </th>
            <th scope="col">{t.register.delegate}</th>
            <th scope="col">{t.register.notes}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.organizationId}>
              <th scope="row" className="register-org">
                <OrganizationName line={line} />
                {line.confirmedAt && <span className="badge badge-confirmed">{t.register.confirmed}</span>}
              </th>
              <td data-label={t.register.status}>
                {line.status ? (
                  <span className={`status-text status-${line.status}`}>{label(attendanceStatusLabels, line.status)}</span>
                ) : (
                  <span className="muted">{t.register.notRecorded}</span>
                )}
              </td>
              <td data-label={t.register.people} className="col-people">
                {line.peopleCount ?? '—'}
              </td>
              <td data-label={t.register.delegate}>{line.delegateName ?? ''}</td>
              <td data-label={t.register.notes}>{line.notes ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A free-text cell of the register (delegate, notes). */
function TextCell(props: {
  col: string;
  label: string;
  ariaLabel: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
}) {
  return (
    <td data-col={props.col} data-label={props.label}>
      <input
        type="text"
        autoComplete="off"
        aria-label={props.ariaLabel}
        value={props.value}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </td>
  );
}
