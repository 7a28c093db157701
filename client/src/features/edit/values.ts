/** Form fields are strings; records have nulls and numbers. These convert between the two. */

export const text = (v: string | null | undefined) => v ?? '';
export const coordinateText = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** "38,0176" or "38.0176" → 38.0176; empty → null; anything else NaN, which validation reports. */
export function parseCoordinate(value: string): number | null {
  const s = value.trim().replace(',', '.');
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Five decimals: about one metre, more than a map click can mean. */
export const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

export const orNull = (v: string) => (v === '' ? null : v);

export { slugify } from '@shared/slug';
export { oneYearFrom, today } from '../../lib/dates';
