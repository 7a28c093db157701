import { useMemo } from 'react';
import { useI18n } from './index';
import { reservedEn } from './reserved.en';
import { reservedIt, type ReservedMessages } from './reserved.it';

export type { ReservedMessages };

/**
 * `useI18n` for the signed-in screens: the same helpers, with `t` extended by the reserved-area
 * text. Imported only by lazily loaded code, so the public bundle stays without it.
 */
export function useReservedI18n() {
  const i18n = useI18n();
  const t = useMemo(
    () => ({ ...i18n.t, ...(i18n.locale === 'en' ? reservedEn : reservedIt) }),
    [i18n.t, i18n.locale],
  );
  return { ...i18n, t };
}
