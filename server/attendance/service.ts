import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import {
  type AttendanceConfirmOwn,
  type AttendanceInviteInput,
  type AttendanceLine,
  type AttendanceRemoveInput,
  type ImportCommitInput,
  type ImportPreviewInput,
} from '../../shared/schemas/attendance';
import { assertCanEditOrganization } from '../auth/policy';
import type { SessionUser } from '../auth/session';
import { writeAudit } from '../audit/audited';
import type { Db, Tx } from '../db/client';
import {
  attendance,
  attendanceImports,
  bodyMembers,
  contactPoints,
  events,
  governanceBodies,
  memberships,
  organizationEmailDomains,
  organizations,
} from '../db/schema';
import { stmt } from '../db/statements';
import { createMatcher, type MatchableOrganization } from './matching';
import { appError } from '../errors';
import type { EventHeading } from '../events/service';

type AttendanceRow = typeof attendance.$inferSelect;

const now = () => new Date().toISOString();

function loadEvent(db: Db | Tx, eventId: number) {
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw appError('EVENT_NOT_FOUND', { ref: String(eventId) });
  return event;
}

/** The event whose register is about to change: a cancelled event's register is read-only. */
function loadWritableEvent(tx: Tx, eventId: number) {
  const event = loadEvent(tx, eventId);
  if (event.status === 'cancelled') throw appError('EVENT_CANCELLED');
  return event;
}

/** Every organisation named must exist: an unknown id is a malformed request, not a new organisation. */
function assertOrganizationsExist(tx: Tx, ids: number[]) {
  if (ids.length === 0) return;
  const found = new Set(
    tx.select({ id: organizations.id }).from(organizations).where(inArray(organizations.id, ids)).all().map((o) => o.id),
  );
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw appError('ORGANIZATIONS_UNKNOWN', { ids: missing.slice(0, 5).join(', ') });
  }
}

function linesOf(tx: Tx, eventId: number, organizationIds?: number[]): Map<number, AttendanceRow> {
  const rows = tx
    .select()
    .from(attendance)
    .where(
      and(
        eq(attendance.eventId, eventId),
        organizationIds ? inArray(attendance.organizationId, organizationIds) : undefined,
      ),
    )
    .all();
  return new Map(rows.map((r) => [r.organizationId, r]));
}

/** An attendance line has no id of its own: the audit trail files it under the event, per organisation. */
function auditLine(tx: Tx, actor: SessionUser, before: AttendanceRow | null, after: AttendanceRow) {
  writeAudit(tx, actor, {
    action: before ? 'update' : 'create',
    entity: 'attendance',
    entityId: after.eventId,
    organizationId: after.organizationId,
    before,
    after,
  });
}

const staleLine = () => appError('STALE_VERSION');

type LineValues = Pick<AttendanceRow, 'status' | 'peopleCount' | 'delegateName' | 'notes' | 'confirmedAt'>;

/** Inserts or updates one line (the caller has checked its version) and writes its audit row. */
function writeLine(tx: Tx, actor: SessionUser, eventId: number, organizationId: number, before: AttendanceRow | undefined, values: LineValues) {
  let after: AttendanceRow;
  if (before) {
    after = tx
      .update(attendance)
      .set({ ...values, recordedBy: actor.id, version: before.version + 1, updatedAt: now() })
      .where(
        and(
          eq(attendance.eventId, eventId),
          eq(attendance.organizationId, organizationId),
          eq(attendance.version, before.version),
        ),
      )
      .returning()
      .get()!;
    if (!after) throw staleLine();
  } else {
    after = tx
      .insert(attendance)
      .values({ eventId, organizationId, ...values, recordedBy: actor.id })
      .returning()
      .get();
  }
  auditLine(tx, actor, before ?? null, after);
  return after;
}

/** Only present organisations have a head count. */
const peopleFor = (status: AttendanceRow['status'], count: number | null | undefined) =>
  status === 'present' ? (count ?? null) : null;

/** Up to this many organisations in all, the register's page gets every one of them by name. */
export const REGISTER_FULL_LIST = 300;

/** The register of an event for a signed-in member: its lines, its past imports and every organisation (to invite one). */
export function getRegister(db: Db, user: SessionUser, eventId: number) {
  const event = db
    .select({
      id: events.id,
      slug: events.slug,
      type: events.type,
      titleIt: events.titleIt,
      titleEn: events.titleEn,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      datePrecision: events.datePrecision,
      status: events.status,
      totalParticipants: events.totalParticipants,
      bodyId: events.bodyId,
      bodyNameIt: governanceBodies.nameIt,
      bodyNameEn: governanceBodies.nameEn,
    })
    .from(events)
    .leftJoin(governanceBodies, eq(events.bodyId, governanceBodies.id))
    .where(eq(events.id, eventId))
    .get();
  if (!event) throw appError('EVENT_NOT_FOUND', { ref: String(eventId) });
  const lines = db
    .select({
      organizationId: attendance.organizationId,
      slug: organizations.slug,
      name: organizations.name,
      shortName: organizations.shortName,
      type: organizations.type,
      status: attendance.status,
      peopleCount: attendance.peopleCount,
      delegateName: attendance.delegateName,
      notes: attendance.notes,
      confirmedAt: attendance.confirmedAt,
      updatedAt: attendance.updatedAt,
      version: attendance.version,
    })
    .from(attendance)
    .innerJoin(organizations, eq(attendance.organizationId, organizations.id))
    .where(eq(attendance.eventId, eventId))
    .all()
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  // The organisations the page needs by name: the invited ones, and all of them while they are few
  // enough to offer in a list (the invite picker searches the server; a national network never travels whole).
  const organizationCount = db.select({ n: count() }).from(organizations).get()!.n;
  const knownOrganizations =
    organizationCount <= REGISTER_FULL_LIST
      ? db
          .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName })
          .from(organizations)
          .orderBy(asc(organizations.name))
          .all()
      : lines.map((l) => ({ id: l.organizationId, name: l.name, shortName: l.shortName }));
  const imports = db
    .select({
      fileName: attendanceImports.fileName,
      rows: attendanceImports.rows,
      importedAt: attendanceImports.importedAt,
    })
    .from(attendanceImports)
    .where(eq(attendanceImports.eventId, eventId))
    .orderBy(desc(attendanceImports.importedAt))
    .all();
  // A cancelled event's register is read-only for everybody (the writes refuse it too: EVENT_CANCELLED).
  const canRecord =
    event.status !== 'cancelled' && !user.mfaSetupRequired && (user.role === 'coordinator' || user.role === 'admin');
  return { event, lines, organizations: knownOrganizations, organizationCount, imports, canRecord, ownOrganizationId: user.organizationId };
}

/**
 * Drops the organisations whose part in the project ended before the day: every membership they have
 * is withdrawn or ended, on that day or earlier, or on a day nobody recorded (Comune di Agrigento's
 * withdrawal has no known date, so it is invited to no event by default: a coordinator can still add
 * it by hand to an event it attended).
 */
function withoutFormerPartners(tx: Tx, ids: number[], day: string): number[] {
  if (ids.length === 0) return ids;
  const rows = tx
    .select({ organizationId: memberships.organizationId, status: memberships.status, endDate: memberships.endDate })
    .from(memberships)
    .where(inArray(memberships.organizationId, ids))
    .all();
  const byOrg = new Map<number, typeof rows>();
  for (const r of rows) byOrg.set(r.organizationId, [...(byOrg.get(r.organizationId) ?? []), r]);
  const gone = (list: typeof rows) => list.every((m) => m.status !== 'active' && (m.endDate === null || m.endDate < day));
  return ids.filter((id) => {
    const list = byOrg.get(id);
    return !list || !gone(list);
  });
}

/**
 * Invites organisations to an event (a line with no status yet): the given ones or, without a
 * list, those that belonged to the event's body on the day of the event. Existing lines stay.
 */
export function invite(db: Db, actor: SessionUser, input: AttendanceInviteInput) {
  return db.transaction((tx) => {
    const event = loadWritableEvent(tx, input.eventId);
    let ids = input.organizationIds;
    if (!ids) {
      if (!event.bodyId) {
        throw appError('EVENT_WITHOUT_BODY');
      }
      const day = event.startsAt.slice(0, 10);
      ids = tx
        .select({ id: bodyMembers.organizationId })
        .from(bodyMembers)
        .where(
          and(
            eq(bodyMembers.bodyId, event.bodyId),
            or(isNull(bodyMembers.since), lte(bodyMembers.since, day)),
            or(isNull(bodyMembers.until), gte(bodyMembers.until, day)),
          ),
        )
        .all()
        .map((m) => m.id);
      ids = withoutFormerPartners(tx, ids, day);
    }
    const unique = [...new Set(ids)];
    assertOrganizationsExist(tx, unique);
    const existing = linesOf(tx, event.id, unique);
    const added = unique.filter((id) => !existing.has(id));
    for (const organizationId of added) {
      writeLine(tx, actor, event.id, organizationId, undefined, {
        status: null,
        peopleCount: null,
        delegateName: null,
        notes: null,
        confirmedAt: null,
      });
    }
    return { invited: added.length };
  });
}

/**
 * Saves many lines of a register at once, all or nothing: every line that exists must carry the
 * version that was read, else the whole save is a CONFLICT and nothing is written.
 */
export function record(db: Db, actor: SessionUser, eventId: number, lines: AttendanceLine[]) {
  return db.transaction((tx) => {
    loadWritableEvent(tx, eventId);
    const ids = lines.map((l) => l.organizationId);
    assertOrganizationsExist(tx, ids);
    const existing = linesOf(tx, eventId, ids);
    for (const line of lines) {
      const before = existing.get(line.organizationId);
      if (before ? line.version !== before.version : line.version !== undefined) throw staleLine();
    }
    let saved = 0;
    for (const line of lines) {
      const before = existing.get(line.organizationId);
      const values: LineValues = {
        status: line.status,
        peopleCount: peopleFor(line.status, line.peopleCount),
        delegateName: line.delegateName === undefined ? (before?.delegateName ?? null) : line.delegateName,
        notes: line.notes === undefined ? (before?.notes ?? null) : line.notes,
        confirmedAt: before?.confirmedAt ?? null,
      };
      if (before && values.status === before.status && values.peopleCount === before.peopleCount &&
        values.delegateName === before.delegateName && values.notes === before.notes) {
        continue; // unchanged: no new version, no audit row
      }
      // The organisation confirmed what it read; a different status or head count needs a new confirmation.
      if (before && (values.status !== before.status || values.peopleCount !== before.peopleCount)) {
        values.confirmedAt = null;
      }
      writeLine(tx, actor, eventId, line.organizationId, before, values);
      saved++;
    }
    return { saved };
  });
}

/**
 * Takes an invited organisation off a register (invited by mistake, or not expected after all): the
 * line the coordinator read, by its version, with an audit row that keeps what it said.
 */
export function removeLine(db: Db, actor: SessionUser, input: AttendanceRemoveInput) {
  return db.transaction((tx) => {
    loadWritableEvent(tx, input.eventId);
    const before = linesOf(tx, input.eventId, [input.organizationId]).get(input.organizationId);
    if (!before) throw appError('ORGANIZATION_NOT_IN_REGISTER');
    if (before.version !== input.version) throw staleLine();
    tx.delete(attendance)
      .where(and(eq(attendance.eventId, input.eventId), eq(attendance.organizationId, input.organizationId)))
      .run();
    writeAudit(tx, actor, {
      action: 'delete',
      entity: 'attendance',
      entityId: input.eventId,
      organizationId: input.organizationId,
      before,
      after: null,
    });
    return { removed: true as const };
  });
}

/** An editor confirms (or corrects) their own organisation's line, if it was invited. */
export function confirmOwn(db: Db, actor: SessionUser, input: AttendanceConfirmOwn) {
  const organizationId = actor.organizationId;
  if (!organizationId) {
    throw appError('ACCOUNT_WITHOUT_ORGANIZATION');
  }
  assertCanEditOrganization(actor, organizationId);
  return db.transaction((tx) => {
    loadWritableEvent(tx, input.eventId);
    const before = linesOf(tx, input.eventId, [organizationId]).get(organizationId);
    if (!before) {
      throw appError('ORGANIZATION_NOT_INVITED');
    }
    if (input.version !== undefined && input.version !== before.version) throw staleLine();
    const after = writeLine(tx, actor, input.eventId, organizationId, before, {
      status: input.status,
      peopleCount: peopleFor(input.status, input.peopleCount),
      delegateName: input.delegateName === undefined ? before.delegateName : input.delegateName,
      notes: input.notes === undefined ? before.notes : input.notes,
      confirmedAt: now(),
    });
    return { version: after.version, confirmedAt: after.confirmedAt };
  });
}

/** The organisations as the matcher sees them, with their contact addresses (for e-mail domains). */
function matchableOrganizations(db: Db): MatchableOrganization[] {
  const emails = new Map<number, string[]>();
  for (const c of db
    .select({ organizationId: contactPoints.organizationId, email: contactPoints.email, pec: contactPoints.pec })
    .from(contactPoints)
    .where(isNull(contactPoints.disabledAt))
    .all()) {
    const list = emails.get(c.organizationId) ?? [];
    for (const address of [c.email, c.pec]) if (address) list.push(address);
    emails.set(c.organizationId, list);
  }
  const domains = new Map<number, string[]>();
  for (const d of db.select().from(organizationEmailDomains).all()) {
    domains.set(d.organizationId, [...(domains.get(d.organizationId) ?? []), d.domain]);
  }
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      shortName: organizations.shortName,
      website: organizations.website,
      pec: organizations.pec,
    })
    .from(organizations)
    .all()
    .map((o) => ({ ...o, emails: emails.get(o.id) ?? [], domains: domains.get(o.id) ?? [] }));
}

/** Matches each row of a participant list to an organisation; writes nothing. */
export function importPreview(db: Db, input: ImportPreviewInput) {
  loadEvent(db, input.eventId);
  const invited = db
    .select({ id: attendance.organizationId })
    .from(attendance)
    .where(eq(attendance.eventId, input.eventId))
    .all()
    .map((r) => r.id);
  const match = createMatcher(matchableOrganizations(db), invited);
  const matches = input.rows.map(match);
  // The names of every organisation the matches name, for a page that does not hold them all.
  const ids = [...new Set(matches.flatMap((m) => [m.organizationId, ...(m.candidates ?? [])]).filter((id): id is number => id !== null))];
  const named = ids.length
    ? db
        .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName })
        .from(organizations)
        .where(inArray(organizations.id, ids))
        .all()
    : [];
  return { matches, organizations: named };
}

/**
 * Marks the organisations of a participant list present, each with the number of different
 * people it sent (counted by the page, which holds the whole file), and logs the file: all in
 * one transaction. The same file (by hash) twice for the same event changes nothing.
 */
export function importCommit(db: Db, actor: SessionUser, input: ImportCommitInput) {
  return db.transaction((tx) => {
    loadWritableEvent(tx, input.eventId);
    const done = tx
      .select({ id: attendanceImports.id })
      .from(attendanceImports)
      .where(and(eq(attendanceImports.eventId, input.eventId), eq(attendanceImports.fileHash, input.fileHash)))
      .get();
    if (done) return { alreadyImported: true as const, updated: 0, people: 0 };
    const content = Buffer.from(input.file, 'base64');
    if (createHash('sha256').update(content).digest('hex') !== input.fileHash) throw appError('IMPORT_FILE_MISMATCH');
    const ids = input.assignments.map((a) => a.organizationId);
    assertOrganizationsExist(tx, ids);
    const existing = linesOf(tx, input.eventId, ids);
    let updated = 0;
    let people = 0;
    for (const a of input.assignments) {
      const count = a.people;
      people += count;
      const before = existing.get(a.organizationId);
      if (before?.status === 'present' && before.peopleCount === count) continue;
      writeLine(tx, actor, input.eventId, a.organizationId, before, {
        status: 'present',
        peopleCount: count,
        delegateName: before?.delegateName ?? null,
        notes: before?.notes ?? null,
        confirmedAt: null,
      });
      updated++;
    }
    tx.insert(attendanceImports)
      .values({
        eventId: input.eventId,
        fileHash: input.fileHash,
        fileName: input.fileName,
        rows: input.rowCount ?? people,
        importedBy: actor.id,
        content,
        byteSize: content.byteLength,
        mediaType: /\.txt$/i.test(input.fileName) ? 'text/plain' : 'text/csv',
      })
      .run();
    return { alreadyImported: false as const, updated, people };
  });
}

/** The organisations invited to an event (its register lines), by name, for the printed sign-in sheet. */
export function signInSheet(db: Db, eventId: number) {
  const event = stmt(
    db,
    `SELECT id, slug, title_it AS titleIt, title_en AS titleEn, starts_at AS startsAt, ends_at AS endsAt,
            date_precision AS datePrecision, place, status
     FROM events WHERE id = ?`,
  ).get(eventId) as
    | (EventHeading & { place: string | null; status: string })
    | undefined;
  if (!event) throw appError('EVENT_NOT_FOUND', { ref: String(eventId) });
  const organizations = stmt(
    db,
    `SELECT o.id, o.slug, o.name, o.short_name AS shortName, o.city, o.province
     FROM attendance a JOIN organizations o ON o.id = a.organization_id
     WHERE a.event_id = ? ORDER BY o.name`,
  ).all(eventId) as { id: number; slug: string; name: string; shortName: string; city: string; province: string }[];
  return { event, organizations };
}
