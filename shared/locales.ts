/**
 * The languages of the interface and where their pages live. Italian is at the root; the others
 * under their prefix (`/en`, `/fr`, `/ar`). Records (descriptions, event titles) are written in
 * Italian and English only: `RecordLocale`. Client and server read paths with the same rule.
 */

export const LOCALES = ['it', 'en', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** The languages a record's text fields exist in (`nameIt`, `nameEn`). */
export const RECORD_LOCALES = ['it', 'en'] as const;
export type RecordLocale = (typeof RECORD_LOCALES)[number];

/** The languages the signed-in screens are written in; the others say so and link to these. */
export const isRecordLocale = (locale: Locale): locale is RecordLocale => locale === 'it' || locale === 'en';

/** Arabic is written right to left. */
export const textDirection = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

const PREFIX = /^\/(en|fr|ar)(?=\/|$)/;

/** The language of a path: `/fr/partners` → `fr`, `/partners` → `it`. */
export const localeFromPath = (pathname: string): Locale => (PREFIX.exec(pathname)?.[1] as Locale | undefined) ?? 'it';

/** The path without its language prefix: `/ar/events` → `/events`, `/en` → `/`. */
export const stripLocale = (pathname: string): string => pathname.replace(PREFIX, '') || '/';

/** A path of the app in a language: Italian at the root, the others under their prefix (`/partners` → `/fr/partners`). */
export const localePath = (locale: Locale, path: string): string =>
  locale === 'it' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`;

/** Each language by its own name, as a language menu shows it (the short form where space is tight). */
export const LANGUAGE_NAMES: Record<Locale, { short: string; name: string }> = {
  it: { short: 'IT', name: 'Italiano' },
  en: { short: 'EN', name: 'English' },
  fr: { short: 'FR', name: 'Français' },
  ar: { short: 'عربي', name: 'العربية' },
};
