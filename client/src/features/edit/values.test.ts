import { describe, expect, it } from 'vitest';
import { oneYearFrom } from '../../lib/dates';
import { parseCoordinate, slugify } from './values';

describe('form values', () => {
  it('reads coordinates typed the Italian way and slugs names', () => {
    expect(parseCoordinate('38,01762')).toBe(38.01762);
    expect(parseCoordinate(' ')).toBeNull();
    expect(parseCoordinate('nord')).toBeNaN();
    expect(slugify('Comune di Sant’Agata di Militello')).toBe('comune-di-santagata-di-militello');
    expect(oneYearFrom('2028-02-29')).toBe('2029-02-28');
  });

});
