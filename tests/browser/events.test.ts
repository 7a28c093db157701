import { describe, expect, it } from 'vitest';
import {
  axe,
  errors,
  h1,
  open,
  page,
  pagePath as path,
  phone,
  selectedOptionText,
  server,
  settledScreenshot,
  useBrowserSuite,
  violationTargets,
} from './harness';

useBrowserSuite();

const cards = () => page.locator('.event-card');
const card = (title: string) => cards().filter({ has: page.getByRole('link', { name: title }) });
const FINAL_IT = 'Presentazione del resoconto e dei dati finali di COOPERA';
const FINAL_EN = 'Presentation of the summary report and final data of COOPERA';

async function expectNoSeriousViolations(label: string) {
  const { blocking } = await axe(page);
  expect(violationTargets(blocking), `axe on ${label}`).toEqual([]);
}

describe('events page', () => {
  it('lists the network’s events, newest past first, with the final presentation of 29 March 2023', async () => {
    await open('/events');
    await expect.poll(() => h1().textContent()).toBe('Eventi della rete');
    await expect.poll(() => cards().count()).toBe(18);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(['Prossimi eventi', 'Eventi passati']),
    );
    expect(await page.locator('.event-year').allTextContents()).toEqual(['2023', '2022', '2021']);
    expect(await cards().first().locator('.event-title').textContent()).toBe(FINAL_IT);

    const final = card(FINAL_IT);
    expect(await final.locator('time').textContent()).toBe('29 marzo 2023');
    expect(await final.locator('.event-type').textContent()).toBe('Evento pubblico');
    const finalText = await final.innerText();
    expect(finalText).toContain('Palermo');
    expect(finalText).toContain('Sala Martorana, Palazzo Comitini, Palermo');
    expect(finalText).toContain('tutti i partner');

    const table = card('2° tavolo tecnico — Rafforzare l’organizzazione del Comune per gestire un progetto SAI');
    expect(await table.locator('time').textContent()).toBe('31 gennaio 2022, 15:00–17:00');
    expect(await table.innerText()).toContain('15');
    expect(await page.locator('.badge-inferred').count()).toBe(6);
    const fourth = card('4° tavolo tecnico — PNRR, co-programmazione e co-progettazione nell’accoglienza SAI');
    expect(await fourth.innerText()).toContain('data dedotta');
    expect(await fourth.innerText()).toContain('4 o 24 marzo 2022');
    expect(await card('Workshop ANCI Sicilia a Trapani').innerText()).toContain('Svolgimento non confermato');
    expect(await page.locator('.state-empty').textContent()).toBe('Nessun evento in programma al momento.');
    expect(errors).toEqual([]);
  });

  it('offers the calendar as a file and as a webcal subscription', async () => {
    await open('/events');
    const download = page.getByRole('link', { name: 'Aggiungi al calendario' });
    expect(await download.getAttribute('href')).toBe('/api/open/events.ics');
    const subscribe = page.getByRole('link', { name: 'Iscriviti (webcal)' });
    expect(await subscribe.getAttribute('href')).toBe(`${server.url.replace('http:', 'webcal:')}/api/open/events.ics`);
    await page.getByText('Come funziona l’iscrizione').click();
    expect(await page.getByLabel('Indirizzo del calendario').inputValue()).toBe(`${server.url}/api/open/events.ics`);
    const response = await page.request.get(`${server.url}/api/open/events.ics`);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect((await response.text()).match(/BEGIN:VEVENT/g)).toHaveLength(18);
    expect(errors).toEqual([]);
  });

  it('filters by type, body and year, in the URL', async () => {
    await open('/events');
    await expect.poll(() => cards().count()).toBe(18);
    await page.getByLabel('Tipo di evento').selectOption('technical_table');
    // Same-document navigations (replaceState): poll the URL rather than wait for a load event.
    await expect.poll(() => path()).toBe('/events?type=technical_table');
    await expect.poll(() => cards().count()).toBe(4);
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('4 eventi');
    await page.getByRole('button', { name: 'Azzera i filtri' }).first().click();
    await expect.poll(() => cards().count()).toBe(18);

    await open('/events?body=partenariato-coopera');
    await expect.poll(() => cards().count()).toBe(1);
    expect(await selectedOptionText(page.getByLabel('Organismo'))).toBe('Partenariato COOPERA');
    await page.getByLabel('Organismo').selectOption('');
    await expect.poll(() => path()).toBe('/events');
    await page.getByLabel('Anno').selectOption('2023');
    await expect.poll(() => path()).toBe('/events?year=2023');
    await expect.poll(() => cards().count()).toBe(5);
    expect(path()).toBe('/events?year=2023');
    expect(errors).toEqual([]);
  });

  it('opens an event with its agenda, participants and sources', async () => {
    await open('/events');
    await card(FINAL_IT).getByRole('link', { name: FINAL_IT }).click();
    await page.waitForURL((u) => u.pathname === '/events/2023-03-29-presentazione-finale');
    await expect.poll(() => h1().textContent()).toBe(FINAL_IT);
    expect(await page.title()).toBe(`${FINAL_IT} — COOPERA Network`);
    for (const heading of ['Programma', 'Esito o verbale', 'Fonti']) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).count(), heading).toBe(1);
    }
    expect(await page.locator('main').innerText()).toContain('Partenariato COOPERA');
    expect(await page.getByRole('link', { name: /98zero\.com/ }).getAttribute('href')).toBe('https://www.98zero.com/');
    await settledScreenshot(page, 'event-detail-desktop');

    await open('/events/non-esiste');
    await expect.poll(() => h1().textContent()).toBe('Pagina non trovata');
    expect(await page.locator('main').innerText()).toContain('Nessun evento con questo indirizzo.');
  });

  it('translates the page into English', async () => {
    await open('/events?type=public_event');
    await expect.poll(() => cards().count()).toBe(2);
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL((u) => u.pathname === '/en/events');
    expect(path()).toBe('/en/events?type=public_event');
    await expect.poll(() => h1().textContent()).toBe('Network events');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(['Past events', 'Add to your calendar']),
    );
    await expect.poll(() => cards().count()).toBe(2);
    const final = card(FINAL_EN);
    expect(await final.locator('time').textContent()).toBe('29 March 2023');
    expect(await final.locator('.event-type').textContent()).toBe('Public event');
    expect(await selectedOptionText(page.getByLabel('Type of event'))).toBe('Public event');
    expect(await page.getByRole('link', { name: 'Add to calendar' }).getAttribute('href')).toBe('/api/open/events.ics?lang=en');
    // Notes from the sources are Italian data, marked as such for screen readers.
    expect(await final.locator('[lang="it"]').first().textContent()).toBe('con tutti i partner');

    await page.getByLabel('Type of event').selectOption('');
    await expect.poll(() => cards().count()).toBe(18);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toContain('Upcoming events');
    expect(await page.locator('.state-empty').textContent()).toBe('No event is planned at the moment.');
    expect(await page.locator('.badge-inferred').first().textContent()).toBe('date inferred');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Events' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('passes axe and fits a 360 px phone', async () => {
    await open('/events');
    await expect.poll(() => cards().count()).toBe(18);
    await expectNoSeriousViolations('/events');
    await settledScreenshot(page, 'events-desktop');

    await open('/events', phone);
    await expect.poll(() => cards().count()).toBe(18);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousViolations('/events on a phone');
    await settledScreenshot(page, 'events-phone');

    await open('/en/events/2022-03-24-quarto-tavolo-tecnico', phone);
    await expect.poll(() => h1().textContent()).toBe('4th technical table — PNRR, co-programming and co-design in SAI reception');
    await expectNoSeriousViolations('/en/events/:slug on a phone');
    await settledScreenshot(page, 'event-detail-phone');
    expect(errors).toEqual([]);
  });
});
