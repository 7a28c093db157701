import { useI18nWith } from '../../lib/i18n';
import { reservedEn } from '../../lib/i18n/reserved.en';
import { reservedIt } from '../../lib/i18n/reserved.it';
import { eventEditEn } from './text.en';
import { eventEditIt } from './text.it';

const texts = {
  it: { ...reservedIt, ...eventEditIt },
  en: { ...reservedEn, ...eventEditEn },
};

/** `useI18n` with the signed-in screens' shared text and `t.eventEdit`, the event editor's text. */
export const useEventEditI18n = () => useI18nWith(texts);
