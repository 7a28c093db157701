/**
 * What the HTML the server sends says about its page before any script runs: title, description,
 * canonical address, `hreflang` alternates, Open Graph data and the open-data catalogue's link. A
 * partner's, event's or body's page takes its title and description from the record.
 */
import { eq } from 'drizzle-orm';
import { LOCALES, localeFromPath, localePath, stripLocale, textDirection, type Locale } from '../../shared/locales';
import { matchPage } from '../../shared/routes';
import type { Db } from '../db/client';
import { events, governanceBodies, organizations } from '../db/schema';

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
    fr: [
      'COOPERA Network — Le réseau des partenaires du projet COOPERA en Sicile',
      'Des organismes publics de Sicile améliorent ensemble les services d’accueil et de santé pour les ressortissants de pays tiers. La carte montre les partenaires du projet, les membres du réseau, leurs guichets et leurs équipes.',
    ],
    ar: [
      'COOPERA Network — شبكة شركاء مشروع COOPERA في صقلية',
      'هيئات عمومية في صقلية تعمل معًا لتحسين خدمات الاستقبال والصحة لمواطني البلدان الثالثة. تُظهر الخريطة شركاء المشروع وأعضاء الشبكة ومكاتب الاستقبال والفرق.',
    ],
  },
  partners: {
    it: ['I partner', 'Tutti gli enti della rete COOPERA, con il loro ruolo e lo stato della partecipazione.'],
    en: ['Partners', 'Every body in the COOPERA network, with its role and the status of its participation.'],
    fr: ['Les partenaires', 'Tous les organismes du réseau COOPERA, avec leur rôle et l’état de leur participation.'],
    ar: ['الشركاء', 'كل هيئات شبكة COOPERA، مع دور كل هيئة وحالة مشاركتها.'],
  },
  project: {
    it: ['Il progetto', 'Il progetto COOPERA (FAMI 2014-2020, PROG 3031): obiettivi, linee di attività e ruoli dei partner.'],
    en: ['The project', 'The COOPERA project (AMIF 2014-2020, PROG 3031): aims, lines of activity and the partners’ roles.'],
    fr: ['Le projet', 'Le projet COOPERA (FAMI 2014-2020, PROG 3031) : objectifs, lignes d’activité et rôles des partenaires.'],
    ar: ['المشروع', 'مشروع COOPERA (FAMI 2014-2020، PROG 3031): الأهداف ومجالات العمل وأدوار الشركاء.'],
  },
  events: {
    it: ['Eventi', 'Tavoli tecnici, webinar e incontri della rete COOPERA, in programma e passati.'],
    en: ['Events', 'Technical tables, webinars and meetings of the COOPERA network, upcoming and past.'],
    fr: ['Événements', 'Tables techniques, webinaires et réunions du réseau COOPERA, à venir et passés.'],
    ar: ['الأنشطة', 'الاجتماعات التقنية والندوات واللقاءات في شبكة COOPERA، القادمة والسابقة.'],
  },
  'open-data': {
    it: ['Dati aperti', 'I dati aperti COOPERA (CC-BY 4.0): catalogo DCAT-AP_IT, GeoJSON, CSV, JSON, calendario.'],
    en: ['Open data', 'COOPERA open data (CC-BY 4.0): DCAT-AP_IT catalogue, GeoJSON, CSV, JSON, calendar.'],
    fr: ['Données ouvertes', 'Les données ouvertes de COOPERA (CC-BY 4.0) : catalogue DCAT-AP_IT, GeoJSON, CSV, JSON, calendrier.'],
    ar: ['البيانات المفتوحة', 'بيانات COOPERA المفتوحة (CC-BY 4.0): فهرس DCAT-AP_IT وGeoJSON وCSV وJSON والتقويم.'],
  },
  accessibility: {
    it: ['Dichiarazione di accessibilità', 'Lo stato di conformità del sito alle WCAG 2.1 AA e come segnalare un problema.'],
    en: ['Accessibility statement', 'How far the site meets WCAG 2.1 AA, and how to report a problem.'],
    fr: ['Déclaration d’accessibilité', 'Dans quelle mesure le site respecte les WCAG 2.1 AA, et comment signaler un problème.'],
    ar: ['بيان إمكانية الوصول', 'مدى مطابقة الموقع لمعايير WCAG 2.1 AA، وكيف تُبلغ عن مشكلة.'],
  },
  'note-legali': {
    it: ['Note legali', 'Titolarità del sito, diritti sui contenuti, licenza dei dati e responsabilità.'],
    en: ['Legal notes', 'Ownership of the site, rights in its content, data licence and liability.'],
    fr: ['Mentions légales', 'Propriétaire du site, droits sur les contenus, licence des données et responsabilité.'],
    ar: ['ملاحظات قانونية', 'مالك الموقع وحقوق المحتوى وترخيص البيانات والمسؤولية.'],
  },
  privacy: {
    it: ['Informativa sulla privacy', 'Quali dati tratta il sito, perché e per quanto tempo.'],
    en: ['Privacy notice', 'What data the site processes, why and for how long.'],
    fr: ['Protection des données', 'Quelles données le site traite, pourquoi et pendant combien de temps.'],
    ar: ['حماية البيانات الشخصية', 'ما البيانات التي يعالجها الموقع، ولماذا، وإلى متى.'],
  },
};

/** The `<html>` start tag's language and direction, which the app keeps in step after it starts. */
export const HTML_LANG = /<html lang="[^"]*"(?: dir="[^"]*")?/;
export const htmlLang = (locale: Locale) => `<html lang="${locale}" dir="${textDirection(locale)}"`;

const OG_LOCALES: Record<Locale, string> = { it: 'it_IT', en: 'en_GB', fr: 'fr_FR', ar: 'ar_AR' };

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The head of a public page, or null for a page the head stays generic on (members' screens, 404). */
export function pageHead(db: Db, pathname: string, base: string): PageHead | null {
  const match = matchPage(pathname);
  if (!match) return null;
  const locale = localeFromPath(pathname);
  const rest = stripLocale(pathname).replace(/(.)\/+$/, '$1');
  const alternates = Object.fromEntries(LOCALES.map((l) => [l, `${base}${localePath(l, rest)}`])) as Record<Locale, string>;
  // Records are written in Italian and English: French and Arabic pages name them in Italian.
  const en = locale === 'en';
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
    return o ? head(o.name, (en ? o.descriptionEn : o.descriptionIt) || o.descriptionIt || `${o.name}, ${o.city}`) : null;
  }
  if (slug.kind === 'event') {
    const e = db.select().from(events).where(eq(events.slug, slug.value)).get();
    if (!e || !e.isPublic) return null;
    const title = (en && e.titleEn) || e.titleIt;
    return head(title, `${title} — ${e.startsAt.slice(0, 10)}${e.place ? `, ${e.place}` : ''}`);
  }
  const b = db.select().from(governanceBodies).where(eq(governanceBodies.slug, slug.value)).get();
  return b ? head((en && b.nameEn) || b.nameIt, (en ? b.descriptionEn : b.descriptionIt) || b.nameIt) : null;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The index.html of the app with this page's head written into it. */
export function withPageHead(html: string, head: PageHead): string {
  const links = [
    `<link rel="canonical" href="${attr(head.canonical)}">`,
    ...LOCALES.map((l) => `<link rel="alternate" hreflang="${l}" href="${attr(head.alternates[l])}">`),
    `<link rel="alternate" hreflang="x-default" href="${attr(head.alternates.it)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${SITE}">`,
    `<meta property="og:title" content="${attr(head.title)}">`,
    `<meta property="og:description" content="${attr(head.description)}">`,
    `<meta property="og:url" content="${attr(head.canonical)}">`,
    `<meta property="og:locale" content="${OG_LOCALES[head.locale]}">`,
  ].join('');
  return html
    .replace(HTML_LANG, htmlLang(head.locale))
    .replace(/<title>[^<]*<\/title>/, `<title>${attr(head.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${attr(head.description)}"`)
    .replace('</head>', `${links}</head>`);
}
