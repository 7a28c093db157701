import { useI18nWith } from '../../lib/i18n';
import { dashboardEn } from './text.en';
import { dashboardIt } from './text.it';

const texts = { it: { dashboard: dashboardIt }, en: { dashboard: dashboardEn } };

/** `useI18n` with `t.dashboard`, the text of this feature. */
export const useDashboardI18n = () => useI18nWith(texts);
