import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { eventModeLabels, eventStatusLabels } from '@shared/enums';
import { isPastEvent } from '@shared/event-dates';
import { useI18n } from '../../../lib/i18n';
import { formatEventWhen, type EventListItem } from '../event-format';

/**
 * Notes on dates, organisers and participants are recorded in Italian only; on the other languages'
 * pages they carry lang="it" so that screen readers pronounce them correctly.
 */
function ItalianNote({ children }: { children: string }) {
  return <span lang={useI18n().itLang}>{children}</span>;
}

/** The date, flagged when the sources do not state it outright, with the reason. */
export function EventWhen({ event }: { event: EventListItem }) {
  const { t, locale } = useI18n();
  return (
    <>
      <time dateTime={event.datePrecision === 'month' ? event.startsAt.slice(0, 7) : event.startsAt}>{formatEventWhen(event, locale)}</time>
      {event.dateConfidence === 'inferred' && (
        <>
          {' '}
          <span className="badge badge-inferred" title={t.events.inferredLong}>
            {t.events.inferred}
          </span>
        </>
      )}
      {event.dateNote && (
        <span className="event-note">
          {' '}
          (<ItalianNote>{event.dateNote}</ItalianNote>)
        </span>
      )}
    </>
  );
}

/** Cancelled, announced but never confirmed, members-only: whatever sets the event apart. */
export function EventBadges({ event }: { event: EventListItem }) {
  const { t, label } = useI18n();
  const unconfirmed = event.status === 'planned' && isPastEvent(event);
  return (
    <>
      {event.status === 'cancelled' && (
        <span className="badge badge-event-cancelled">{label(eventStatusLabels, 'cancelled')}</span>
      )}
      {unconfirmed && <span className="badge badge-event-unconfirmed">{t.events.unconfirmed}</span>}
      {!event.isPublic && <span className="badge badge-members-only">{t.events.membersOnly}</span>}
    </>
  );
}

/** "Palermo", "Online", "NH Hotel, Palermo — in presenza e online". */
export function EventPlace({ event }: { event: EventListItem }) {
  const { label } = useI18n();
  if (!event.place && !event.mode) return null;
  if (event.mode === 'online') return <>{event.place ?? label(eventModeLabels, 'online')}</>;
  if (!event.mode || event.mode === 'in_person') return <>{event.place}</>;
  return (
    <>
      {event.place && `${event.place} — `}
      {label(eventModeLabels, event.mode)}
    </>
  );
}

/** "Comune di Palermo" rather than a bare "Palermo", which reads as the place; else "ASP Trapani", "ANCI Sicilia". */
const organizerName = (o: NonNullable<EventListItem['organizer']>) => (o.type === 'municipality' ? o.name : o.shortName);

export function EventOrganizer({ event }: { event: EventListItem }) {
  const { to } = useI18n();
  if (!event.organizer) return null;
  return (
    <>
      <Link to={to(`/partners/${event.organizer.slug}`)}>{organizerName(event.organizer)}</Link>
      {event.organizerNote && (
        <>
          {' '}
          <ItalianNote>{event.organizerNote}</ItalianNote>
        </>
      )}
    </>
  );
}

export function EventParticipants({ event }: { event: EventListItem }) {
  if (event.totalParticipants === null && !event.participantsNote) return null;
  return (
    <>
      {event.totalParticipants !== null && <strong>{event.totalParticipants}</strong>}
      {event.totalParticipants !== null && event.participantsNote && ' '}
      {event.participantsNote && (
        <span className="event-note">
          {event.totalParticipants !== null ? '(' : ''}
          <ItalianNote>{event.participantsNote}</ItalianNote>
          {event.totalParticipants !== null ? ')' : ''}
        </span>
      )}
    </>
  );
}

/** Date, organiser, place and participants as a description list; rows without data are left out. */
export function EventFacts({ event, className = 'event-facts' }: { event: EventListItem; className?: string }) {
  const { t, pick, langOf } = useI18n();
  const rows: [string, ReactNode][] = [
    [t.events.date, <EventWhen event={event} />],
    [t.events.organizer, event.organizer ? <EventOrganizer event={event} /> : null],
    [t.events.place, event.place || event.mode ? <EventPlace event={event} /> : null],
    [t.events.body, event.body ? <span lang={langOf(event.body.nameIt, event.body.nameEn)}>{pick(event.body.nameIt, event.body.nameEn)}</span> : null],
    [t.events.organizations, event.totalOrganizations !== null ? <strong>{event.totalOrganizations}</strong> : null],
    [
      t.events.people,
      event.totalParticipants !== null || event.participantsNote ? <EventParticipants event={event} /> : null,
    ],
  ];
  return (
    <dl className={className}>
      {rows
        .filter(([, value]) => value !== null)
        .map(([term, value]) => (
          <div key={term} className="event-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
