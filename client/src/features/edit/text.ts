import { useI18nWith } from '../../lib/i18n';
import { reservedEn } from '../../lib/i18n/reserved.en';
import { reservedIt } from '../../lib/i18n/reserved.it';
import { editEn } from './text.en';
import { editIt } from './text.it';

const texts = {
  it: { ...reservedIt, ...editIt },
  en: { ...reservedEn, ...editEn },
};

/** `useI18n` with the signed-in screens' shared text and `t.edit`, the text of this feature. */
export const useEditI18n = () => useI18nWith(texts);
