import { describe, expect, it } from 'vitest';
import { PHONE, errors, expectNoSeriousViolations, open, page, phone, ready, useBrowserSuite } from './harness';

useBrowserSuite();

describe('axe: no serious or critical WCAG 2.1 AA violation', () => {
  const pages: { path: string; ready: () => Promise<unknown> }[] = [
    { path: '/', ready: ready.map },
    { path: '/partners', ready: ready.directory },
    { path: '/partners/comune-di-palermo', ready: ready.partner },
    { path: '/partners/comune-di-agrigento', ready: ready.partner },
    { path: '/project', ready: ready.project },
    { path: '/en', ready: ready.map },
    { path: '/events', ready: ready.dated },
    { path: '/open-data', ready: ready.openData },
    { path: '/accessibility', ready: ready.siteFacts },
    { path: '/privacy', ready: ready.siteFacts },
    { path: '/note-legali', ready: ready.heading },
    { path: '/en/privacy', ready: ready.siteFacts },
    { path: '/embed', ready: ready.embed },
    { path: '/pagina-che-non-esiste', ready: ready.heading },
  ];
  /** Pages whose content comes from records or from the lead partner's statements: they say when it last changed. */
  const dated = ['/', '/partners', '/partners/comune-di-palermo', '/project', '/events', '/accessibility', '/privacy', '/note-legali'];
  for (const p of pages) {
    it(`on ${p.path}`, async () => {
      await open(p.path);
      await p.ready();
      await expectNoSeriousViolations(p.path);
      if (dated.includes(p.path)) {
        await page.locator('.last-updated').first().waitFor();
        expect(await page.locator('.last-updated time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(errors).toEqual([]);
    });
  }

  it('on / at phone width', async () => {
    await open('/', phone);
    await ready.map();
    await expectNoSeriousViolations('/ (phone)');
    expect(errors).toEqual([]);
  });
});

describe('keyboard', () => {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { id: el?.id ?? '', tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', cls: el?.className ?? '' };
    });

  it('offers a skip link first, which moves focus to the main content', async () => {
    await open('/');
    await ready.map();
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.tag).toBe('A');
    expect(first.text).toBe('Vai al contenuto principale');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('main');
    expect(errors).toEqual([]);
  });

  it('reaches and selects a partner in the list with the keyboard alone', async () => {
    await open('/');
    await ready.map();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // skip link → main
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused()).cls.includes('partner-item');
    }
    expect(reached, 'no partner list button reached within 60 Tab presses').toBe(true);
    const button = page.locator('button.partner-item:focus');
    const name = await button.locator('.partner-item-name').textContent();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Enter');
    const pressed = page.locator('.partner-list > li', { hasText: name! }).locator('button.partner-item');
    await expect.poll(() => pressed.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.partner-marker.is-selected').getAttribute('title')).toBe(name);
    expect(errors).toEqual([]);
  });

  it('selects a partner with Enter on its focused list button', async () => {
    await open('/');
    await ready.map();
    const button = page.locator('.partner-list > li', { hasText: 'Comune di Trapani' }).locator('button.partner-item');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    // Focus stays on the list button: the marker re-render must not steal it.
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('small screens', () => {
  for (const path of ['/', '/partners', '/partners/comune-di-palermo', '/project', '/en']) {
    it(`${path} has no horizontal scroll at 360 px`, async () => {
      await open(path, phone);
      await page.locator('main h1').first().waitFor();
      if (path === '/' || path === '/en') await ready.map();
      else await page.waitForLoadState('networkidle');
      const { scrollWidth, clientWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        // The elements that stick out, to make a failure actionable.
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter((el) => !el.closest('.leaflet-container'))
          .slice(0, 8)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`),
      }));
      expect(clientWidth).toBe(PHONE.width);
      expect(scrollWidth, `too wide at 360 px: ${wide.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
      expect(errors).toEqual([]);
    });
  }
});
