import { useI18nWith } from '../../lib/i18n';
import { reservedEn } from '../../lib/i18n/reserved.en';
import { reservedIt } from '../../lib/i18n/reserved.it';
import { accountEn } from './text.en';
import { accountIt } from './text.it';

const texts = {
  it: { ...reservedIt, account: { ...reservedIt.account, ...accountIt.account } },
  en: { ...reservedEn, account: { ...reservedEn.account, ...accountEn.account } },
};

/** `useI18n` with the signed-in screens' shared text and the whole of `t.account`, the text of this feature. */
export const useAccountI18n = () => useI18nWith(texts);
