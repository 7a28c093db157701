import { useI18n } from '../i18n';
import { errorsEn } from './en';
import { errorsIt } from './it';
import type { ErrorDictionary } from './types';

export type { ErrorDictionary };

const dictionaries = { it: errorsIt, en: errorsEn } satisfies Record<string, ErrorDictionary>;

/** The error sentences of the interface's language. Imported only by lazily loaded screens. */
export function useErrorText(): ErrorDictionary {
  return dictionaries[useI18n().locale];
}
