import { useI18nWith } from '../../lib/i18n';
import { reservedEn } from '../../lib/i18n/reserved.en';
import { reservedIt } from '../../lib/i18n/reserved.it';
import { bodiesEn } from './text.en';
import { bodiesIt } from './text.it';

const texts = {
  it: { ...reservedIt, ...bodiesIt },
  en: { ...reservedEn, ...bodiesEn },
};

/** `useI18n` with the reserved screens' text and `t.bodies`. */
export const useBodiesI18n = () => useI18nWith(texts);
