import { describe, expect, it } from 'vitest';
import { changedFields } from './audit-diff';

describe('audit diff', () => {
  it('lists only the fields a change touched', () => {
    expect(
      changedFields(
        { label: 'A', phone: null, version: 1, updatedAt: 'x', sources: [] },
        { label: 'A', phone: '+39 091', version: 2, updatedAt: 'y', sources: [] },
      ),
    ).toEqual([{ key: 'phone', before: null, after: '+39 091' }]);
    expect(changedFields(null, { label: 'B', phone: null }).map((c) => c.key)).toEqual(['label']);
  });

});
