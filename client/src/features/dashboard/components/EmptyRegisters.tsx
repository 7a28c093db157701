import { Link } from 'react-router';
import { useDashboardI18n } from '../text';

/** The real database has no attendance: say why, and how to record the first register. */
export function EmptyRegisters() {
  const { t, to } = useDashboardI18n();
  const e = t.dashboard.empty;
  return (
    <section className="empty-registers" aria-labelledby="empty-registers">
      <h2 id="empty-registers">{e.title}</h2>
      <p>{e.text}</p>
      <h3>{e.howTitle}</h3>
      <ol>
        <li>{e.how1}</li>
        <li>{e.how2}</li>
        <li>{e.how3}</li>
      </ol>
      <p>
        <Link className="btn btn-primary" to={to('/events')}>
          {e.eventsLink}
        </Link>
      </p>
      <p className="small muted">
        {e.demo} <code>npm run seed:demo</code>.
      </p>
    </section>
  );
}
