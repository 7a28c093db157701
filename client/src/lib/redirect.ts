/**
 * Where to go after signing in: only a path of this site. `//elsewhere` and `/\\elsewhere` are
 * other hosts to a browser, and control characters can smuggle one in, so those are refused.
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  return next;
}
