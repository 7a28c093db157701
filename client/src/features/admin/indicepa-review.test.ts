import { describe, expect, it } from 'vitest';
import type { IndicePaRow } from '@shared/schemas/indicepa';
import { buildReview, changesOf, initialSelection, type IndicePaOrganization } from './indicepa-review';

const org = (id: number, values: Partial<IndicePaOrganization> = {}): IndicePaOrganization => ({
  id,
  slug: `ente-${id}`,
  name: `Ente ${id}`,
  type: 'municipality',
  version: 3,
  ipaCode: null,
  fiscalCode: null,
  istatCode: null,
  website: null,
  pec: null,
  isPartner: true,
  pecContact: null,
  ...values,
});
const row = (line: number, values: Partial<IndicePaRow> = {}): IndicePaRow => ({
  line,
  ipaCode: `c_${line}`,
  name: `Ente ${line}`,
  fiscalCode: null,
  istatCode: null,
  website: null,
  pec: null,
  ...values,
});
const DAY = '2026-12-01';

describe('the review of an IndicePA file', () => {
  it('keeps the strongest match, skips what is already equal, lists partners not found', () => {
    const a = org(1);
    const b = org(2, { ipaCode: 'c_3', website: 'https://www.b.example.it/' });
    const c = org(3);
    const rows = [row(2, { fiscalCode: '80000000001' }), row(3, { website: 'https://www.b.example.it' }), row(4)];
    const review = buildReview(
      rows,
      [
        { line: 4, organizationId: 1, method: 'name' },
        { line: 2, organizationId: 1, method: 'fiscal_code' },
        { line: 3, organizationId: 2, method: 'ipa_code' },
      ],
      [a, b],
      [a, b, c],
      DAY,
    );
    expect(review.items.map((i) => [i.organization.id, i.record?.line, i.method])).toEqual([[1, 2, 'fiscal_code']]);
    // Same IPA code, same website but for a trailing slash: nothing to review.
    expect(review.unchanged).toBe(1);
    expect(review.notFound.map((o) => o.id)).toEqual([3]);
  });

  it('asks to choose between equally good rows, and waits on a website-only match', () => {
    const review = buildReview(
      [row(2), row(3), row(4, { website: 'https://x.example.it' })],
      [
        { line: 2, organizationId: 1, method: 'name' },
        { line: 3, organizationId: 1, method: 'name' },
        { line: 4, organizationId: 2, method: 'website' },
      ],
      [org(1), org(2)],
      [],
      DAY,
    );
    expect(review.items[0]!.candidates.map((c) => c.ipaCode)).toEqual(['c_2', 'c_3']);
    const selection = initialSelection(review, DAY);
    expect(selection).toEqual({});
    expect(changesOf(review, selection, {}, DAY)).toEqual([]);
    // Once chosen and ticked, the change carries the version read and the record's values.
    expect(changesOf(review, { 1: ['ipaCode'] }, { 1: 'c_3' }, DAY)).toEqual([
      { organizationId: 1, version: 3, fromIpaCode: 'c_3', ipaCode: 'c_3' },
    ]);
  });

  it('proposes the PEC again when its public contact is missing or older, never an ISTAT code to a non-comune', () => {
    const asp = org(1, { type: 'health_authority', pec: 'p@pec.example.it', pecContact: { pec: 'p@pec.example.it', verifiedOn: '2026-01-01' } });
    const review = buildReview(
      [row(2, { pec: 'p@pec.example.it', istatCode: '089017' })],
      [{ line: 2, organizationId: 1, method: 'name' }],
      [asp],
      [],
      DAY,
    );
    const changes = changesOf(review, initialSelection(review, DAY), {}, DAY);
    expect(changes).toEqual([{ organizationId: 1, version: 3, fromIpaCode: 'c_2', ipaCode: 'c_2', pec: 'p@pec.example.it' }]);
    // Verified on the file's day already: nothing about the PEC left.
    const fresh = { ...asp, pecContact: { pec: 'p@pec.example.it', verifiedOn: DAY }, ipaCode: 'c_2' };
    expect(buildReview([row(2, { pec: 'p@pec.example.it' })], [{ line: 2, organizationId: 1, method: 'name' }], [fresh], [], DAY).unchanged).toBe(1);
  });
});
