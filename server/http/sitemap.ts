/**
 * `sitemap.xml` (every public page in every interface language, with `hreflang` alternates, and the date
 * its record last changed) and `robots.txt` (the members' screens left out, the sitemap named).
 */
import { asc, eq } from 'drizzle-orm';
import { LOCALES, localePath, type Locale } from '../../shared/locales';
import { APP_PAGES, INFO_PAGES, isPublicPage, type AppPage } from '../../shared/routes';
import type { Db } from '../db/client';
import { events, organizations } from '../db/schema';

type Entry = { path: string; modified?: string };
/** The public pages with a parameter, and the paths each stands for. */
type RecordPage = Extract<AppPage, 'partners/:slug' | 'events/:slug' | ':page'>;

const RECORD_PATHS: Record<RecordPage, (db: Db) => Entry[]> = {
  'partners/:slug': (db) =>
    db.select({ slug: organizations.slug, at: organizations.updatedAt }).from(organizations).orderBy(asc(organizations.slug)).all()
      .map((o) => ({ path: `partners/${o.slug}`, modified: o.at })),
  'events/:slug': (db) =>
    db.select({ slug: events.slug, at: events.updatedAt }).from(events).where(eq(events.isPublic, true)).orderBy(asc(events.slug)).all()
      .map((e) => ({ path: `events/${e.slug}`, modified: e.at })),
  ':page': () => INFO_PAGES.map((page) => ({ path: page })),
};

/** The embeddable map is the landing page's map inside another site, not a page of its own to index. */
const NOT_INDEXED: ReadonlySet<AppPage> = new Set(['embed']);
const isRecordPage = (page: AppPage): page is RecordPage => page in RECORD_PATHS;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(db: Db, base: string): string {
  // The pages anyone may open (shared/routes.ts), each as itself or as the records behind it.
  const pages: Entry[] = APP_PAGES.filter((page) => isPublicPage(page) && !NOT_INDEXED.has(page)).flatMap((page) =>
    isRecordPage(page) ? RECORD_PATHS[page](db) : [{ path: page }],
  );
  const url = (locale: Locale, path: string) => `${base}${localePath(locale, `/${path}`)}`;
  const entries = pages.flatMap(({ path, modified }) =>
    LOCALES.map(
      (locale) =>
        `  <url><loc>${xml(url(locale, path))}</loc>${modified ? `<lastmod>${modified.slice(0, 10)}</lastmod>` : ''}` +
        LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${xml(url(l, path))}"/>`).join('') +
        '</url>',
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * The members' screens (every page of shared/routes.ts that is not public), as robots patterns: a record's
 * slug is `*`, and a page ending in one is its folder (`bodies/:slug` is `/bodies/`).
 */
const PRIVATE = APP_PAGES.filter((page) => !isPublicPage(page)).map((page) => `/${page}`.replace(/:slug$/, '').replace(/:slug/g, '*'));

export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    ...PRIVATE.flatMap((p) => LOCALES.map((l) => `Disallow: ${localePath(l, p)}`)),
    'Disallow: /trpc/',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n');
}
