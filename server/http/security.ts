import type { ServerResponse } from 'node:http';

/** Content-Security-Policy for the given tile server; the same string for every response, built once. */
const cspCache = new Map<string, string>();
function contentSecurityPolicy(tileOrigin: string | undefined, framable: boolean): string {
  const key = `${tileOrigin ?? ''} ${framable}`;
  let csp = cspCache.get(key);
  if (!csp) {
    const img = ["'self'", 'data:', tileOrigin].filter(Boolean).join(' ');
    csp = [
      "default-src 'self'",
      "script-src 'self'",
      // Leaflet positions its panes through the CSSOM; React does the same for style props.
      "style-src 'self'",
      `img-src ${img}`,
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      // The embeddable map (/embed) may be framed by any site; every other page by none.
      framable ? 'frame-ancestors *' : "frame-ancestors 'none'",
    ].join('; ');
    cspCache.set(key, csp);
  }
  return csp;
}

/** Headers every response carries. */
export function setSecurityHeaders(res: ServerResponse, opts: { tileOrigin?: string; https: boolean; framable?: boolean }) {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(opts.tileOrigin, Boolean(opts.framable)));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (!opts.framable) res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // The nearest-service finder may ask for the visitor's location on the site's own pages (never in a frame).
  res.setHeader('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
  if (opts.https) res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
}
