import { describe, expect, it } from 'vitest';
import { edit, rebase, tally, toRecordLines, valuesOf, type RegisterLine } from './register-draft';

const line = (organizationId: number, patch: Partial<RegisterLine> = {}): RegisterLine => ({
  organizationId,
  name: `Ente ${organizationId}`,
  shortName: `E${organizationId}`,
  status: null,
  peopleCount: null,
  delegateName: null,
  notes: null,
  confirmedAt: null,
  version: 1,
  ...patch,
});

describe('editing a register before saving it', () => {
  it('marks present when a head count is typed and drops the count for another status', () => {
    const a = line(1);
    let drafts = edit(a, {}, { people: '3' });
    expect(valuesOf(a, drafts[1])).toMatchObject({ status: 'present', people: '3' });
    drafts = edit(a, drafts, { status: 'absent' });
    expect(valuesOf(a, drafts[1])).toMatchObject({ status: 'absent', people: '' });
  });

  it('forgets a change typed back to the saved value', () => {
    const a = line(1, { status: 'present', peopleCount: 2, version: 4 });
    let drafts = edit(a, {}, { people: '5' });
    expect(toRecordLines([a], drafts)).toEqual([
      { organizationId: 1, status: 'present', peopleCount: 5, delegateName: '', notes: '', version: 4 },
    ]);
    drafts = edit(a, drafts, { people: '2' });
    expect(drafts).toEqual({});
  });

  it('keeps, after a reload, only the drafts of lines nobody else changed', () => {
    const before = [line(1), line(2)];
    let drafts = edit(before[0]!, {}, { status: 'present' });
    drafts = edit(before[1]!, drafts, { status: 'absent' });
    const after = [line(1), line(2, { status: 'excused', version: 2 })];
    const { drafts: kept, dropped } = rebase(after, drafts);
    expect(Object.keys(kept)).toEqual(['1']);
    expect(dropped.map((l) => l.organizationId)).toEqual([2]);
  });

  it('counts what the grid shows', () => {
    const lines = [line(1, { status: 'present', peopleCount: 2 }), line(2), line(3, { status: 'excused' })];
    const drafts = edit(lines[1]!, {}, { people: '4' });
    expect(tally(lines, drafts)).toEqual({ invited: 3, present: 2, absent: 0, excused: 1, pending: 0, people: 6 });
  });
});
