/**
 * A plausible valid value for a zod 4 schema, read from its definition (`schema._zod.def`): the fuzz
 * suite mutates it field by field, so that new procedures are covered without a hand-written input.
 * "minimal" leaves optional fields out; "full" fills every one.
 */

// zod's internal definitions are walked structurally: any field of any check may be read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Def = { type: string; [key: string]: any };
type Schema = { _zod: { def: Def }; safeParse: (v: unknown) => { success: boolean } };

const STRING_CANDIDATES = [
  'Prova di fuzzing',
  'fuzz-test',
  'fuzz',
  '123456',
  '12345678901',
  '2026-06-15',
  '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  'abcde-12345',
  '+39 091 1234567',
  'PA',
  'fuzz@example.org',
  'https://example.org/',
];

const FORMAT_SAMPLES: Record<string, string> = {
  email: 'fuzz.test@example.org',
  url: 'https://example.org/fuzz',
  date: '2026-06-15',
  datetime: '2026-06-15T10:00:00.000Z',
  time: '10:00:00',
  uuid: '123e4567-e89b-42d3-a456-426614174000',
  guid: '123e4567-e89b-42d3-a456-426614174000',
  e164: '+390911234567',
  ipv4: '192.0.2.1',
};

const checksOf = (def: Def): Def[] => [def, ...((def.checks ?? []) as { _zod: { def: Def } }[]).map((c) => c._zod.def)];

function sampleString(def: Def): string {
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  let formatted: string | undefined;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum);
    else if (c.check === 'max_length') max = Math.min(max, c.maximum);
    else if (c.check === 'length_equals') min = max = c.length;
    else if (c.check === 'string_format') {
      if (c.format && FORMAT_SAMPLES[c.format]) formatted = FORMAT_SAMPLES[c.format];
      if (c.pattern instanceof RegExp) patterns.push(c.pattern);
    }
  }
  const fits = (s: string) => patterns.every((p) => new RegExp(p.source, p.flags.replace('g', '')).test(s));
  let value = formatted && fits(formatted) ? formatted : (STRING_CANDIDATES.find(fits) ?? formatted ?? 'fuzz');
  if (value.length < min) value = value + 'x'.repeat(min - value.length);
  if (value.length > max) value = value.slice(0, max);
  return value;
}

function sampleNumber(def: Def): number {
  let lo = -Infinity;
  let hi = Infinity;
  let loInclusive = true;
  let int = false;
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than' && c.value >= lo) [lo, loInclusive] = [Number(c.value), Boolean(c.inclusive)];
    else if (c.check === 'less_than' && c.value <= hi) hi = Number(c.value);
    else if (c.check === 'number_format') {
      int = true;
      if (c.format === 'uint32') lo = Math.max(lo, 0);
    }
  }
  const ok = (v: number) => (loInclusive ? v >= lo : v > lo) && v <= hi;
  if (ok(1)) return 1;
  if (Number.isFinite(lo)) {
    const v = loInclusive ? lo : int ? Math.floor(lo) + 1 : lo + Math.min(1, (hi - lo) / 2);
    return int ? Math.ceil(v) : v;
  }
  return int ? Math.floor(hi) : hi;
}

export function sampleFromSchema(schema: unknown, mode: 'minimal' | 'full', depth = 0): unknown {
  if (depth > 12) return undefined;
  const def = (schema as Schema)._zod.def;
  const next = (s: unknown) => sampleFromSchema(s, mode, depth + 1);
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        const optional = ['optional', 'default', 'prefault'].includes(field._zod.def.type);
        if (optional && mode === 'minimal') continue;
        const value = next(field);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return mode === 'minimal' && depth === 0 ? undefined : next(def.innerType);
    case 'nullable':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
    case 'success':
      return next(def.innerType);
    case 'pipe':
      return next(def.in);
    case 'lazy':
      return next(def.getter());
    case 'union': {
      const options = def.options as Schema[];
      for (const option of options) {
        const value = next(option);
        if (option.safeParse(value).success) return value;
      }
      return next(options[0]);
    }
    case 'intersection':
      return { ...(next(def.left) as object), ...(next(def.right) as object) };
    case 'array': {
      const min = checksOf(def).find((c) => c.check === 'min_length')?.minimum ?? 1;
      return Array.from({ length: Math.max(1, min) }, () => next(def.element));
    }
    case 'tuple':
      return (def.items as unknown[]).map(next);
    case 'record':
      return { fuzz: next(def.valueType) };
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'string':
      return sampleString(def);
    case 'number':
      return sampleNumber(def);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'any':
    case 'unknown':
      return 'fuzz';
    default:
      return undefined;
  }
}
