import { Link } from 'react-router';
import { hasRole } from '../../../lib/permissions';
import { useMe } from '../../../lib/session';
import { useEventEditI18n } from '../text';

/** "Nuovo evento" on the events list, for coordinators. */
export function NewEventLink() {
  const { t, to } = useEventEditI18n();
  const me = useMe();
  if (!me.data || !hasRole(me.data, 'coordinator')) return null;
  return (
    <p className="event-admin-actions">
      <Link className="btn btn-primary" to={to('/events/new')}>
        {t.eventEdit.newAction}
      </Link>
    </p>
  );
}

/** "Modifica" on an event's page, for coordinators. */
export function EditEventLink({ slug, title }: { slug: string; title: string }) {
  const { t, to } = useEventEditI18n();
  const me = useMe();
  if (!me.data || !hasRole(me.data, 'coordinator')) return null;
  return (
    <p className="event-admin-actions">
      <Link className="btn btn-outline" to={to(`/events/${slug}/edit`)} aria-label={t.eventEdit.editActionLong(title)}>
        {t.eventEdit.editAction}
      </Link>
    </p>
  );
}

/** For signed-in members: the bodies, with a link to each one's members. */
export function BodiesLinks({ bodies }: { bodies: { slug: string; nameIt: string; nameEn: string; memberCount: number }[] }) {
  const { t, to, pick } = useEventEditI18n();
  const me = useMe();
  if (!me.data || bodies.length === 0) return null;
  return (
    <section className="card bodies-links" aria-labelledby="bodies-links-title">
      <h2 id="bodies-links-title" className="h5">
        {t.bodiesNav.title}
      </h2>
      <p className="small">{t.bodiesNav.intro}</p>
      <ul>
        {bodies.map((b) => (
          <li key={b.slug}>
            <Link to={to(`/bodies/${b.slug}`)}>{t.bodiesNav.link(pick(b.nameIt, b.nameEn), b.memberCount)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
