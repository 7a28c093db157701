import { useId, useState } from 'react';
import { attendanceStatusLabels } from '@shared/enums';
import { ConfirmButton } from '../../components/form/ConfirmButton';
import { SelectField } from '../../components/form/Field';
import type { Drafts, RegisterLine } from './register-draft';
import { useAttendanceI18n } from './text';

/**
 * "Remove from the register": for an organisation invited by mistake. One line at a time, chosen from
 * a list and confirmed in the page; the line's status and notes stay in the audit trail.
 */
export function RemoveOrganization({
  lines,
  drafts,
  onRemove,
}: {
  lines: RegisterLine[];
  drafts: Drafts;
  onRemove: (line: RegisterLine) => Promise<unknown>;
}) {
  const { t, label } = useAttendanceI18n();
  const r = t.register.remove;
  const id = useId();
  const [selected, setSelected] = useState('');
  const line = lines.find((l) => String(l.organizationId) === selected);
  if (lines.length === 0) return null;
  const recorded = line?.status ? r.recorded(label(attendanceStatusLabels, line.status)) : '';
  const unsaved = line && drafts[line.organizationId] ? r.unsaved : '';
  return (
    <div className="remove-form" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{r.title}</h3>
      <SelectField
        label={r.choose}
        value={selected}
        onValue={setSelected}
        placeholder={r.none}
        options={lines.map((l) => ({ value: String(l.organizationId), label: l.name }))}
      />
      {line && (
        <ConfirmButton
          key={line.organizationId}
          label={r.action}
          accessibleLabel={r.actionOf(line.shortName)}
          question={[r.question(line.name), recorded, unsaved].filter(Boolean).join(' ')}
          confirmLabel={r.confirm}
          onConfirm={async () => {
            await onRemove(line);
            setSelected('');
          }}
        />
      )}
    </div>
  );
}
