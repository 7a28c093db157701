import { useI18nWith } from '../../lib/i18n';
import { reservedEn } from '../../lib/i18n/reserved.en';
import { reservedIt } from '../../lib/i18n/reserved.it';
import { adminEn } from './text.en';
import { adminIt } from './text.it';

const texts = {
  it: { ...reservedIt, admin: { ...reservedIt.admin, ...adminIt.admin } },
  en: { ...reservedEn, admin: { ...reservedEn.admin, ...adminEn.admin } },
};

/** `useI18n` with the signed-in screens' shared text and the whole of `t.admin`, the text of this feature. */
export const useAdminI18n = () => useI18nWith(texts);
