import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';
import { randomBytes } from 'node:crypto';
import { sha256 } from './tokens';

const ISSUER = 'COOPERA Network';

const totpFor = (secret: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** A new 160-bit secret, its otpauth:// URI and a QR code (SVG) for authenticator apps. */
export function newTotpSecret(label: string) {
  const secret = new Secret({ size: 20 }).base32;
  const uri = totpFor(secret, label).toString();
  return { secret, uri, qrSvg: renderSVG(uri) };
}

/**
 * Accepts the current code and one step either side (clock drift); returns the time step the
 * code belongs to, so that a used step can be refused next time, or null when invalid.
 */
export function verifyTotp(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secret, 'check').validate({ token: code, window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 1000 / 30) + delta;
}

/** Ten single-use recovery codes; only their hashes are stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map((c) => sha256(c)) };
}

export const hashRecoveryCode = (code: string) => sha256(code.trim().toLowerCase());
