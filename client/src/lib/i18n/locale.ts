import type { Locale } from '@shared/enums';

/**
 * The language-dependent rules that are not text: which `Intl` locale formats a language, which field
 * of a bilingual record to show, which plural form to use. Pure functions of the locale, so the
 * dictionaries (which know their own language) and the components (which know the page's) share them.
 */

const intlTags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/** The BCP 47 tag `Intl` formats a language with (English is British: day before month, "organisation"). */
export const intlLocale = (locale: Locale): string => intlTags[locale];

/**
 * The variant of a bilingual record field (`nameIt` / `nameEn`) in a language. Records are written in
 * Italian first: a missing translation shows the Italian text.
 */
export function pickText(locale: Locale, variants: Partial<Record<Locale, string | null | undefined>> & { it: string }): string {
  return variants[locale] || variants.it;
}

/** A whole number the way the language writes it: 1234 → "1.234" / "1,234". */
export const formatInteger = (locale: Locale, n: number): string => numberFormat(locale).format(n);

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const numberFormat = (locale: Locale) => {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
  return format;
};

/** The forms of a phrase by plural category; `other` is required, the language's own categories optional. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a phrase for `n`, by the language's plural rules (`Intl.PluralRules`): `one` / `other` in
 * Italian and English, and whatever categories a language added later needs (`few`, `many`, `two`…).
 */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return forms[rules.select(n)] ?? forms.other;
}

/** A path of the app in a language: Italian at the root, English under `/en` (`/partners` → `/en/partners`). */
export const localePath = (locale: Locale, path: string): string =>
  locale === 'it' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`;

/**
 * The shape a dictionary's other languages must have: the Italian file's keys and argument lists, any
 * string (`const en: Widen<typeof it>` fails to compile when a key is missing).
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
