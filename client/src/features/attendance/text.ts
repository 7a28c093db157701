import { useI18nWith } from '../../lib/i18n';
import { attendanceEn } from './text.en';
import { attendanceIt } from './text.it';

const texts = { it: attendanceIt, en: attendanceEn };

/** `useI18n` with `t.register` and `t.signIn`, the text of this feature. */
export const useAttendanceI18n = () => useI18nWith(texts);
