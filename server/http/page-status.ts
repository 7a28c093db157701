/**
 * The HTTP status of an app page: 200 for a page the app has, 404 for any other path (the app still
 * renders its not-found page), also when the partner, event or body its slug names does not exist. A
 * members-only event is "not found" for a request without a session, as its API answers.
 */
import { eq } from 'drizzle-orm';
import { matchPage } from '../../shared/routes';
import type { Db } from '../db/client';
import { events, governanceBodies, organizations } from '../db/schema';

export function pageStatus(db: Db, pathname: string, hasSession: boolean): 200 | 404 {
  const match = matchPage(pathname);
  if (!match) return 404;
  const slug = match.slug;
  if (!slug) return 200;
  if (slug.kind === 'partner') {
    return db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug.value)).get() ? 200 : 404;
  }
  if (slug.kind === 'body') {
    return db.select({ id: governanceBodies.id }).from(governanceBodies).where(eq(governanceBodies.slug, slug.value)).get() ? 200 : 404;
  }
  const event = db.select({ isPublic: events.isPublic }).from(events).where(eq(events.slug, slug.value)).get();
  return event && (event.isPublic || hasSession) ? 200 : 404;
}
