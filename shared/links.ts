/**
 * The one rule for links people type: only `http:` and `https:` are followed (never `javascript:`,
 * `data:`, `vbscript:`…). The schemas refuse anything else on the way in (`webUrl`); pages and open
 * files check again on the way out, so a value stored before the rule, or by a script, is shown as
 * text and never becomes a link.
 */
export const WEB_PROTOCOL = /^https?$/;

/** `value` when it is an absolute http(s) URL, else null. */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return WEB_PROTOCOL.test(new URL(value).protocol.replace(/:$/, '')) ? value : null;
  } catch {
    return null;
  }
}
