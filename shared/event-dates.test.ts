import { describe, expect, it } from 'vitest';
import { endedOverADayAgo, eventStatusProblem, firstOfNextMonth, formatEventWhen, hasStarted, romeLocalToIso } from './event-dates';

const now = new Date('2026-03-10T09:30:00Z'); // 10:30 in Rome

describe('romeLocalToIso', () => {
  it('writes a Rome wall-clock time with the offset of that day', () => {
    expect(romeLocalToIso('2026-01-15', '10:00')).toBe('2026-01-15T10:00:00+01:00');
    expect(romeLocalToIso('2026-07-15', '10:00')).toBe('2026-07-15T10:00:00+02:00');
    // The last Sunday of March: 02:30 does not exist, and reads as the hour after the change.
    expect(romeLocalToIso('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(romeLocalToIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
  });
});

describe('event status rules', () => {
  it('knows when an event has started, by day for all-day events', () => {
    expect(hasStarted('2026-03-10', now)).toBe(true);
    expect(hasStarted('2026-03-11', now)).toBe(false);
    expect(hasStarted('2026-03-10T10:00:00+01:00', now)).toBe(true);
    expect(hasStarted('2026-03-10T11:00:00+01:00', now)).toBe(false);
  });

  it('gives a day of grace after an event ends', () => {
    expect(endedOverADayAgo({ startsAt: '2026-03-09', endsAt: null }, now)).toBe(false);
    expect(endedOverADayAgo({ startsAt: '2026-03-08', endsAt: null }, now)).toBe(true);
    expect(endedOverADayAgo({ startsAt: '2026-03-01', endsAt: '2026-03-09' }, now)).toBe(false);
  });

  it('refuses held before the start and planned long after the end without a register', () => {
    expect(eventStatusProblem({ status: 'held', startsAt: '2026-03-11', endsAt: null }, false, now)).toBe('EVENT_NOT_STARTED');
    expect(eventStatusProblem({ status: 'planned', startsAt: '2026-03-01', endsAt: null }, false, now)).toBe('EVENT_PAST_PLANNED');
    expect(eventStatusProblem({ status: 'planned', startsAt: '2026-03-01', endsAt: null }, true, now)).toBeNull();
    expect(eventStatusProblem({ status: 'cancelled', startsAt: '2026-03-11', endsAt: null }, false, now)).toBeNull();
    expect(eventStatusProblem({ status: 'held', startsAt: '2026-03-10', endsAt: null }, false, now)).toBeNull();
  });
});

describe('formatEventWhen', () => {
  it('gives a month-only date as the month, never as its first day', () => {
    expect(formatEventWhen({ startsAt: '2022-05-01', endsAt: null, datePrecision: 'month' }, 'it-IT')).toBe('maggio 2022');
    expect(formatEventWhen({ startsAt: '2022-05-01', endsAt: null, datePrecision: 'month' }, 'en-GB')).toBe('May 2022');
    expect(formatEventWhen({ startsAt: '2022-03-01', endsAt: '2022-05-31', datePrecision: 'month' }, 'it-IT')).toBe('marzo – maggio 2022');
    expect(formatEventWhen({ startsAt: '2022-11-01', endsAt: '2023-02-28', datePrecision: 'month' }, 'it-IT')).toBe('novembre 2022 – febbraio 2023');
    expect(formatEventWhen({ startsAt: '2022-05-01', endsAt: null, datePrecision: 'month' }, 'it-IT', 'medium')).toBe('mag 2022');
  });

  it('gives days and times in Rome', () => {
    expect(formatEventWhen({ startsAt: '2022-05-01', endsAt: null }, 'it-IT')).toBe('1 maggio 2022');
    expect(formatEventWhen({ startsAt: '2022-03-01', endsAt: '2022-05-31' }, 'it-IT')).toBe('1 marzo – 31 maggio 2022');
    expect(formatEventWhen({ startsAt: '2022-01-31T15:00:00+01:00', endsAt: '2022-01-31T17:00:00+01:00' }, 'it-IT')).toMatch(
      /^31 gennaio 2022, 15:00\s?–\s?17:00$/,
    );
  });

  it('finds the exclusive end of a month-only range', () => {
    expect(firstOfNextMonth('2022-05-31')).toBe('2022-06-01');
    expect(firstOfNextMonth('2022-12-01')).toBe('2023-01-01');
  });
});
