import type { Summary } from '../dashboard-types';
import { integer, percent } from '../format';
import { useDashboardI18n } from '../text';

/** The four key figures of the period, as cards; each card says how it is counted. */
export function KeyFigures({ summary: s }: { summary: Summary }) {
  const { t, locale } = useDashboardI18n();
  const f = t.dashboard.figures;
  const p = s.participants;
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
        <li className="key-figure">
          <span className="key-figure-label">{f.participants}</span>
          <span className="key-figure-value">{integer(p.total, locale)}</span>
          <span className="key-figure-note">{f.participantsNote(p.fromEventTotals, p.fromRegisters, p.eventsWithoutFigure)}</span>
        </li>
        <li className={s.organizationsAtRisk > 0 ? 'key-figure is-warning' : 'key-figure'}>
          <span className="key-figure-label">{f.atRisk}</span>
          <span className="key-figure-value">{integer(s.organizationsAtRisk, locale)}</span>
          <span className="key-figure-note">{f.atRiskNote}</span>
        </li>
      </ul>
    </section>
  );
}
