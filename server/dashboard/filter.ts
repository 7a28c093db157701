import type { DashboardFilter } from '../../shared/schemas/dashboard';
import type { Db } from '../db/client';
import { stmt } from '../db/statements';
import { appError } from '../errors';

export type BodyRef = { id: number; slug: string; nameIt: string; nameEn: string };

/** A validated period and body, ready for the statements. */
export type Filter = {
  from: string;
  to: string;
  /**
   * `to` followed by "~", which sorts after "T" and every digit: `starts_at < toExclusive` keeps the
   * whole last day, whether `starts_at` is a bare date or a date-time.
   */
  toExclusive: string;
  body: BodyRef | null;
};

const endOfDay = (day: string) => `${day}~`;

export function resolveFilter(db: Db, input: DashboardFilter): Filter {
  let body: BodyRef | null = null;
  if (input.body) {
    body =
      (stmt(db, 'SELECT id, slug, name_it AS nameIt, name_en AS nameEn FROM governance_bodies WHERE slug = ?').get(
        input.body,
      ) as BodyRef | undefined) ?? null;
    if (!body) throw appError('BODY_NOT_FOUND', { ref: `"${input.body}"` });
  }
  return { from: input.from, to: input.to, toExclusive: endOfDay(input.to), body };
}

/** The named parameters every dashboard statement reads (`@from`, `@to`, `@toExclusive`, `@bodyId`), and `extra`. */
export const params = (f: Filter, extra: Record<string, unknown> = {}) => ({
  from: f.from,
  to: f.to,
  toExclusive: f.toExclusive,
  bodyId: f.body?.id ?? null,
  ...extra,
});
