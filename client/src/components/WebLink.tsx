import type { ReactNode } from 'react';
import { safeWebUrl } from '@shared/links';

/** How a bare URL reads on screen: its host, or the address without the scheme and the last slash. */
export type UrlDisplay = 'host' | 'short';

function urlText(url: string, display: UrlDisplay): string {
  if (display === 'host' && safeWebUrl(url)) return new URL(url).hostname;
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/**
 * A link someone typed (a website, a source, an evidence link): a link only when it is http(s)
 * (shared/links.ts); anything else stays on the page as plain text, so nobody is sent to it.
 */
export function WebLink({
  href,
  display = 'short',
  lang,
  children,
}: {
  href: string;
  display?: UrlDisplay;
  lang?: string;
  children?: ReactNode;
}) {
  const text = children ?? urlText(href, display);
  const safe = safeWebUrl(href);
  if (!safe) return <span lang={lang}>{text}</span>;
  return (
    <a href={safe} rel="noopener noreferrer" lang={lang}>
      {text}
    </a>
  );
}
