import type { Locale } from '@shared/enums';

/** 0.857 → "86%" ("86 %" is not Italian usage in tables either: Intl gives "86%"). */
export const percent = (rate: number | null, locale: Locale, digits = 0) =>
  rate === null
    ? '—'
    : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }).format(rate);

export const integer = (n: number, locale: Locale) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT').format(n);

/** "2022-Q1" → "T1 2022" / "Q1 2022". */
export const quarterLabel = (q: string, locale: Locale) => {
  const [year, quarter] = q.split('-Q');
  return `${locale === 'en' ? 'Q' : 'T'}${quarter} ${year}`;
};
