import type { Locale, RecordLocale } from '@shared/locales';

export { localePath } from '@shared/locales';

/**
 * The language-dependent rules that are not text: which `Intl` locale formats a language, which field
 * of a bilingual record to show, which plural form to use. Pure functions of the locale, so the
 * dictionaries (which know their own language) and the components (which know the page's) share them.
 */

/**
 * English is British (day before month); Arabic writes Western digits (`-u-nu-latn`), as in the Maghreb
 * most of its readers come from and as on the phone numbers, addresses and signs they will use.
 */
const intlTags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB', fr: 'fr-FR', ar: 'ar-u-nu-latn' };

/** The BCP 47 tag `Intl` formats a language with. */
export const intlLocale = (locale: Locale): string => intlTags[locale];

/**
 * The variant of a bilingual record field (`nameIt` / `nameEn`) a language shows, and the language it
 * is in. Records are written in Italian first: a missing translation, and every language records have
 * no field for (French, Arabic), shows the Italian text.
 */
export function pickRecord(
  locale: Locale,
  variants: Partial<Record<RecordLocale, string | null | undefined>> & { it: string },
): { text: string; lang: RecordLocale } {
  const own = locale === 'en' ? variants.en : undefined;
  return own ? { text: own, lang: 'en' } : { text: variants.it, lang: 'it' };
}

/** The text of `pickRecord`. */
export const pickText = (locale: Locale, variants: Parameters<typeof pickRecord>[1]): string => pickRecord(locale, variants).text;

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
 * Italian and English, `one` / `many` / `other` in French, all six (`zero`, `one`, `two`, `few`,
 * `many`, `other`) in Arabic.
 */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return forms[rules.select(n)] ?? forms.other;
}


/**
 * The shape a dictionary's other languages must have: the Italian file's keys and argument lists, any
 * string (`const en: Widen<typeof it>` fails to compile when a key is missing).
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
