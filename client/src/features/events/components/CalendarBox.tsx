import { useId } from 'react';
import { useI18n } from '../../../lib/i18n';
import { calendarFeedPath } from '../event-format';

export const CALENDAR_ANCHOR = 'calendar';

/** Download the iCal file once, or subscribe to it (webcal) so the calendar keeps itself up to date. */
export function CalendarBox() {
  const { t, locale } = useI18n();
  const id = useId();
  const path = calendarFeedPath(locale);
  const httpUrl = `${window.location.origin}${path}`;
  const webcalUrl = httpUrl.replace(/^https?:/, 'webcal:');
  return (
    <aside className="calendar-box" id={CALENDAR_ANCHOR} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{t.events.calendarTitle}</h2>
      <p>{t.events.calendarIntro}</p>
      <p className="calendar-actions">
        <a className="btn btn-primary" href={path} download="coopera-events.ics" type="text/calendar">
          <CalendarIcon />
          {t.events.calendarDownload}
        </a>
        <a className="btn btn-outline" href={webcalUrl}>
          {t.events.calendarSubscribe}
        </a>
      </p>
      <details className="calendar-help">
        <summary>{t.events.calendarHow}</summary>
        <p>{t.events.calendarHelp}</p>
        <label htmlFor={`${id}-url`}>{t.events.calendarUrl}</label>
        <input
          id={`${id}-url`}
          type="text"
          readOnly
          value={httpUrl}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
      </details>
    </aside>
  );
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
      <rect x="3" y="5" width="18" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M3 10h18M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
