import { expect, test, type Page } from '@playwright/test';
import { readDirectory } from '../../src/lib/directory/directory-data.ts';

/**
 * Phone first: at 390 x 844 (a common phone), the answer starts on the first screen. Every template, in English and
 * Arabic (whose text and header run longer): the page's h1 starts within 200 px of the top; on search and directory
 * with a query or a filter, the first result starts within the first screen.
 */
const phone = { width: 390, height: 844 };
const h1Limit = 200;
const entry = readDirectory()[0]?.id ?? '';

const templatePaths = [
  '/',
  '/short-breaks/',
  '/short-breaks/easy-read/',
  '/short-breaks/check/',
  '/short-breaks/check/ask/',
  '/ehcp/key-dates/',
  '/ordinarily-available-provision/',
  '/ordinarily-available-provision/cognition-and-learning/',
  '/ordinarily-available-provision/cognition-and-learning/checklist/primary/',
  '/directory/',
  `/directory/${entry}/`,
  '/directory/need/communication-and-interaction/',
  '/glossary/',
  '/search/',
  '/contact/',
  '/you-said-we-did/',
  '/404.html',
];

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

test.use({ viewport: phone });

for (const prefix of ['', '/ar']) {
  for (const path of templatePaths) {
    const address = path === '/404.html' ? `${prefix}/no-such-page/` : `${prefix}${path}`;
    test(`the h1 of ${address} starts within ${h1Limit} px of the top on a phone`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(path === '/404.html' ? 404 : 200);
      expect(await top(page, 'h1')).toBeLessThanOrEqual(h1Limit);
    });
  }

  test(`the first search result for "autism" in ${prefix || '/'} starts on the first screen of a phone`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/search/?q=autism`);
    const first = page.locator('.search-result').first();
    await expect(first).toBeVisible();
    expect(await top(page, '.search-result')).toBeLessThan(phone.height);
  });

  test(`the first directory result with a filter in ${prefix || '/'} starts on the first screen of a phone`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/directory/?need=communication-and-interaction`);
    const first = page.locator('.directory-item').first();
    await expect(first).toBeVisible();
    expect(await top(page, '.directory-item')).toBeLessThan(phone.height);
  });

  test(`the first directory result in a filter's own page in ${prefix || '/'} starts on the first screen`, async ({
    browser,
  }) => {
    // Readers without JavaScript filter with one page per value.
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${prefix}/directory/need/communication-and-interaction/`);
    expect(await top(page, '.directory-item')).toBeLessThan(phone.height);
    await context.close();
  });
}

test('on a phone the header is two short rows with a link to search, and the search page has one search field', async ({
  page,
}) => {
  await page.goto('/short-breaks/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header?.height).toBeLessThanOrEqual(120);
  await expect(page.locator('.site-header .search-form')).toBeHidden();
  await page.locator('.site-header').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.locator('.site-header__search-link')).toHaveCount(0);
});

test('on a phone the breadcrumbs are one link to the page above, and the checker keeps only its back link', async ({
  page,
}) => {
  await page.goto('/ehcp/key-dates/');
  const crumbs = page.getByRole('navigation', { name: 'You are here' });
  await expect(crumbs.getByRole('link')).toHaveText(['Education, Health and Care (EHC) plans']);
  await page.goto('/short-breaks/check/ask/');
  await expect(page.getByRole('navigation', { name: 'You are here' })).toBeHidden();
  await expect(page.locator('.back-link')).toBeVisible();
  await expect(page.locator('.checker__number')).toBeVisible();
});

test('on a phone the directory shows results first, and "Apply filters" moves to them', async ({ page }) => {
  await page.goto('/directory/');
  const panel = page.locator('.directory__panel');
  await expect(panel.locator('summary')).toHaveText('Filter the list');
  await expect(panel.getByRole('checkbox').first()).toBeHidden();
  await panel.locator('summary').click();
  await panel.getByRole('checkbox', { name: /Communication and interaction/ }).check();
  await panel.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?need=communication-and-interaction$/);
  await expect(page.locator('.directory__results h2')).toBeFocused();
});

test('where there is room, the directory filters sit open beside the results', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/directory/need/communication-and-interaction/');
  await expect(page.locator('.directory__panel summary')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Browse the directory' })).toBeVisible();
  await context.close();
});

test('a topic page prints for a meeting: no header or forms, links written out, review dates and sources kept', async ({
  page,
}) => {
  await page.goto('/ehcp/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.feedback')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.page-meta__dates')).toBeVisible();
  await expect(page.locator('.page-meta__sources li').first()).toBeVisible();
  const written = await page
    .locator('.prose a[href^="/"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(written).toMatch(/^" \(http:\/\/localhost:4321\/[a-z-]/);
});
