import type { Locale } from '@shared/enums';
import { formatInteger, intlLocale } from '../../lib/i18n/locale';

/** 0.857 → "86%" ("86 %" is not Italian usage in tables either: Intl gives "86%"). */
export const percent = (rate: number | null, locale: Locale, digits = 0) =>
  rate === null
    ? '—'
    : new Intl.NumberFormat(intlLocale(locale), {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }).format(rate);

export const integer = (n: number, locale: Locale) => formatInteger(locale, n);

/** "2022-Q1" → "T1 2022" / "Q1 2022", worded by the dashboard text's `quarter`. */
export const quarterLabel = (q: string, label: (quarter: string, year: string) => string) => {
  const [year = '', quarter = ''] = q.split('-Q');
  return label(quarter, year);
};

/** 12_345_678 → "11,8 MB" / "11.8 MB"; under a megabyte in kB. */
export function fileSize(bytes: number, locale: Locale) {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024)));
}
