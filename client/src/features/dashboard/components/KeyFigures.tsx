import type { Summary } from '../dashboard-types';
import { integer, percent } from '../format';
import { useDashboardI18n } from '../text';

/** The key figures of the period, as cards; each card says how it is counted. */
export function KeyFigures({ summary: s }: { summary: Summary }) {
  const { t, locale } = useDashboardI18n();
  const f = t.dashboard.figures;
  return (
    <section aria-labelledby="key-figures">
      <h2 id="key-figures" className="visually-hidden">
        {f.title}
      </h2>
      <ul className="key-figures">
        <li className="key-figure">
          <span className="key-figure-label">{f.eventsHeld}</span>
          <span className="key-figure-value">{integer(s.eventsHeld, locale)}</span>
          <span className="key-figure-note">{f.eventsRecorded(s.eventsRecorded)}</span>
        </li>
        <li className="key-figure">
          <span className="key-figure-label">{f.averageRate}</span>
          <span className="key-figure-value">{percent(s.averageRate, locale)}</span>
          <span className="key-figure-note">
            {s.averageRate === null ? f.noRate : f.averageRateNote(percent(s.pooledRate, locale))}
            {s.excused > 0 && (
              <>
                <br />
                {f.excused(s.excused)}
              </>
            )}
          </span>
        </li>
        {(['organizations', 'people'] as const).map((k) => (
          <li className="key-figure" key={k}>
            <span className="key-figure-label">{f[k]}</span>
            <span className="key-figure-value">{integer(s[k].total, locale)}</span>
            <span className="key-figure-note">{f.participantsNote(s[k].fromEventTotals, s[k].fromRegisters, s[k].eventsWithoutFigure)}</span>
          </li>
        ))}
        <li className={s.organizationsAtRisk > 0 ? 'key-figure is-warning' : 'key-figure'}>
          <span className="key-figure-label">{f.atRisk}</span>
          <span className="key-figure-value">{integer(s.organizationsAtRisk, locale)}</span>
          <span className="key-figure-note">{f.atRiskNote}</span>
        </li>
      </ul>
    </section>
  );
}
