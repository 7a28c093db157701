/**
 * What the HTML the server sends says about its page before any script runs: title, description,
 * canonical address, `hreflang` alternates, Open Graph data and the open-data catalogue's link. A
 * partner's, event's or body's page takes its title and description from the record.
 */
import { eq } from 'drizzle-orm';
import { matchPage } from '../../shared/routes';
import type { Db } from '../db/client';
import { events, governanceBodies, organizations } from '../db/schema';

type Locale = 'it' | 'en';
export type PageHead = { locale: Locale; title: string; description: string; canonical: string; alternates: Record<Locale, string> };

const SITE = 'COOPERA Network';
const TEXT: Record<string, Record<Locale, [string, string]>> = {
  '': {
    // As the prerendered first screen and the app say (siteName — siteTagline, map.intro).
    it: [
      'COOPERA Network — La rete dei partner del progetto COOPERA in Sicilia',
      'Enti pubblici siciliani migliorano insieme i servizi di accoglienza e di salute per i cittadini di paesi terzi. Sulla mappa trovi i partner del progetto, gli enti della rete, gli sportelli e le équipe.',
    ],
    en: [
      'COOPERA Network — The partner network of the COOPERA project in Sicily',
      'Sicilian public bodies work together to improve reception and health services for third-country nationals. The map shows the project partners, the network members, their help desks and their teams.',
    ],
  },
  partners: {
    it: ['I partner', 'Tutti gli enti della rete COOPERA, con il loro ruolo e lo stato della partecipazione.'],
    en: ['Partners', 'Every body in the COOPERA network, with its role and the status of its participation.'],
  },
  project: {
    it: ['Il progetto', 'Il progetto COOPERA (FAMI 2014-2020, PROG 3031): obiettivi, linee di attività e ruoli dei partner.'],
    en: ['The project', 'The COOPERA project (AMIF 2014-2020, PROG 3031): aims, lines of activity and the partners’ roles.'],
  },
  events: {
    it: ['Eventi', 'Tavoli tecnici, webinar e incontri della rete COOPERA, in programma e passati.'],
    en: ['Events', 'Technical tables, webinars and meetings of the COOPERA network, upcoming and past.'],
  },
  'open-data': {
    it: ['Dati aperti', 'I dati aperti COOPERA (CC-BY 4.0): catalogo DCAT-AP_IT, GeoJSON, CSV, JSON, calendario.'],
    en: ['Open data', 'COOPERA open data (CC-BY 4.0): DCAT-AP_IT catalogue, GeoJSON, CSV, JSON, calendar.'],
  },
  accessibility: {
    it: ['Dichiarazione di accessibilità', 'Lo stato di conformità del sito alle WCAG 2.1 AA e come segnalare un problema.'],
    en: ['Accessibility statement', 'How far the site meets WCAG 2.1 AA, and how to report a problem.'],
  },
  'note-legali': {
    it: ['Note legali', 'Titolarità del sito, diritti sui contenuti, licenza dei dati e responsabilità.'],
    en: ['Legal notes', 'Ownership of the site, rights in its content, data licence and liability.'],
  },
  privacy: {
    it: ['Informativa sulla privacy', 'Quali dati tratta il sito, perché e per quanto tempo.'],
    en: ['Privacy notice', 'What data the site processes, why and for how long.'],
  },
};

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The head of a public page, or null for a page the head stays generic on (members' screens, 404). */
export function pageHead(db: Db, pathname: string, base: string): PageHead | null {
  const match = matchPage(pathname);
  if (!match) return null;
  const locale: Locale = /^\/en(\/|$)/.test(pathname) ? 'en' : 'it';
  const rest = pathname.replace(/^\/en(?=\/|$)/, '').replace(/\/+$/, '') || '/';
  const alternates = { it: `${base}${rest}`, en: `${base}/en${rest === '/' ? '' : rest}` };
  const head = (title: string, description: string): PageHead => ({
    locale,
    title: match.page === '' ? title : `${title} — ${SITE}`,
    description: clip(description),
    canonical: alternates[locale],
    alternates,
  });
  const page = match.page === ':page' ? rest.slice(1) : match.page;
  const text = TEXT[page];
  if (text) return head(...text[locale]);
  const slug = match.slug;
  if (!slug || match.page.split('/').length !== 2) return null;
  if (slug.kind === 'partner') {
    const o = db.select().from(organizations).where(eq(organizations.slug, slug.value)).get();
    return o ? head(o.name, (locale === 'en' ? o.descriptionEn : o.descriptionIt) || o.descriptionIt || `${o.name}, ${o.city}`) : null;
  }
  if (slug.kind === 'event') {
    const e = db.select().from(events).where(eq(events.slug, slug.value)).get();
    if (!e || !e.isPublic) return null;
    const title = (locale === 'en' && e.titleEn) || e.titleIt;
    return head(title, `${title} — ${e.startsAt.slice(0, 10)}${e.place ? `, ${e.place}` : ''}`);
  }
  const b = db.select().from(governanceBodies).where(eq(governanceBodies.slug, slug.value)).get();
  return b ? head((locale === 'en' && b.nameEn) || b.nameIt, (locale === 'en' ? b.descriptionEn : b.descriptionIt) || b.nameIt) : null;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The index.html of the app with this page's head written into it. */
export function withPageHead(html: string, head: PageHead): string {
  const links = [
    `<link rel="canonical" href="${attr(head.canonical)}">`,
    `<link rel="alternate" hreflang="it" href="${attr(head.alternates.it)}">`,
    `<link rel="alternate" hreflang="en" href="${attr(head.alternates.en)}">`,
    `<link rel="alternate" hreflang="x-default" href="${attr(head.alternates.it)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${SITE}">`,
    `<meta property="og:title" content="${attr(head.title)}">`,
    `<meta property="og:description" content="${attr(head.description)}">`,
    `<meta property="og:url" content="${attr(head.canonical)}">`,
    `<meta property="og:locale" content="${head.locale === 'en' ? 'en_GB' : 'it_IT'}">`,
  ].join('');
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${head.locale}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${attr(head.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${attr(head.description)}"`)
    .replace('</head>', `${links}</head>`);
}
