import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { attendance, contactPoints, events, organizations } from '../db/schema';
import { createTestDb, publicCaller, startTestApp } from '../test-utils';

let db: Db;
let cleanupDb: () => void;
let app: Awaited<ReturnType<typeof startTestApp>>;
let baseUrl: string;

// Planted where the feed must never look: a register line with a delegate, a members-only contact
// and a members-only event.
const DELEGATE = 'Rosalia Delegata';
const EMAIL = 'segreteria.riservata@example.org';
const PHONE = '+39 091 555 0199';
const PRIVATE_TITLE = 'Riunione riservata del coordinamento';

beforeAll(async () => {
  ({ db, cleanup: cleanupDb } = createTestDb());
  const trapani = db.select().from(organizations).where(eq(organizations.slug, 'comune-di-trapani')).get()!;
  const table = db.select().from(events).where(eq(events.slug, '2022-01-31-secondo-tavolo-tecnico')).get()!;
  db.insert(attendance)
    .values({ eventId: table.id, organizationId: trapani.id, status: 'present', peopleCount: 2, delegateName: DELEGATE, notes: EMAIL })
    .run();
  db.insert(contactPoints)
    .values({ organizationId: trapani.id, label: 'Segreteria', email: EMAIL, phone: PHONE, visibility: 'members', source: 'test' })
    .run();
  db.insert(events)
    .values({ slug: 'riunione-riservata', type: 'meeting', titleIt: PRIVATE_TITLE, startsAt: '2023-01-10', status: 'held', isPublic: false })
    .run();
  db.insert(events)
    .values({
      slug: 'webinar-annullato',
      type: 'webinar',
      titleIt: 'Webinar annullato',
      startsAt: '2023-01-12T15:00:00+01:00',
      status: 'cancelled',
      isPublic: true,
    })
    .run();

  app = await startTestApp(db);
  baseUrl = app.baseUrl;
});
afterAll(async () => {
  await app.close();
  cleanupDb();
});

async function fetchCalendar(query = '') {
  const response = await fetch(`${baseUrl}/api/open/events.ics${query}`);
  const text = await response.text();
  return { response, text, vevents: new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent') };
}

const bySlug = (vevents: ICAL.Component[], slug: string) => {
  const found = vevents.find((v) => v.getFirstPropertyValue('uid') === `${slug}@coopera`);
  if (!found) throw new Error(`No VEVENT for ${slug}`);
  return new ICAL.Event(found);
};

describe('GET /api/open/events.ics', () => {
  it('is an iCalendar file anyone may fetch', async () => {
    const { response } = await fetchCalendar();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const head = await fetch(`${baseUrl}/api/open/events.ics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${baseUrl}/api/open/events.ics`, { method: 'POST' })).status).toBe(405);
  });

  it('follows the RFC 5545 line rules: CRLF everywhere, lines folded at 75 octets', async () => {
    const { text } = await fetchCalendar();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(/[^\r]\n/.test(text)).toBe(false);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // Accented titles and long descriptions do get folded.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('holds one VEVENT per public event, cancelled ones included, each with a unique UID and a DTSTAMP', async () => {
    const { vevents } = await fetchCalendar();
    const publicEvents = await publicCaller(db).events.list();
    expect(vevents).toHaveLength(publicEvents.length);
    expect(vevents).toHaveLength(19); // the 18 seeded events and the cancelled webinar
    const uids = vevents.map((v) => v.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.sort()).toEqual(publicEvents.map((e) => `${e.slug}@coopera`).sort());
    for (const v of vevents) expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(bySlug(vevents, 'webinar-annullato').component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(bySlug(vevents, '2023-03-09-workshop-trapani').component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(uids).not.toContain('riunione-riservata@coopera');
  });

  it('gives a timed event the instant it was seeded with', async () => {
    const { vevents } = await fetchCalendar();
    const table = bySlug(vevents, '2022-01-31-secondo-tavolo-tecnico');
    expect(table.startDate.isDate).toBe(false);
    expect(table.startDate.toJSDate().getTime()).toBe(new Date('2022-01-31T15:00:00+01:00').getTime());
    expect(table.endDate.toJSDate().getTime()).toBe(new Date('2022-01-31T17:00:00+01:00').getTime());
    const summer = bySlug(vevents, '2022-04-27-quinto-tavolo-tecnico');
    expect(summer.startDate.toJSDate().toISOString()).toBe('2022-04-27T07:00:00.000Z');
    expect(summer.location).toContain('NH Hotel');
    expect(summer.location).toContain('online');
  });

  it('writes an event without a time as an all-day date, a range with its exclusive end', async () => {
    const { vevents } = await fetchCalendar();
    const final = bySlug(vevents, '2023-03-29-presentazione-finale');
    expect(final.startDate.isDate).toBe(true);
    expect(final.startDate.toString()).toBe('2023-03-29');
    expect(final.summary).toBe('Presentazione del resoconto e dei dati finali di COOPERA');
    expect(final.location).toBe('Sala Martorana, Palazzo Comitini, Palermo');
    const emdr = bySlug(vevents, '2022-03-incontri-emdr-salemi-fulgatore');
    expect(emdr.startDate.toString()).toBe('2022-03-01');
    expect(emdr.endDate.isDate).toBe(true);
    expect(emdr.endDate.toString()).toBe('2022-06-01');
  });

  it('holds a month-only date as the whole month, tentative, with a note, never as its first day', async () => {
    const { vevents } = await fetchCalendar();
    const conference = bySlug(vevents, '2022-05-convegno-governo-regionale-migrazione');
    expect(conference.startDate.isDate).toBe(true);
    expect(conference.startDate.toString()).toBe('2022-05-01');
    expect(conference.endDate.toString()).toBe('2022-06-01');
    expect(conference.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(conference.description).toContain('le fonti indicano solo il mese (maggio 2022)');
    const emdr = bySlug(vevents, '2022-03-incontri-emdr-salemi-fulgatore');
    expect(emdr.description).toContain('(marzo – maggio 2022)');
    // An inferred day is tentative too; a confirmed, held one is not.
    const presentation = bySlug(vevents, '2022-02-25-webinar-presentazione-coopera');
    expect(presentation.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(bySlug(vevents, '2023-03-29-presentazione-finale').component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('gives a timed event without an end two hours, and says so', async () => {
    const { vevents } = await fetchCalendar();
    const webinar = bySlug(vevents, '2021-12-07-webinar-coordinamento-comuni-sai');
    expect(webinar.startDate.isDate).toBe(false);
    expect(webinar.endDate.toJSDate().getTime() - webinar.startDate.toJSDate().getTime()).toBe(2 * 3600_000);
    expect(webinar.description).toContain('Orario di fine non indicato: nel calendario la durata è di 2 ore');
  });

  it('describes type, organiser, totals, date caveats and sources, and links the event page', async () => {
    const { vevents } = await fetchCalendar();
    const presentation = bySlug(vevents, '2022-02-25-webinar-presentazione-coopera');
    expect(presentation.description).toContain('Tipo: Webinar');
    expect(presentation.description).toContain('Organizzato da: Comune di Palermo');
    expect(presentation.description).toContain('Persone partecipanti: 100 (circa 100 persone)');
    expect(presentation.description).toContain('Data dedotta dalle fonti');
    expect(presentation.description).toContain('https://www.progettocoopera.it/index.php/news-eventi');
    expect(presentation.component.getFirstPropertyValue('url')).toBe(
      `${baseUrl}/events/2022-02-25-webinar-presentazione-coopera`,
    );
  });

  it('speaks English with ?lang=en', async () => {
    const { vevents } = await fetchCalendar('?lang=en');
    const final = bySlug(vevents, '2023-03-29-presentazione-finale');
    expect(final.summary).toBe('Presentation of the summary report and final data of COOPERA');
    expect(final.description).toContain('Type: Public event');
    expect(final.component.getFirstPropertyValue('url')).toBe(`${baseUrl}/en/events/2023-03-29-presentazione-finale`);
  });

  it('carries no e-mail address, phone number, delegate or members-only event', async () => {
    for (const query of ['', '?lang=en']) {
      const { text } = await fetchCalendar(query);
      const unfolded = text.replace(/\r\n /g, '');
      expect(unfolded).not.toContain(DELEGATE);
      expect(unfolded).not.toContain(EMAIL);
      expect(unfolded).not.toContain(PHONE);
      expect(unfolded).not.toContain(PRIVATE_TITLE);
      expect(unfolded).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/); // no address-like string at all
      expect(unfolded).not.toMatch(/^(ORGANIZER|ATTENDEE|CONTACT)[;:]/m);
    }
  });
});
