import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { unlistedPaths, sitemapPaths } from '../site-pages.ts';
import { axeViolations, installAxe } from './axe.ts';

/** Every built page (the sitemap plus the 404 and thank-you pages), grouped by language. */
function pagesIn(code: string): string[] {
  const all = [...sitemapPaths(), ...unlistedPaths()];
  const prefixed = (path: string) => locales.some((l) => l.code !== 'en' && path.startsWith(`/${l.code}/`));
  return all.filter((path) => (code === 'en' ? !prefixed(path) : path.startsWith(`/${code}/`)));
}

/** Collects console errors, failed requests and any request that leaves the test server. */
function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is the browser dropping a request (a late favicon, say) because the test moved to the next page.
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`status ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:')) problems.push(`third-party request: ${url}`);
  });
  return problems;
}

// One test per language visits each of its pages in turn: a fresh browser context per page would cost more than
// the checks themselves. Every failure names its page.
for (const { code } of locales) {
  const paths = pagesIn(code);

  test.describe(`${code}: every page`, () => {
    test(`passes axe (WCAG 2.2 AA and best practice), loads cleanly and requests nothing from other sites`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(20_000 + paths.length * 4_000);
      expect(paths.length).toBeGreaterThan(3);
      await installAxe(page);
      const failures: string[] = [];
      for (const path of paths) {
        const problems = watch(page, baseURL ?? '');
        const response = await page.goto(path);
        // Wait for islands to hydrate, so their errors and their markup are part of the check.
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
        if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
        failures.push(...(await axeViolations(page)).map((line) => `${path}: ${line}`));
        failures.push(...problems.map((p) => `${path}: ${p}`));
        page.removeAllListeners();
      }
      expect(failures).toEqual([]);
    });
  });

  test.describe(`${code}: every page without JavaScript`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

    test('renders its heading and help, and reflows at 320 CSS pixels with no horizontal scrolling', async ({
      page,
    }) => {
      test.setTimeout(20_000 + paths.length * 3_000);
      const failures: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        for (const selector of ['h1', '.site-header__name', '.help a[href^="tel:"]', 'footer a[href$="/contact/"]']) {
          if (!(await page.locator(selector).first().isVisible())) failures.push(`${path}: ${selector} is not visible`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`${path}: scrolls sideways by ${overflow}px at 320px wide`);
      }
      expect(failures).toEqual([]);
    });
  });
}
