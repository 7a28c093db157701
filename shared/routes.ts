import { stripLocale } from './locales';

/**
 * The app's pages, one table for both sides: the client's router draws them (client/src/app/router.tsx
 * needs an element for each, no more, no less) and the server answers any other path with HTTP 404
 * (server/http/page-status.ts). `:slug` names a record the server can look up.
 */
export const APP_PAGES = [
  '',
  'partners',
  'partners/:slug',
  'project',
  'login',
  'account',
  'admin/review',
  'admin/audit',
  'admin/users',
  'admin/organizations/new',
  'admin/indicepa',
  'events',
  'events/new',
  'events/:slug',
  'events/:slug/edit',
  'events/:slug/register',
  'events/:slug/sign-in-sheet',
  'dashboard',
  'dashboard/report',
  'actions',
  'azioni',
  'bodies/:slug',
  ':page',
  'embed',
] as const;
export type AppPage = (typeof APP_PAGES)[number];

/** The pages anyone may open: every interface language draws them (the others are Italian and English). */
const PUBLIC_PAGES: ReadonlySet<AppPage> = new Set(['', 'partners', 'partners/:slug', 'project', 'events', 'events/:slug', ':page', 'embed']);
export const isPublicPage = (page: AppPage): boolean => PUBLIC_PAGES.has(page);

/** The pages `:page` stands for (the info pages). */
export const INFO_PAGES = ['privacy', 'accessibility', 'open-data', 'note-legali'] as const;
export type InfoPageSlug = (typeof INFO_PAGES)[number];

/** The kind of record a page's `:slug` names. */
export type SlugKind = 'partner' | 'event' | 'body';

/**
 * Which page a path is (its language prefix and a trailing slash aside), with the record its slug names: null for
 * a path no page answers.
 */
export function matchPage(pathname: string): { page: AppPage; slug?: { kind: SlugKind; value: string } } | null {
  const rest = stripLocale(pathname).replace(/^\/+|\/+$/g, '');
  const parts = rest === '' ? [] : rest.split('/');
  for (const page of APP_PAGES) {
    const pattern = page === '' ? [] : page.split('/');
    if (pattern.length !== parts.length) continue;
    let slug: { kind: SlugKind; value: string } | undefined;
    const fits = pattern.every((seg, i) => {
      const part = decodeSegment(parts[i]!);
      if (seg === ':slug') {
        slug = { kind: pattern[0] === 'partners' ? 'partner' : pattern[0] === 'events' ? 'event' : 'body', value: part };
        return /^[a-z0-9-]{1,120}$/.test(part);
      }
      if (seg === ':page') return (INFO_PAGES as readonly string[]).includes(part);
      return seg === part;
    });
    if (fits) return { page, ...(slug && { slug }) };
  }
  return null;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The embeddable map, `/embed` and `/en/embed` (and the other languages'): the one page other sites may frame. */
export const isEmbedPath = (pathname: string): boolean => /^\/embed\/?$/.test(stripLocale(pathname));
