import type { ServerResponse } from 'node:http';

/** Headers every response carries. */
export function setSecurityHeaders(res: ServerResponse, opts: { tileOrigin?: string; https: boolean }) {
  const img = ["'self'", 'data:', opts.tileOrigin].filter(Boolean).join(' ');
  res.setHeader(
    'Content-Security-Policy',
    [
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
      "frame-ancestors 'none'",
    ].join('; '),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'geolocation=(), camera=(), microphone=()');
  if (opts.https) res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
}
