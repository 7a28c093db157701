import { useI18nWith } from '../../lib/i18n';
import { registerEn } from './text.en';
import { registerIt } from './text.it';

const texts = { it: registerIt, en: registerEn };

/** `useI18n` with `t.register`, the text of this feature. */
export const useRegisterI18n = () => useI18nWith('register', texts);
