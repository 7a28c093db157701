/**
 * `sitemap.xml` (every public page in every interface language, with `hreflang` alternates, and the date
 * its record last changed) and `robots.txt` (the members' screens left out, the sitemap named).
 */
import { asc, eq } from 'drizzle-orm';
import { LOCALES, localePath, type Locale } from '../../shared/locales';
import type { Db } from '../db/client';
import { events, governanceBodies, organizations } from '../db/schema';

/** Public pages without a record behind them. */
const STATIC_PAGES = ['', 'partners', 'project', 'events', 'open-data', 'accessibility', 'privacy', 'note-legali'];

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(db: Db, base: string): string {
  const pages: { path: string; modified?: string }[] = [
    ...STATIC_PAGES.map((p) => ({ path: p })),
    ...db.select({ slug: organizations.slug, at: organizations.updatedAt }).from(organizations).orderBy(asc(organizations.slug)).all()
      .map((o) => ({ path: `partners/${o.slug}`, modified: o.at })),
    ...db.select({ slug: events.slug, at: events.updatedAt }).from(events).where(eq(events.isPublic, true)).orderBy(asc(events.slug)).all()
      .map((e) => ({ path: `events/${e.slug}`, modified: e.at })),
    ...db.select({ slug: governanceBodies.slug, at: governanceBodies.updatedAt }).from(governanceBodies).orderBy(asc(governanceBodies.slug)).all()
      .map((b) => ({ path: `bodies/${b.slug}`, modified: b.at })),
  ];
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

/** Screens for members only, in every language's prefix: nothing for a search engine there. */
const PRIVATE = ['/login', '/account', '/admin/', '/dashboard', '/actions', '/azioni', '/events/new'];

export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    ...PRIVATE.flatMap((p) => LOCALES.map((l) => `Disallow: ${localePath(l, p)}`)),
    'Disallow: /*/register',
    'Disallow: /*/sign-in-sheet',
    'Disallow: /*/edit',
    'Disallow: /trpc/',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n');
}
