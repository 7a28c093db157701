/**
 * Event dates as the app stores them: ISO 8601 with the Europe/Rome offset of that instant
 * ("2022-01-31T15:00:00+01:00"), or a bare date ("2022-03-24") when the sources give no time.
 * Plain functions (no zod) so the client can use them without pulling in the schemas.
 */

export const EVENT_TIME_ZONE = 'Europe/Rome';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True for "2022-03-24", false for a date with a time. */
export const isDateOnly = (value: string): boolean => DATE_ONLY.test(value);

const romeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** Rome's UTC offset at an instant, as "+01:00" (winter) or "+02:00" (summer time). */
export function romeOffset(instant: Date): string {
  const name = romeParts.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT+01:00"; "GMT" alone would mean +00:00, which Rome never has, but stay correct anyway.
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** The same instant written in Rome's local time with its offset: "2022-01-31T15:00:00+01:00". */
export function toRomeIso(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  const p = Object.fromEntries(romeParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${romeOffset(instant)}`;
}

/** The calendar day (in Rome) an event value falls on: "2022-01-31". */
export function romeDay(value: string): string {
  if (isDateOnly(value)) return value;
  return toRomeIso(value).slice(0, 10);
}

/** The day after a "YYYY-MM-DD" date (exclusive end of an all-day range). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Today's date in Rome, "YYYY-MM-DD". */
export const romeToday = (now: Date = new Date()): string => toRomeIso(now).slice(0, 10);

/** Whether an event is over: its last day (Rome) is before today. An event of today is still upcoming. */
export function isPastEvent(event: { startsAt: string; endsAt: string | null }, now: Date = new Date()): boolean {
  const last = event.endsAt ?? event.startsAt;
  return romeDay(last) < romeToday(now);
}

/** Whether an event has begun: its start instant (or, for a bare date, its day in Rome) has come. */
export function hasStarted(startsAt: string, now: Date = new Date()): boolean {
  return isDateOnly(startsAt) ? startsAt <= romeToday(now) : new Date(startsAt) <= now;
}

/** Whether an event ended more than a day ago: the day after its last day (Rome) is already past. */
export function endedOverADayAgo(event: { startsAt: string; endsAt: string | null }, now: Date = new Date()): boolean {
  return nextDay(romeDay(event.endsAt ?? event.startsAt)) < romeToday(now);
}

/**
 * The status rules of an event, in one place for the server and the form: `held` only once it has
 * started; `planned` not once it ended more than a day ago, unless a register was taken (the
 * coordinator is then still closing it).
 */
export function eventStatusProblem(
  event: { status: string; startsAt: string; endsAt: string | null },
  hasRegister: boolean,
  now: Date = new Date(),
): 'EVENT_NOT_STARTED' | 'EVENT_PAST_PLANNED' | null {
  if (event.status === 'held' && !hasStarted(event.startsAt, now)) return 'EVENT_NOT_STARTED';
  if (event.status === 'planned' && !hasRegister && endedOverADayAgo(event, now)) return 'EVENT_PAST_PLANNED';
  return null;
}

/**
 * A wall-clock time in Rome ("2031-06-10", "10:00") as a date-time with the offset Rome had then:
 * "2031-06-10T10:00:00+02:00". Of the two offsets Rome uses, the one that reads back as the same
 * wall-clock time wins; a time skipped by the spring change reads as the hour after it.
 */
export function romeLocalToIso(day: string, time: string): string {
  const local = `${day}T${time.length === 5 ? `${time}:00` : time}`;
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = toRomeIso(`${local}${offset}`);
    if (candidate.slice(0, 19) === local) return candidate;
  }
  return toRomeIso(`${local}+01:00`);
}

/** What a date of an event says: its dates and how much of them the sources give. */
export type EventDates = { startsAt: string; endsAt: string | null; datePrecision?: 'day' | 'month' };

/** A bare date is a calendar day: read it at noon UTC so no time zone moves it to another day. */
const asInstant = (value: string) => new Date(isDateOnly(value) ? `${value}T12:00:00Z` : value);

/**
 * When an event takes place, in Rome time, in a BCP 47 language: "29 marzo 2023",
 * "31 gennaio 2022, 15:00–17:00", "1 marzo – 31 maggio 2022"; with only the month known,
 * "maggio 2022" or "marzo – maggio 2022", never a day the sources do not give.
 * `style` is the date style of a day ("long" in lists and pages, "medium" in tables, "full" on a register).
 */
export function formatEventWhen(e: EventDates, lang: string, style: 'long' | 'medium' | 'full' = 'long'): string {
  const start = asInstant(e.startsAt);
  const end = e.endsAt ? asInstant(e.endsAt) : null;
  if (e.datePrecision === 'month') {
    const month = (withYear: boolean) =>
      new Intl.DateTimeFormat(lang, {
        timeZone: EVENT_TIME_ZONE,
        month: style === 'medium' ? 'short' : 'long',
        ...(withYear ? { year: 'numeric' } : {}),
      });
    if (!end || e.endsAt!.slice(0, 7) === e.startsAt.slice(0, 7)) return month(true).format(start);
    const sameYear = e.startsAt.slice(0, 4) === e.endsAt!.slice(0, 4);
    return `${month(!sameYear).format(start)} – ${month(true).format(end)}`;
  }
  const allDay = isDateOnly(e.startsAt);
  const day = new Intl.DateTimeFormat(lang, {
    timeZone: EVENT_TIME_ZONE,
    dateStyle: style,
    ...(allDay ? {} : { timeStyle: 'short' }),
  });
  if (!end) return day.format(start);
  if (!allDay) return day.formatRange(start, end);
  if (romeDay(e.startsAt) === romeDay(e.endsAt!)) return day.format(start);
  // ICU writes "01 marzo – 31 maggio 2022": build the range by hand, without the leading zero.
  const sameYear = e.startsAt.slice(0, 4) === e.endsAt!.slice(0, 4);
  const first = new Intl.DateTimeFormat(lang, {
    timeZone: EVENT_TIME_ZONE,
    day: 'numeric',
    month: style === 'medium' ? 'short' : 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(start);
  return `${first} – ${day.format(end)}`;
}

/** The first day of the month after a "YYYY-MM-DD" date's month: the exclusive end of a month-only range. */
export function firstOfNextMonth(day: string): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** The year (in Rome) an event starts in. */
export const eventYear = (e: { startsAt: string }): number => Number(romeDay(e.startsAt).slice(0, 4));

/** Every year an event list touches, newest first. */
export function eventYears(list: readonly { startsAt: string; endsAt: string | null }[]): number[] {
  const years = new Set<number>();
  for (const e of list) {
    const last = Number(romeDay(e.endsAt ?? e.startsAt).slice(0, 4));
    for (let y = eventYear(e); y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}
