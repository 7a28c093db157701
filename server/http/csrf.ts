import type { IncomingMessage } from 'node:http';

/**
 * Cross-site requests cannot change anything: a state-changing request must be JSON (no HTML form
 * can send it without a CORS preflight we never grant) and come from our own origin when the
 * browser says where it comes from. Returns the reason for refusal, or null.
 */
export function crossSiteRefusal(req: IncomingMessage): string | null {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return null;
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return 'Only JSON requests may change data';
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return 'Cross-site request refused';
  const origin = req.headers.origin;
  if (origin) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return 'Cross-site request refused';
    }
    if (host !== req.headers.host) return 'Cross-site request refused';
  }
  return null;
}
