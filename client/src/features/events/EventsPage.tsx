import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EVENT_TYPES, eventTypeLabels, type EventType } from '@shared/enums';
import { FilterFooter, FilterSelect } from '../../components/FilterBar';
import { BeyondLastPage, Pager, pageParam } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';
import { useUrlFilters } from '../../lib/url-filters';
import { LocationStatus } from '../../components/LocationStatus';
import { CALENDAR_ANCHOR, CalendarBox } from './components/CalendarBox';
import { BodiesLinks, NewEventLink } from './components/EventAdminActions';
import { EventBadges, EventFacts } from './components/EventFacts';
import { eventYear, type EventListItem, type EventPage, type GovernanceBody } from './event-format';
import './events.css';
import { LastUpdated } from '../../components/LastUpdated';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Type, body and year filters, kept in the URL (?type=webinar&body=tavoli-tecnici-coopera&year=2022). */
function useEventFilters() {
  const { params, setFilter: setOne, reset } = useUrlFilters<'type' | 'body' | 'year'>();
  // Other filters make another list: it starts again from its first page.
  const setFilter = (key: 'type' | 'body' | 'year', value: string) => setOne(key, value, ['page']);
  const rawType = params.get('type') ?? '';
  const type = (EVENT_TYPES as readonly string[]).includes(rawType) ? (rawType as EventType) : undefined;
  const rawBody = params.get('body') ?? '';
  const body = SLUG.test(rawBody) ? rawBody : undefined;
  const rawYear = params.get('year') ?? '';
  const year = /^(19|20)\d\d$/.test(rawYear) ? Number(rawYear) : undefined;
  const active = Boolean(type || body || year);
  const input = active
    ? {
        ...(type && { type }),
        ...(body && { bodySlug: body }),
        ...(year && { from: `${year}-01-01`, to: `${year}-12-31` }),
      }
    : undefined;
  return { type, body, year, active, input, setFilter, reset };
}
type EventFilters = ReturnType<typeof useEventFilters>;

export function EventsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.events.title);
  const filters = useEventFilters();
  const [params] = useSearchParams();
  const page = pageParam(params);
  const bodies = useQuery(trpc.events.bodies.queryOptions());
  // One page of the events (the years to filter by come with it), so that thousands never load whole.
  const list = useQuery({ ...trpc.events.page.queryOptions({ filters: filters.input, page }), placeholderData: keepPreviousData });

  return (
    <div className="container events-page">
      <LocationStatus />
      <div className="page-heading-row">
        <h1>{t.events.title}</h1>
        <NewEventLink />
      </div>
      <p className="lead-text">{t.events.intro}</p>
      <p className="muted small">{t.events.timesInRome}</p>
      {/* On narrow screens the calendar box follows the list: this link leads there. */}
      <p className="calendar-jump">
        <a href={`#${CALENDAR_ANCHOR}`}>{t.events.calendarJump} ↓</a>
      </p>
      <div className="events-layout">
        <CalendarBox />
        <div className="events-main">
          <EventFilterBar
            filters={filters}
            bodies={bodies.data ?? []}
            years={list.data?.years ?? (filters.year ? [filters.year] : [])}
            resultCount={list.isPlaceholderData ? undefined : list.data?.total}
          />
          <QueryState query={list}>
            {(d) =>
              d.items.length === 0 && d.total > 0 ? (
                <BeyondLastPage text={t.directory.pager} />
              ) : d.total === 0 && filters.active ? (
                <div className="state state-empty">
                  <p>{t.events.empty}</p>
                  <button type="button" className="btn btn-outline" onClick={filters.reset}>
                    {t.events.reset}
                  </button>
                </div>
              ) : (
                <>
                  <EventSections data={d} filtered={filters.active} />
                  <Pager page={d.page} pages={d.pages} text={t.directory.pager} />
                  <LastUpdated at={d.lastModified} />
                </>
              )
            }
          </QueryState>
        </div>
      </div>
      <BodiesLinks bodies={bodies.data ?? []} />
    </div>
  );
}

function EventFilterBar({
  filters,
  bodies,
  years,
  resultCount,
}: {
  filters: EventFilters;
  bodies: GovernanceBody[];
  years: number[];
  resultCount: number | undefined;
}) {
  const { t, options, pick } = useI18n();
  const id = useId();
  const select = (
    key: 'type' | 'body' | 'year',
    text: string,
    value: string,
    options: { value: string; label: string }[],
  ) => (
    <FilterSelect
      id={`${id}-${key}`}
      name={key}
      label={text}
      value={value}
      anyLabel={t.events.any}
      options={options}
      onValue={(v) => filters.setFilter(key, v)}
    />
  );
  return (
    <form className="filter-bar event-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend className="visually-hidden">{t.events.filtersLegend}</legend>
        <div className="event-filter-selects">
          {select(
            'type',
            t.events.type,
            filters.type ?? '',
            options(EVENT_TYPES, eventTypeLabels),
          )}
          {select(
            'body',
            t.events.body,
            filters.body ?? '',
            bodies.map((b) => ({ value: b.slug, label: pick(b.nameIt, b.nameEn) })),
          )}
          {select(
            'year',
            t.events.year,
            filters.year ? String(filters.year) : '',
            years.map((y) => ({ value: String(y), label: String(y) })),
          )}
        </div>
      </fieldset>
      <FilterFooter
        results={resultCount === undefined ? '' : t.events.results(resultCount)}
        active={filters.active}
        onReset={filters.reset}
        resetLabel={t.events.reset}
      />
    </form>
  );
}

/** One page of the events: its upcoming ones soonest first, then its past ones newest first, by year. */
function EventSections({ data, filtered }: { data: EventPage; filtered: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const upcoming = data.items.filter((e) => !e.past);
  const past = data.items.filter((e) => e.past);
  const years = [...new Set(past.map(eventYear))];
  // The sections' "none" messages belong where the sequence has them: "no upcoming" on the first page.
  const showUpcoming = upcoming.length > 0 || (!filtered && data.page === 1 && data.upcomingTotal === 0);
  const showPast = past.length > 0 || (!filtered && data.total === data.upcomingTotal && data.page === data.pages);
  return (
    <>
      {showUpcoming && (
        <section className="event-section" aria-labelledby={`${id}-upcoming`}>
          <h2 id={`${id}-upcoming`}>{t.events.upcoming}</h2>
          {upcoming.length > 0 ? (
            <EventList events={upcoming} heading="h3" />
          ) : (
            <p className="state state-empty">{t.events.noUpcoming}</p>
          )}
        </section>
      )}
      {showPast && (
        <section className="event-section" aria-labelledby={`${id}-past`}>
          <h2 id={`${id}-past`}>{t.events.past}</h2>
          {past.length === 0 && <p className="state state-empty">{t.events.noPast}</p>}
          {years.map((year) => (
            <section key={year} aria-labelledby={`${id}-y${year}`}>
              <h3 id={`${id}-y${year}`} className="event-year">
                {year}
              </h3>
              <EventList events={past.filter((e) => eventYear(e) === year)} heading="h4" />
            </section>
          ))}
        </section>
      )}
    </>
  );
}

function EventList({ events, heading: Heading }: { events: EventListItem[]; heading: 'h3' | 'h4' }) {
  const { to, pick, langOf, label } = useI18n();
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.slug} className={`event-card event-card-${e.status}`}>
          <article aria-labelledby={`event-${e.slug}`}>
            <p className="event-kicker">
              <span className="event-type">{label(eventTypeLabels, e.type)}</span> <EventBadges event={e} />
            </p>
            <Heading id={`event-${e.slug}`} className="event-title">
              <Link to={to(`/events/${e.slug}`)} lang={langOf(e.titleIt, e.titleEn)}>{pick(e.titleIt, e.titleEn)}</Link>
            </Heading>
            <EventFacts event={e} />
          </article>
        </li>
      ))}
    </ul>
  );
}
