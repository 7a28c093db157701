import { use, useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Labels, RecordLabels } from '@shared/enums';
import { formatEventWhen, type EventDates } from '@shared/event-dates';
import { localeFromPath, stripLocale, textDirection, type Locale, type RecordLocale } from '@shared/locales';
import { formatInteger, intlLocale, localePath, pickRecord } from './locale';
import type { Messages } from './messages.it';

export type { Messages };
export { localeFromPath };
export { formatInteger, intlLocale, localePath, pickText, plural } from './locale';

// Each language's shell text is a chunk of its own: a visitor downloads only the language they read.
const loaded: Partial<Record<Locale, Messages>> = {};
const loading: Partial<Record<Locale, Promise<Messages>>> = {};
const importers: Record<Locale, () => Promise<Messages>> = {
  it: () => import('./messages.it').then((m) => m.it),
  en: () => import('./messages.en').then((m) => m.en),
  fr: () => import('./messages.fr').then((m) => m.fr),
  ar: () => import('./messages.ar').then((m) => m.ar),
};

/** Loads a language's shell text (once); the app awaits the first one before it renders. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return (loading[locale] ??= importers[locale]().then((messages) => (loaded[locale] = messages)));
}

/** Makes a language's text available without loading it (the build-time prerender imports them all). */
export function provideMessages(locale: Locale, messages: Messages) {
  loaded[locale] = messages;
}

/** The text of a language: at once when loaded, otherwise the component suspends until it is. */
const useMessages = (locale: Locale): Messages => loaded[locale] ?? use(loadMessages(locale));

/** The same page in another language, keeping its query string (filters). */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
  return localePath(to, stripLocale(pathname)) + search;
}

export function useI18n() {
  const { pathname } = useLocation();
  const locale = localeFromPath(pathname);
  const t = useMessages(locale);
  return {
    locale,
    t,
    /** Label of an enum value in the current language (a signed-in screen's, Italian in French and Arabic). */
    label: <K extends string>(labels: Labels<K> | RecordLabels<K>, key: K) => labelIn(locale, labels, key),
    /** `<select>` options for every value of an enum, labelled in the current language. */
    options: <K extends string>(values: readonly K[], labels: Labels<K> | RecordLabels<K>) =>
      values.map((value) => ({ value, label: labelIn(locale, labels, value) })),
    /** A path of the app in the current language: `to('/partners')` → `/en/partners`. */
    to: (path: string) => localePath(locale, path),
    /** Picks the Italian or English variant of a bilingual record field (Italian when there is no English). */
    pick: (itText: string, enText: string | null | undefined) => pickRecord(locale, { it: itText, en: enText }).text,
    /**
     * The `lang` of the variant `pick` shows when it differs from the page's (French and Arabic pages
     * show records in Italian; so does English where a record has no translation): `<p lang={langOf(…)}>`.
     */
    langOf: (itText: string, enText: string | null | undefined) => {
      const { lang } = pickRecord(locale, { it: itText, en: enText });
      return lang === locale ? undefined : lang;
    },
    /** `lang` for text that is always Italian (the names of bodies and places), when the page is not. */
    itLang: locale === 'it' ? undefined : ('it' as const),
    /** A count written the locale's way ("8.010"). */
    number: (n: number) => formatInteger(locale, n),
    formatDate: (iso: string, opts: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) =>
      new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'Europe/Rome', ...opts }).format(
        new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso),
      ),
    /** When an event takes place, as much of its date as the sources give ("maggio 2022", never "1 maggio"). */
    formatWhen: (e: EventDates, style?: 'long' | 'medium' | 'full') => formatEventWhen(e, intlLocale(locale), style),
  };
}

const labelIn = <K extends string>(locale: Locale, labels: Labels<K> | RecordLabels<K>, key: K): string =>
  (labels[key] as Partial<Record<Locale, string>>)[locale] ?? labels[key].it;

/** Keeps <html lang dir> and the document title in step with the page. */
export function useDocumentTitle(title: string | undefined) {
  const { locale, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
    document.title = title ? `${title} — ${t.siteName}` : `${t.siteName} — ${t.siteTagline}`;
  }, [locale, t, title]);
}

/**
 * `useI18n` for a feature whose text lives beside it (and loads with its lazy chunk): the same helpers,
 * with `t` the shell text plus the feature's sections (`{ dashboard: … }`) in the current language.
 * The signed-in screens are written in Italian and English: in another language they are Italian.
 */
export function useI18nWith<T extends object>(texts: Record<RecordLocale, T> & Partial<Record<Locale, T>>) {
  const i18n = useI18n();
  const t = useMemo(() => ({ ...i18n.t, ...(texts[i18n.locale] ?? texts.it) }) as Messages & T, [i18n.t, i18n.locale, texts]);
  return { ...i18n, t };
}
