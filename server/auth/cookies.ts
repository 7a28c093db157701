import type { IncomingMessage } from 'node:http';

/** `__Host-` cookies must be Secure, so the prefix is used only over HTTPS. */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-coopera_session' : 'coopera_session');

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Set-Cookie for the session: HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS; null clears it. */
export function sessionCookie(secure: boolean, token: string | null): string {
  const attrs = [
    `${sessionCookieName(secure)}=${token ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    secure && 'Secure',
    token === null && 'Max-Age=0',
  ].filter(Boolean);
  return attrs.join('; ');
}

/** The device cookie: a browser that signed in before (server/auth/devices.ts). */
export const deviceCookieName = (secure: boolean) => (secure ? '__Host-coopera_device' : 'coopera_device');
export const DEVICE_MAX_AGE_S = 180 * 24 * 3600;

/** Set-Cookie for the device token: HttpOnly, SameSite=Strict (only sign-in needs it), 180 days. */
export function deviceCookie(secure: boolean, token: string): string {
  return [
    `${deviceCookieName(secure)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${DEVICE_MAX_AGE_S}`,
    secure && 'Secure',
  ]
    .filter(Boolean)
    .join('; ');
}
