import { isRecordLocale } from '@shared/locales';
import { useI18n } from '../i18n';
import { errorsEn } from './en';
import { errorsIt } from './it';
import type { ErrorDictionary } from './types';

export type { ErrorDictionary };

const dictionaries = { it: errorsIt, en: errorsEn } satisfies Record<string, ErrorDictionary>;

/**
 * The error sentences of the interface's language. Imported only by lazily loaded screens, the
 * signed-in ones, which are Italian in the languages they are not written in.
 */
export function useErrorText(): ErrorDictionary {
  const { locale } = useI18n();
  return isRecordLocale(locale) ? dictionaries[locale] : dictionaries.it;
}
