import type { Summary } from '../dashboard-types';
import { integer, percent } from '../format';
import { useDashboardI18n } from '../text';

/** The key figures of each governance body, for the period. */
export function BodiesSection({ summary }: { summary: Summary }) {
  const { t, locale, pick } = useDashboardI18n();
  const b = t.dashboard.bodies;
  if (summary.bodies.length === 0) return null;
  return (
    <section className="dashboard-section" aria-labelledby="bodies-title">
      <h2 id="bodies-title">{b.title}</h2>
      <div className="table-wrap">
        <table className="table table-compact numbers">
          <caption className="visually-hidden">{b.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{b.body}</th>
              <th scope="col">{b.eventsHeld}</th>
              <th scope="col">{b.averageRate}</th>
              <th scope="col">{b.excused}</th>
              <th scope="col">{b.organizations}</th>
              <th scope="col">{b.people}</th>
            </tr>
          </thead>
          <tbody>
            {summary.bodies.map((x) => (
              <tr key={x.slug} className={summary.body?.slug === x.slug ? 'is-selected' : undefined}>
                <th scope="row">{pick(x.nameIt, x.nameEn)}</th>
                <td>{integer(x.eventsHeld, locale)}</td>
                <td>{percent(x.averageRate, locale)}</td>
                <td>{integer(x.excused, locale)}</td>
                <td>{integer(x.organizations.total, locale)}</td>
                <td>{integer(x.people.total, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary.eventsWithoutBody > 0 && <p className="small muted">{b.withoutBody(summary.eventsWithoutBody)}</p>}
    </section>
  );
}
