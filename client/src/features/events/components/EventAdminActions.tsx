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
