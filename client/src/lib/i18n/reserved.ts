import { useI18nWith } from './index';
import { reservedEn } from './reserved.en';
import { reservedIt, type ReservedMessages } from './reserved.it';

export type { ReservedMessages };

/**
 * `useI18n` for the signed-in screens: the same helpers, with `t` extended by the reserved-area
 * text. Imported only by lazily loaded code, so the public bundle stays without it.
 */
const texts = { it: reservedIt, en: reservedEn };

export const useReservedI18n = () => useI18nWith(texts);
