import type { IncomingMessage } from 'node:http';
import type { ErrorCode } from '../../shared/errors';

/**
 * Cross-site requests cannot change anything: a state-changing request must be JSON (no HTML form
 * can send it without a CORS preflight we never grant) and come from our own origin when the
 * browser says where it comes from. Returns the code of the refusal, or null.
 */
export function crossSiteRefusal(req: IncomingMessage): ErrorCode | null {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return null;
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return 'JSON_ONLY';
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return 'CROSS_SITE';
  const origin = req.headers.origin;
  if (origin) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return 'CROSS_SITE';
    }
    if (host !== req.headers.host) return 'CROSS_SITE';
  }
  return null;
}
