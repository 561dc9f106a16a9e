/**
 * What every built page must do in a real browser, written once for Plymouth's pages (tests/e2e/every-page.spec.ts)
 * and the sample council's (tests/dist/sample-council.test.ts). Each check returns one line per problem, naming the
 * page, so a sweep over hundreds of pages reports every failure at once.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from '../e2e/axe.ts';

/** Collects console errors, failed requests and any request that leaves the site under test. */
/**
 * Waits until every island on the page has hydrated (Astro drops `ssr` from an island once it has). Until then the
 * page works as it does without JavaScript, so a test of what an island does in place must wait for this first.
 */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

export function watchPage(page: Page, baseURL: string): string[] {
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

/**
 * With JavaScript: the page answers 200, passes axe (WCAG 2.2 AA and best practice) once its islands have woken, and
 * loads with a clean console and no request to another site. The page must have axe installed (installAxe).
 */
export async function accessibleAndClean(page: Page, path: string, baseURL: string): Promise<string[]> {
  const problems = watchPage(page, baseURL);
  const response = await page.goto(path);
  // Wait for islands to hydrate, so their errors and their markup are part of the check.
  await islandsHydrated(page);
  const failures: string[] = [];
  if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
  failures.push(...(await axeViolations(page)).map((line) => `${path}: ${line}`));
  failures.push(...problems.map((p) => `${path}: ${p}`));
  page.removeAllListeners();
  return failures;
}

/**
 * Without JavaScript, 320 CSS pixels wide: the heading, the service's name, the help line and the contact link are
 * shown, and nothing scrolls sideways (WCAG 1.4.10 Reflow).
 */
export async function worksWithoutJavaScriptAt320(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const failures: string[] = [];
  for (const selector of ['h1', '.site-header__name', '.help a[href^="tel:"]', 'footer a[href$="/contact/"]']) {
    if (!(await page.locator(selector).first().isVisible())) failures.push(`${path}: ${selector} is not visible`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) failures.push(`${path}: scrolls sideways by ${overflow}px at 320px wide`);
  return failures;
}
