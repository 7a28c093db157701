import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { eventStatusLabels, eventTypeLabels } from '@shared/enums';
import { isPastEvent } from '@shared/event-dates';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { useMe } from '../../lib/session';
import { trpc } from '../../lib/trpc';
import { LocationStatus } from '../../components/LocationStatus';
import { WebLink } from '../../components/WebLink';
import { EditEventLink } from './components/EventAdminActions';
import { EventBadges, EventFacts } from './components/EventFacts';
import { calendarFeedPath, type EventDetail } from './event-format';
import './events.css';
import { LastUpdated } from '../../components/LastUpdated';

export function EventPage() {
  const { slug = '' } = useParams();
  const { t, to, pick } = useI18n();
  const event = useQuery(trpc.events.bySlug.queryOptions({ slug }, { retry: false }));
  useDocumentTitle(
    event.data ? pick(event.data.titleIt, event.data.titleEn) : event.isError ? t.common.notFoundTitle : undefined,
  );
  return (
    <div className="container narrow event-page">
      <nav aria-label={t.common.breadcrumb} className="breadcrumb">
        <Link to={to('/events')}><span className="dir-arrow" aria-hidden="true">←</span> {t.events.back}</Link>
      </nav>
      <QueryState
        query={event}
        notFound={
          <div>
            <h1>{t.common.notFoundTitle}</h1>
            <p>{t.events.notFound}</p>
          </div>
        }
      >
        {(e) => (
          <>
            <LocationStatus />
            <EditEventLink slug={e.slug} title={pick(e.titleIt, e.titleEn)} />
            <EventView event={e} />
            <MemberLinks slug={e.slug} />
            <MemberMinutes eventId={e.id} />
          </>
        )}
      </QueryState>
    </div>
  );
}

// Minutes, decisions and actions are for signed-in members: anonymous visitors never download them.
const MinutesSection = lazy(() => import('./minutes/MinutesSection'));

function MemberMinutes({ eventId }: { eventId: number }) {
  const me = useMe();
  if (!me.data) return null;
  return (
    <Suspense fallback={null}>
      <MinutesSection eventId={eventId} me={me.data} />
    </Suspense>
  );
}

/** For signed-in members: the event's attendance register and its printable sign-in sheet. */
function MemberLinks({ slug }: { slug: string }) {
  const { t, to } = useI18n();
  const me = useMe();
  if (!me.data) return null;
  return (
    <section className="card" aria-labelledby="event-member-links">
      <h2 id="event-member-links" className="h5">
        {t.events.memberArea}
      </h2>
      <ul>
        <li>
          <Link to={to(`/events/${slug}/register`)}>{t.events.registerLink}</Link>
        </li>
        <li>
          <Link to={to(`/events/${slug}/sign-in-sheet`)}>{t.events.signInSheetLink}</Link>
        </li>
      </ul>
    </section>
  );
}

function EventView({ event: e }: { event: EventDetail }) {
  const { t, pick, langOf, label, locale } = useI18n();
  const agenda = pick(e.agendaIt, e.agendaEn);
  const outcome = pick(e.outcomeIt, e.outcomeEn);
  const unconfirmed = e.status === 'planned' && isPastEvent(e);
  return (
    <article>
      <p className="profile-kicker">{label(eventTypeLabels, e.type)}</p>
      <h1 className="event-page-title" lang={langOf(e.titleIt, e.titleEn)}>{pick(e.titleIt, e.titleEn)}</h1>
      <p className="event-badges">
        <EventBadges event={e} />
      </p>
      {(e.status === 'cancelled' || unconfirmed) && (
        <div className="callout" role="note">
          <p className="callout-title">
            {e.status === 'cancelled' ? label(eventStatusLabels, 'cancelled') : t.events.unconfirmed}
          </p>
          <p>{e.status === 'cancelled' ? t.events.cancelledText : t.events.unconfirmedText}</p>
        </div>
      )}
      <EventFacts event={e} className="facts facts-wide event-detail-facts" />
      <section>
        <h2>{t.events.agenda}</h2>
        {agenda ? <p lang={langOf(e.agendaIt, e.agendaEn)}>{agenda}</p> : <p className="muted">{t.events.noAgenda}</p>}
      </section>
      <section>
        <h2>{t.events.outcome}</h2>
        {outcome ? <p lang={langOf(e.outcomeIt, e.outcomeEn)}>{outcome}</p> : <p className="muted">{t.events.noOutcome}</p>}
      </section>
      {e.sources.length > 0 && (
        <section>
          <h2>{t.events.sources}</h2>
          <ul className="event-sources">
            {e.sources.map((s) => (
              <li key={s.url + (s.title ?? '')}>
                <WebLink href={s.url} display="host" lang="it">
                  {s.title}
                </WebLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a href={calendarFeedPath(locale)} download="coopera-events.ics">
          {t.events.calendarDownload}
        </a>
      </p>
      <LastUpdated at={e.updatedAt} />
    </article>
  );
}
