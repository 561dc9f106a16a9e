import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { templates } from './templates.ts';

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/early-years/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the language switcher opens and changes language without a mouse, staying on the same page', async ({
    page,
  }) => {
    await page.goto('/early-years/');
    const summary = page.locator('.language-switcher summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.language-switcher nav')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('.language-switcher a').first()).toBeFocused();
    const polish = page.locator('.language-switcher a[hreflang="pl"]');
    await polish.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/pl\/early-years\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  });

  test('the search box submits with Enter as a plain GET to /search/', async ({ page }) => {
    await page.goto('/ro/contact/');
    await page.getByRole('searchbox').fill('short breaks');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ro\/search\/\?q=short\+breaks$/);
  });
});

test.describe('layout', () => {
  test('Arabic pages run right to left, with the header and pictures mirrored', async ({ page }) => {
    await page.goto('/ar/early-years/easy-read/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const name = await page.locator('.site-header__name').boundingBox();
    const search = await page.locator('.search-form').boundingBox();
    expect(name && search && name.x > search.x).toBe(true);
    const idea = page.locator('.easy-read__idea').first();
    const picture = await idea.locator('svg').boundingBox();
    const words = await idea.locator('p').boundingBox();
    expect(picture && words && picture.x > words.x).toBe(true);

    await page.goto('/early-years/easy-read/');
    const englishPicture = await page.locator('.easy-read__idea svg').first().boundingBox();
    const englishWords = await page.locator('.easy-read__idea p').first().boundingBox();
    expect(englishPicture && englishWords && englishPicture.x < englishWords.x).toBe(true);
  });

  test('easy-read text is at least 18px', async ({ page }) => {
    await page.goto('/primary/easy-read/');
    const size = await page
      .locator('.easy-read__idea p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
  });

  for (const path of templates) {
    test(`${path} passes axe in the dark theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page leads with what people come to do, before any explanation', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings[0]).toBe('What do you want to do?');
    const tasks = page.locator('.home-tasks a');
    await expect(tasks).toHaveCount(7);
    // The first task is on the first screen of a phone, and every task is above the page's explanation.
    const first = await tasks.first().boundingBox();
    expect(first && first.y + first.height).toBeLessThan(844);
    const last = await tasks.last().boundingBox();
    const prose = await page.locator('main .prose').boundingBox();
    expect(last && prose && last.y < prose.y).toBe(true);
    await page.getByRole('link', { name: 'Disagree with a decision or make a complaint' }).click();
    await expect(page).toHaveURL(/\/disagreements\/$/);
    await expect(page.locator('h1')).toBeVisible();
  });

  test('a family can go from the home page to a life stage, its easy read, and another language', async ({ page }) => {
    await page.goto('/');
    await page.locator('.card a').first().click();
    await expect(page).toHaveURL(/\/early-years\/$/);
    await page.locator('.easy-read-link a').click();
    await expect(page).toHaveURL(/\/early-years\/easy-read\/$/);
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="ar"]').click();
    await expect(page).toHaveURL(/\/ar\/early-years\/easy-read\/$/);
    await page.locator('.easy-read-link a').click();
    await expect(page).toHaveURL(/\/ar\/early-years\/$/);
  });
});

test.describe('server', () => {
  test('every response carries the security headers', async ({ request }) => {
    for (const path of ['/', '/ar/contact/', '/api/health', '/no-such-page/']) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(headers['content-security-policy'], path).toContain("object-src 'none'");
      expect(headers['content-security-policy'], path).toContain("base-uri 'none'");
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).toContain("worker-src 'self' blob:");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toBeTruthy();
    }
  });

  test('a missing page answers 404 in the reader language', async ({ page }) => {
    const english = await page.goto('/no-such-page/');
    expect(english?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    const polish = await page.goto('/pl/no-such-page/');
    expect(polish?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  });

  test('pages are sent compressed', async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Encoding': 'br' } });
    expect(response.headers()['content-encoding']).toBe('br');
  });

  test('the health check answers', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
