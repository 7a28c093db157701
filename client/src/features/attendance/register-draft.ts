import type { AttendanceStatus } from '@shared/enums';
import type { AttendanceLineInput } from '@shared/schemas/attendance';

/** A line of the register as the server sent it (the fields the grid edits). */
export type RegisterLine = {
  organizationId: number;
  name: string;
  shortName: string;
  status: AttendanceStatus | null;
  peopleCount: number | null;
  delegateName: string | null;
  notes: string | null;
  confirmedAt: string | null;
  version: number;
};

/** Unsaved edits of one line, with the version they were made on (to spot lines others changed meanwhile). */
export type LineDraft = {
  baseVersion: number;
  status?: AttendanceStatus | null;
  /** As typed: '' is "no count". */
  people?: string;
  delegateName?: string;
  notes?: string;
};
export type Drafts = Record<number, LineDraft>;

export type LineValues = { status: AttendanceStatus | null; people: string; delegateName: string; notes: string };

/** What the grid shows for a line: the draft over the saved values. */
export function valuesOf(line: RegisterLine, draft: LineDraft | undefined): LineValues {
  return {
    status: draft && 'status' in draft ? (draft.status ?? null) : line.status,
    people: draft?.people ?? (line.peopleCount === null ? '' : String(line.peopleCount)),
    delegateName: draft?.delegateName ?? line.delegateName ?? '',
    notes: draft?.notes ?? line.notes ?? '',
  };
}

const savedValues = (line: RegisterLine) => valuesOf(line, undefined);

/** Whether the draft differs from what is saved (typing a value back undoes the change). */
export function isChanged(line: RegisterLine, draft: LineDraft | undefined): boolean {
  if (!draft) return false;
  const a = valuesOf(line, draft);
  const b = savedValues(line);
  const people = (v: LineValues) => (v.status === 'present' ? v.people.trim() : '');
  return (
    a.status !== b.status ||
    people(a) !== people(b) ||
    a.delegateName.trim() !== b.delegateName.trim() ||
    a.notes.trim() !== b.notes.trim()
  );
}

/** Applies an edit to a line's draft. A head count implies presence; another status drops the count. */
export function edit(line: RegisterLine, drafts: Drafts, patch: Omit<LineDraft, 'baseVersion'>): Drafts {
  const current = drafts[line.organizationId] ?? { baseVersion: line.version };
  const next: LineDraft = { ...current, ...patch };
  if (patch.people !== undefined && patch.people.trim() !== '' && valuesOf(line, next).status !== 'present') {
    next.status = 'present';
  }
  if (patch.status !== undefined && patch.status !== 'present') next.people = '';
  const result = { ...drafts, [line.organizationId]: next };
  if (!isChanged(line, next)) delete result[line.organizationId];
  return result;
}

/** The changed lines, as `attendance.record` takes them. */
export function toRecordLines(lines: RegisterLine[], drafts: Drafts): AttendanceLineInput[] {
  return lines
    .filter((line) => isChanged(line, drafts[line.organizationId]))
    .map((line) => {
      const v = valuesOf(line, drafts[line.organizationId]);
      const people = v.status === 'present' && v.people.trim() !== '' ? Number(v.people) : null;
      return {
        organizationId: line.organizationId,
        status: v.status,
        peopleCount: people,
        delegateName: v.delegateName,
        notes: v.notes,
        version: drafts[line.organizationId]!.baseVersion,
      };
    });
}

/**
 * After a reload: keeps the drafts of lines nobody else changed, drops the others (their new
 * values win) and says which were dropped.
 */
export function rebase(lines: RegisterLine[], drafts: Drafts): { drafts: Drafts; dropped: RegisterLine[] } {
  const kept: Drafts = {};
  const dropped: RegisterLine[] = [];
  for (const line of lines) {
    const draft = drafts[line.organizationId];
    if (!draft) continue;
    if (draft.baseVersion === line.version) {
      if (isChanged(line, draft)) kept[line.organizationId] = draft;
    } else dropped.push(line);
  }
  return { drafts: kept, dropped };
}

/** Present, absent, excused, not recorded and people, over the shown values. */
export function tally(lines: RegisterLine[], drafts: Drafts) {
  const t = { invited: lines.length, present: 0, absent: 0, excused: 0, pending: 0, people: 0 };
  for (const line of lines) {
    const v = valuesOf(line, drafts[line.organizationId]);
    if (v.status === null) t.pending++;
    else t[v.status]++;
    if (v.status === 'present') t.people += Number(v.people) || 0;
  }
  return t;
}
