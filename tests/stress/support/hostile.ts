import fc from 'fast-check';

/**
 * Hostile inputs for the fuzz suite, as JSON text: JSON cannot carry NaN, Infinity or -0, and
 * JSON.stringify would quietly turn them into null or 0, so values are written by our own serializer
 * and special numbers travel as raw tokens (`1e999` parses to Infinity on the server, `-0` to -0).
 */

/** A fragment written into the JSON text as is. */
export class Raw {
  constructor(readonly text: string) {}
}

/** JSON text of a value; Raw fragments verbatim, own `__proto__` keys kept, lone surrogates escaped. */
export function toJsonText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return write(value);
}

function write(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'null';
    if (value === Infinity) return '1e999';
    if (value === -Infinity) return '-1e999';
    if (Object.is(value, -0)) return '-0';
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${Array.from(value, (v) => (v === undefined ? 'null' : write(v))).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(Number.isNaN(value.getTime()) ? null : value.toISOString());
  const entries = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${write((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** An object whose keys are exactly these (also `__proto__`), as JSON.parse would build it. */
export function ownObject(entries: [string, unknown][]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
  return obj;
}

export const INJECTIONS = [
  "'; DROP TABLE organizations;--",
  '1 OR 1=1',
  "' OR '1'='1",
  '" OR ""="',
  "1; DELETE FROM users; --",
  "admin'--",
  "%' OR 1=1 --",
  "') UNION SELECT password_hash, email FROM users --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "{{constructor.constructor('return process')()}}",
  '${7*7}',
  '../../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '\u200F\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\uFEFF',
  'e\u0301\u0301\u0301',
  '\u{1F600}\u{1F1EE}\u{1F1F9}',
  '𝕳𝖊𝖑𝖑𝖔',
  'Ω≈ç√∫',
  '\r\n\r\nHTTP/1.1 200 OK',
  '',
  ' ',
  '\t\n',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e308',
  '__proto__',
  'constructor',
  'prototype',
];

/** One "character": any code point, lone surrogates, RTL marks, NUL, combining marks. */
const hostileUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u202E', '\u200F', '\u200B', '\u0301', '\uFFFF', '\u2028', "'", '"', '\\', '<', '%') },
);

export const hugeString = fc
  .constantFrom('a', 'é', '\u0000', "'", '<script>', '\uD800', '\u{1F600}', '1', "'; DROP TABLE organizations;--", '\u202E')
  .map((unit) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 3, arbitrary: fc.string({ unit: hostileUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...INJECTIONS), fc.integer({ min: 2, max: 3000 })).map(([s, n]) => s.repeat(n)) },
);

export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      0,
      -1,
      1,
      1.5,
      2 ** 31,
      2 ** 53,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 1,
      Number.MIN_SAFE_INTEGER,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      1e308,
      -1e308,
      new Raw('-0'),
      new Raw('1e999'),
      new Raw('-1e999'),
      new Raw('9007199254740993'),
      new Raw('123456789012345678901234567890'),
      new Raw('1e-400'),
      new Raw('NaN'), // not JSON: the whole input is malformed
      new Raw('Infinity'),
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

/** Arrays or objects nested 50–5,000 levels deep, sometimes 100,000 (still under the body limit). */
export const deepNesting: fc.Arbitrary<Raw> = fc
  .tuple(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 50, max: 5000 }) }, { weight: 1, arbitrary: fc.constant(100_000) }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? new Raw('['.repeat(depth) + ']'.repeat(depth)) : new Raw('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  );

/** Objects carrying prototype-pollution keys as their own keys, as JSON.parse builds them. */
export const pollutingObject: fc.Arbitrary<unknown> = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true,"role":"admin"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"}}'),
  JSON.parse('{"__proto__":null}'),
  JSON.parse('{"__proto__":[]}'),
  JSON.parse('{"a":{"__proto__":{"polluted":"yes"}},"b":[{"constructor":{"prototype":{"polluted":"yes"}}}]}'),
);

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const anything = fc.anything({ maxDepth: 4, maxKeys: 6, withNullPrototype: true, withSparseArray: true, withDate: true });

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 4, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], '', new Raw('""')) },
  { weight: 3, arbitrary: anything },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
);

/** Texts that are not JSON at all, or JSON with a trap. */
export const malformedText: fc.Arbitrary<string> = fc.constantFrom(
  '{',
  '{"a":',
  '[1,]',
  "{'a':1}",
  '{"a":1}garbage',
  'undefined',
  'NaN',
  '-',
  '\u0000',
  '"\\ud800"',
  '"\\u0000"',
  '{"a":"\\x41"}',
  '{"__proto__":{"polluted":"yes"}}',
  '1e999999999',
  '[' + '['.repeat(100_000),
  '{"a":1,"a":2}',
  ' ',
);

export type Payload = { label: string; text: string | undefined };

const asPayload = (label: string) => (value: unknown): Payload => ({ label, text: toJsonText(value) });

/** Changes to a valid input: one field made hostile, removed or doubled by a polluting key; or the shape broken. */
export function mutationsOf(valid: unknown): fc.Arbitrary<Payload> {
  if (valid === null || typeof valid !== 'object' || Array.isArray(valid)) {
    return hostileValue.map(asPayload('mutation: hostile value'));
  }
  const base = valid as Record<string, unknown>;
  const keys = Object.keys(base);
  const replaced = (k: string, v: unknown) => ownObject(keys.map((key) => [key, key === k ? v : base[key]]));
  const arbitraries: fc.Arbitrary<Payload>[] = [
    fc.tuple(fc.constantFrom(...POLLUTION_KEYS, 'extra', 'id', 'role', 'isAdmin'), hostileValue).map(([k, v]) =>
      asPayload(`mutation: extra key ${k}`)(ownObject([...keys.map((key): [string, unknown] => [key, base[key]]), [k, v]])),
    ),
    fc.constant(base).map(asPayload('mutation: valid as is')),
    fc.constant(ownObject([['json', base]])).map(asPayload('mutation: wrapped in {json}')),
    fc.constant([base]).map(asPayload('mutation: wrapped in an array')),
    fc.constant(ownObject(keys.map((k) => [k, String(base[k])]))).map(asPayload('mutation: every value a string')),
  ];
  if (keys.length > 0) {
    arbitraries.unshift(
      fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => asPayload(`mutation: ${k} hostile`)(replaced(k, v))),
      fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => asPayload(`mutation: ${k} hostile`)(replaced(k, v))),
      fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => asPayload(`mutation: ${k} hostile`)(replaced(k, v))),
      fc.constantFrom(...keys).map((k) =>
        asPayload(`mutation: ${k} removed`)(ownObject(keys.filter((key) => key !== k).map((key) => [key, base[key]]))),
      ),
      fc
        .tuple(fc.constantFrom(...keys), fc.constantFrom<unknown>(null, undefined, '', 0, -1, [], {}, true, new Raw('-0'), new Raw('1e999')))
        .map(([k, v]) => asPayload(`mutation: ${k} wrong type`)(replaced(k, v))),
    );
  }
  return fc.oneof(...arbitraries);
}

/**
 * Inputs for one procedure: mutations of its valid inputs, hostile values at the top, arbitrary
 * JSON, malformed text and no input at all.
 */
export function payloadsFor(validInputs: unknown[]): fc.Arbitrary<Payload> {
  const parts: fc.WeightedArbitrary<Payload>[] = [
    { weight: 3, arbitrary: hostileValue.map(asPayload('hostile value')) },
    { weight: 1, arbitrary: anything.map(asPayload('fc.anything')) },
    { weight: 1, arbitrary: malformedText.map((text) => ({ label: 'malformed JSON', text })) },
    { weight: 1, arbitrary: fc.constant<Payload>({ label: 'no input', text: undefined }) },
  ];
  if (validInputs.length > 0) {
    parts.unshift({ weight: 6, arbitrary: fc.oneof(...validInputs.map(mutationsOf)) });
  }
  return fc.oneof(...parts);
}
