import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { insertEvent } from '../../tests/support/attendance-fixtures';
import { createTestDb, createTestUser } from '../test-utils';
import { applyRetention } from './retention';
import { attendancePeople, loginDevices, loginThrottle, organizations, sessions } from './schema';

const { db, cleanup } = createTestDb();
afterAll(() => cleanup());

const NOW = new Date('2026-12-07T10:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000).toISOString();

describe('retention, as the privacy notice states it', () => {
  it('erases what is past its time and keeps the rest', async () => {
    const user = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo' });
    const event = insertEvent(db);
    const orgId = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'comune-di-palermo')).get()!.id;
    const person = (name: string, eraseAfter: string) =>
      db.insert(attendancePeople).values({ eventId: event.id, organizationId: orgId, name, legalBasis: 'public_task', eraseAfter }).run();
    person('Da cancellare', '2026-12-06');
    person('Da tenere', '2026-12-07');
    db.update(sessions).set({ lastSeenAt: hoursAgo(0.1), expiresAt: hoursAgo(-2) }).where(eq(sessions.id, user.sessionId)).run();
    db.insert(sessions).values({ id: 'expired', userId: user.row.id, createdAt: hoursAgo(20), lastSeenAt: hoursAgo(0.1), expiresAt: hoursAgo(1) }).run();
    db.insert(sessions).values({ id: 'idle', userId: user.row.id, createdAt: hoursAgo(3), lastSeenAt: hoursAgo(2), expiresAt: hoursAgo(-5) }).run();
    db.insert(loginThrottle).values([
      { key: 'ip:203.0.113.9', failures: 3, lastFailureAt: hoursAgo(2) },
      { key: 'ip:203.0.113.10', failures: 3, lastFailureAt: hoursAgo(0.2) },
      { key: 'account:blocked@example.org', failures: 40, lastFailureAt: hoursAgo(2), blockedUntil: hoursAgo(-0.1) },
    ]).run();
    db.insert(loginDevices).values([
      { id: 'old', userId: user.row.id, createdAt: hoursAgo(24 * 400), lastUsedAt: hoursAgo(24 * 181) },
      { id: 'recent', userId: user.row.id, createdAt: hoursAgo(24 * 400), lastUsedAt: hoursAgo(24 * 10) },
    ]).run();

    expect(applyRetention(db, NOW)).toEqual({ people: 1, sessions: 2, throttle: 1, devices: 1 });
    expect(db.select({ name: attendancePeople.name }).from(attendancePeople).all()).toEqual([{ name: 'Da tenere' }]);
    expect(db.select({ id: sessions.id }).from(sessions).all()).toEqual([{ id: user.sessionId }]);
    expect(db.select({ key: loginThrottle.key }).from(loginThrottle).all().map((r) => r.key).sort()).toEqual([
      'account:blocked@example.org',
      'ip:203.0.113.10',
    ]);
    expect(db.select({ id: loginDevices.id }).from(loginDevices).all()).toEqual([{ id: 'recent' }]);
    // Nothing left to erase: a second run changes nothing.
    expect(applyRetention(db, NOW)).toEqual({ people: 0, sessions: 0, throttle: 0, devices: 0 });
  });
});
