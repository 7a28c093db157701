import { use, useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Labels, Locale } from '@shared/enums';
import { formatEventWhen, type EventDates } from '@shared/event-dates';
import { formatInteger, intlLocale, localePath, pickText } from './locale';
import type { Messages } from './messages.it';

export type { Messages };
export { formatInteger, intlLocale, localePath, pickText, plural } from './locale';

// Each language's shell text is a chunk of its own: a visitor downloads only the language they read.
const loaded: Partial<Record<Locale, Messages>> = {};
const loading: Partial<Record<Locale, Promise<Messages>>> = {};
const importers: Record<Locale, () => Promise<Messages>> = {
  it: () => import('./messages.it').then((m) => m.it),
  en: () => import('./messages.en').then((m) => m.en),
};

/** Loads a language's shell text (once); the app awaits the first one before it renders. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return (loading[locale] ??= importers[locale]().then((messages) => (loaded[locale] = messages)));
}

/** Makes a language's text available without loading it (the build-time prerender imports both). */
export function provideMessages(locale: Locale, messages: Messages) {
  loaded[locale] = messages;
}

/** The text of a language: at once when loaded, otherwise the component suspends until it is. */
const useMessages = (locale: Locale): Messages => loaded[locale] ?? use(loadMessages(locale));

/** English pages live under /en; Italian, the default, at the root. */
export const localeFromPath = (pathname: string): Locale =>
  pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'it';

const stripLocale = (pathname: string) => (localeFromPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname);

/** The same page in the other language, keeping its query string (filters). */
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
    /** Label of an enum value in the current language. */
    label: <K extends string>(labels: Labels<K>, key: K) => labels[key][locale],
    /** `<select>` options for every value of an enum, labelled in the current language. */
    options: <K extends string>(values: readonly K[], labels: Labels<K>) =>
      values.map((value) => ({ value, label: labels[value][locale] })),
    /** A path of the app in the current language: `to('/partners')` → `/en/partners`. */
    to: (path: string) => localePath(locale, path),
    /** Picks the Italian or English variant of a bilingual record field (Italian when there is no English). */
    pick: (itText: string, enText: string | null | undefined) => pickText(locale, { it: itText, en: enText }),
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

/** Keeps <html lang> and the document title in step with the page. */
export function useDocumentTitle(title: string | undefined) {
  const { locale, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title ? `${title} — ${t.siteName}` : `${t.siteName} — ${t.siteTagline}`;
  }, [locale, t, title]);
}

/**
 * `useI18n` for a feature whose text lives beside it (and loads with its lazy chunk): the same helpers,
 * with `t` the shell text plus the feature's sections (`{ dashboard: … }`) in the current language.
 */
export function useI18nWith<T extends object>(texts: Record<Locale, T>) {
  const i18n = useI18n();
  const t = useMemo(() => ({ ...i18n.t, ...texts[i18n.locale] }) as Messages & T, [i18n.t, i18n.locale, texts]);
  return { ...i18n, t };
}
