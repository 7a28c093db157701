/**
 * The public pages in French and Arabic: the language and direction of the document, axe on every
 * public page, no sideways scrolling on an Arabic phone, the language menu keeping the filters, the
 * mirrored map controls, Arabic plural forms, records marked as Italian, the signed-in screens saying
 * they are Italian and English, and an Arabic first visit downloading no other language's dictionary.
 */
import { describe, expect, it } from 'vitest';
import {
  errors,
  expectNoSeriousViolations,
  h1,
  open,
  page,
  pagePath,
  phone,
  ready,
  selectedOptionText,
  server,
  useBrowserSuite,
  waitForMap,
} from './harness';

useBrowserSuite();

const EVENT = '/events/2022-01-31-secondo-tavolo-tecnico';
/** Every public page, with what shows it has drawn its data. */
const PUBLIC: { path: string; ready: () => Promise<unknown> }[] = [
  { path: '', ready: ready.map },
  { path: '/partners', ready: ready.directory },
  { path: '/partners/asp-agrigento', ready: ready.partner },
  { path: '/project', ready: ready.project },
  { path: '/events', ready: ready.dated },
  { path: EVENT, ready: ready.dated },
  { path: '/open-data', ready: ready.openData },
  { path: '/accessibility', ready: ready.siteFacts },
  { path: '/privacy', ready: ready.siteFacts },
  { path: '/note-legali', ready: ready.heading },
  { path: '/embed', ready: ready.embed },
  { path: '/pagina-che-non-esiste', ready: ready.heading },
  { path: '/dashboard', ready: ready.heading },
];
const documentLang = () => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

for (const locale of ['fr', 'ar'] as const) {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  describe(`/${locale}: every public page`, () => {
    for (const p of PUBLIC) {
      it(`${p.path || '/'}: lang="${locale}" dir="${dir}", no serious axe violation`, async () => {
        await open(`/${locale}${p.path}`);
        // As the server sends it, before any script: the HTML says its language and direction.
        const html = await (await fetch(`${server.url}/${locale}${p.path}`)).text();
        expect(html).toContain(`<html lang="${locale}" dir="${dir}"`);
        await p.ready();
        expect(await documentLang()).toEqual({ lang: locale, dir });
        await expectNoSeriousViolations(`/${locale}${p.path}`);
        expect(errors).toEqual([]);
      });
    }
  });
}

describe('Arabic on a 360 px phone', () => {
  for (const p of PUBLIC) {
    it(`/ar${p.path || ''}: no sideways scrolling`, async () => {
      await open(`/ar${p.path}`, phone);
      await p.ready();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(clientWidth).toBe(360);
      expect(scrollWidth, `/ar${p.path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(clientWidth);
      expect(errors).toEqual([]);
    });
  }
});

describe('the language menu', () => {
  it('keeps the filters from French to Arabic and back to Italian, with the labels and plurals of each', async () => {
    await open('/fr?type=health_authority');
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(3);
    expect(await page.locator('.result-count').textContent()).toBe('3 partenaires');
    expect(await selectedOptionText(page.getByLabel('Type d’organisme'))).toBe('Agence sanitaire provinciale');

    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((u) => u.pathname === '/ar');
    expect(pagePath()).toBe('/ar?type=health_authority');
    await expect.poll(() => h1().textContent()).toBe('شبكة COOPERA في صقلية');
    await expect.poll(documentLang).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(3);
    // 3 is Arabic's "few" form.
    expect(await page.locator('.result-count').textContent()).toBe('3 شركاء');
    expect(await selectedOptionText(page.getByLabel('نوع الهيئة'))).toBe('الهيئة الصحية الإقليمية');
    expect(await page.getByRole('navigation', { name: 'لغة الصفحة' }).locator('[aria-current]').textContent()).toContain('العربية');

    await page.getByRole('link', { name: 'Italiano' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(pagePath()).toBe('/?type=health_authority');
    await expect.poll(documentLang).toEqual({ lang: 'it', dir: 'ltr' });
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('3 partner');
    expect(errors).toEqual([]);
  });

  it('counts in Arabic with its plural forms: one, two, few', async () => {
    await open('/ar?role=lead_partner');
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(1);
    expect(await page.locator('.result-count').textContent()).toBe('شريك واحد');
    await open('/ar?province=IT-TP');
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(2);
    expect(await page.locator('.result-count').textContent()).toBe('شريكان');
    await open('/ar');
    await expect.poll(() => page.locator('.partner-list > li').count()).toBe(10);
    expect(await page.locator('.result-count').textContent()).toBe('10 شركاء');
    expect(errors).toEqual([]);
  });
});

describe('right to left', () => {
  it('mirrors the map controls in Arabic and keeps them on the left in French', async () => {
    await open('/ar');
    await waitForMap(page);
    expect(await page.locator('.leaflet-top.leaflet-right .leaflet-control-zoom').count()).toBe(1);
    expect(await page.locator('.leaflet-bottom.leaflet-left .leaflet-control-attribution').count()).toBe(1);
    // The zoom buttons sit at the map's right edge, where an Arabic reader starts.
    const box = await page.locator('.leaflet-control-zoom').boundingBox();
    const map = await page.locator('.leaflet-container').first().boundingBox();
    expect(map!.x + map!.width - (box!.x + box!.width)).toBeLessThan(20);
    await open('/fr');
    await waitForMap(page);
    expect(await page.locator('.leaflet-top.leaflet-left .leaflet-control-zoom').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lays the page out from the right: the title starts at the right edge of the content', async () => {
    await open('/ar/partners');
    await page.locator('table.directory-table tbody tr').first().waitFor();
    const [title, main] = await Promise.all([h1().boundingBox(), page.locator('main .container').first().boundingBox()]);
    expect(Math.abs(title!.x + title!.width - (main!.x + main!.width))).toBeLessThan(40);
    expect(errors).toEqual([]);
  });

  it('marks the Italian record texts on an Arabic page with their language, left to right', async () => {
    await open('/ar/partners/asp-agrigento');
    await page.locator('.mini-map .partner-marker').waitFor();
    expect(await h1().getAttribute('lang')).toBe('it');
    const description = page.locator('main p[lang="it"]').first();
    expect(await description.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // The interface around them is Arabic.
    expect(await page.getByRole('heading', { name: 'مكاتب الاستقبال والفرق' }).count()).toBe(1);
    expect(await page.locator('main [lang="it"]').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  it('gives an info page its title and gist in Arabic, then the Italian text marked as such', async () => {
    await open('/ar/privacy');
    await page.locator('.site-facts').waitFor();
    expect(await h1().textContent()).toBe('حماية البيانات الشخصية');
    expect(await page.locator('article > div[lang="it"] h2').first().textContent()).toBe('Titolare del trattamento');
    await page.getByRole('link', { name: 'اقرأ النسخة الإنجليزية' }).click();
    await page.waitForURL((u) => u.pathname === '/en/privacy');
    expect(errors).toEqual([]);
  });
});

describe('signed-in screens in French', () => {
  it('say they are Italian and English and lead to them, keeping the query', async () => {
    await open('/fr/dashboard?body=x');
    expect(await h1().textContent()).toBe('Espace réservé');
    const links = page.locator('main ul a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/dashboard?body=x', '/en/dashboard?body=x']);
    // The sign-in link says where it leads, and opens the Italian screen.
    const signIn = page.getByRole('link', { name: 'Se connecter (en italien)' });
    expect(await signIn.getAttribute('href')).toMatch(/^\/login\?next=/);
    expect(errors).toEqual([]);
  });
});

describe('an Arabic first visit', () => {
  it('downloads the Arabic dictionary and no Italian, English or French one', async () => {
    const scripts: Promise<string>[] = [];
    const p = await phone.newPage();
    p.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text());
    });
    await p.goto(`${server.url}/ar`);
    await p.locator('.partner-list > li').first().waitFor();
    await p.waitForLoadState('networkidle');
    const js = (await Promise.all(scripts)).join('\n');
    expect(js).toContain('انتقل إلى المحتوى الرئيسي');
    // Each dictionary's skip link and one of its longer sentences.
    for (const sentence of [
      'Vai al contenuto principale',
      'Nessun partner corrisponde ai filtri scelti',
      'Skip to main content',
      'No partner matches the chosen filters',
      'Aller au contenu principal',
      'Aucun partenaire ne correspond aux filtres choisis',
    ]) {
      expect(js.includes(sentence), `"${sentence}" in the JavaScript of /ar`).toBe(false);
    }
    await p.close();
  });
});
