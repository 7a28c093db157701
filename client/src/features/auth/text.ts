import { useI18nWith } from '../../lib/i18n';
import { reservedEn } from '../../lib/i18n/reserved.en';
import { reservedIt } from '../../lib/i18n/reserved.it';
import { authEn } from './text.en';
import { authIt } from './text.it';

const texts = {
  it: { ...reservedIt, ...authIt },
  en: { ...reservedEn, ...authEn },
};

/** `useI18n` with the signed-in screens' shared text and `t.auth`, the text of this feature. */
export const useAuthI18n = () => useI18nWith(texts);
