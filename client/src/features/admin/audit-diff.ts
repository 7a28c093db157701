// Bookkeeping columns that change on every save.
const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);
export type Json = Record<string, unknown> | null;

/** The fields a change touched, with their values before and after. */
export function changedFields(before: Json, after: Json): { key: string; before: unknown; after: unknown }[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !IGNORED.has(k));
  const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  return keys
    .filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .filter((k) => !(empty(before?.[k]) && empty(after?.[k])))
    .map((k) => ({ key: k, before: before?.[k], after: after?.[k] }));
}

