import { useI18nWith } from '../../lib/i18n';
import { reservedEn } from '../../lib/i18n/reserved.en';
import { reservedIt } from '../../lib/i18n/reserved.it';
import { actionsPageEn } from './text.en';
import { actionsPageIt } from './text.it';

const texts = {
  it: { ...reservedIt, ...actionsPageIt },
  en: { ...reservedEn, ...actionsPageEn },
};

/** `useI18n` with the reserved screens' text and `t.actionsPage`. */
export const useActionsI18n = () => useI18nWith(texts);
