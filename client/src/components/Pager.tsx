import { Link, useLocation } from 'react-router';

export type PagerText = {
  label: string;
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
  beyond?: string;
  first?: string;
};

/** A bookmarked page past the last one (the list got shorter): says so, and links to the first page. */
export function BeyondLastPage({ text, className = 'state' }: { text: PagerText; className?: string }) {
  const location = useLocation();
  return (
    <p className={className}>
      {text.beyond} <Link to={pageHref(location, 1)}>{text.first}</Link>
    </p>
  );
}

/** The page the URL asks for (`?page=`, anyone's to edit): a whole number from 1, else 1. */
export const pageParam = (params: URLSearchParams): number =>
  Math.min(100_000, Math.max(1, Math.floor(Number(params.get('page'))) || 1));

/** The current path and query with page `n` (page 1 has no `page` key). */
export function pageHref({ pathname, search }: { pathname: string; search: string }, n: number): string {
  const next = new URLSearchParams(search);
  if (n === 1) next.delete('page');
  else next.set('page', String(n));
  const query = next.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}

/**
 * Previous / next links over a paged list, the page in the URL (`?page=`), so that a page can be
 * bookmarked, shared and reached with the back button; real links, usable by keyboard.
 */
export function Pager({ page, pages, text }: { page: number; pages: number; text: PagerText }) {
  const location = useLocation();
  if (pages <= 1) return null;
  const href = (n: number) => pageHref(location, n);
  return (
    <nav className="pager" aria-label={text.label}>
      {page > 1 ? (
        <Link className="btn btn-outline" to={href(page - 1)} rel="prev">
          ← {text.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="pager-position" aria-current="page">
        {text.pageOf(page, pages)}
      </span>
      {page < pages ? (
        <Link className="btn btn-outline" to={href(page + 1)} rel="next">
          {text.next} <span className="dir-arrow" aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
