import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSqliteStore } from '../../src/functions/stores/sqlite-store.ts';
import { axeTags } from './axe.ts';
import { feedbackDb } from './feedback-db.ts';

/** axe runs inside the page, so it needs JavaScript: the JavaScript-on runs check the same server-made pages. */
async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean) {
  if (!javaScriptEnabled) return;
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** What the function stored about a page, read from the same SQLite file the test server writes. */
async function storedFor(page: string) {
  const store = openSqliteStore(feedbackDb);
  try {
    return (await store.list()).filter((r) => r.page === page);
  } finally {
    await store.close();
  }
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`feedback with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('"Is this page useful?" leads to a thank-you page that links back, and is stored', async ({ page }) => {
      const path = javaScriptEnabled ? '/ehcp/' : '/short-breaks/';
      await page.goto(path);
      const before = (await storedFor(path)).length;
      await page.getByRole('button', { name: 'No this page is not useful' }).click();
      await expect(page).toHaveURL(new RegExp(`/feedback/thank-you/\\?page=${encodeURIComponent(path)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
      await expectNoAxeViolations(page, javaScriptEnabled);
      await page.getByRole('link', { name: 'Go back to the page you were on' }).click();
      await expect(page).toHaveURL(path);
      const stored = await storedFor(path);
      expect(stored).toHaveLength(before + 1);
      expect(stored.at(-1)).toMatchObject({ kind: 'useful', useful: 'no' });
    });

    test('"Report a problem" keeps what was typed when something is missing, then sends it', async ({ page }) => {
      const path = javaScriptEnabled ? '/pl/graduated-approach/' : '/graduated-approach/';
      await page.goto(path);
      await page.getByText(javaScriptEnabled ? 'Zgłoś problem' : 'Report a problem with this page').click();
      const doing = javaScriptEnabled ? 'Szukałem informacji' : 'Looking for <b>SEN Support</b>';
      await page.locator('#report-doing').fill(doing);
      await page.locator('#report-doing').press('Enter');

      // Nothing about what is wrong: the page comes back with an error summary and the words typed.
      await expect(page.locator('.error-summary')).toBeVisible();
      await expect(page.locator('#correct-doing')).toHaveValue(doing);
      await expectNoAxeViolations(page, javaScriptEnabled);
      await page.locator('.error-summary a').click();
      await expect(page.locator('#correct-wrong')).toBeFocused();
      await page.locator('#correct-wrong').fill('The phone number 07700 900123 is out of date');
      await page.getByRole('button', { name: javaScriptEnabled ? 'Wyślij' : 'Send' }).click();

      await expect(page).toHaveURL(/\/feedback\/thank-you\//);
      const [stored] = (await storedFor(path)).filter((r) => r.kind === 'problem');
      expect(stored).toMatchObject({ doing, wrong: 'The phone number [phone] is out of date' });
    });
  });
}

test('the accessibility statement reports accessibility problems to the same function', async ({ page }) => {
  await page.goto('/accessibility/');
  await page.getByRole('link', { name: 'accessibility problem form' }).click();
  await page.getByLabel('What is the accessibility problem?').fill('The focus outline is hard to see on buttons');
  await page
    .getByRole('region', { name: 'Report an accessibility problem' })
    .getByRole('button', { name: 'Send' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
  const stored = await storedFor('/accessibility/');
  expect(stored.map((r) => r.kind)).toContain('accessibility');
});

test('the honeypot is hidden from people, keyboards and screen readers', async ({ page }) => {
  await page.goto('/contact/');
  await expect(page.locator('input[name=website]').first()).toBeHidden();
  const reached: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? ''));
  }
  expect(reached).not.toContain('website');
});

/** What the function stored of searches that found nothing, with a given word in them. */
async function gapsWith(word: string) {
  const store = openSqliteStore(feedbackDb);
  try {
    return (await store.listSearchGaps()).filter((gap) => gap.query.includes(word));
  } finally {
    await store.close();
  }
}

test('a search that finds nothing offers to tell the council, sends only when pressed, and is stored', async ({
  page,
}) => {
  // A made-up word no page has, unique to this run.
  const word = `zqxv${String(Date.now()).slice(-6)}`;
  await page.goto(`/ar/search/?q=${word}`);
  const form = page.locator('.site-search .search-gap');
  await expect(form.getByRole('heading', { name: 'أخبر المجلس بما كنت تبحث عنه' })).toBeVisible();
  const field = form.getByRole('textbox');
  await expect(field).toHaveValue(word);
  await expectNoAxeViolations(page, true);
  // Showing the form sends nothing.
  expect(await gapsWith(word)).toEqual([]);
  await field.fill(`${word} hydrotherapy`);
  await form.getByRole('button').click();
  await expect(page).toHaveURL(/\/ar\/feedback\/thank-you\/\?page=%2Far%2Fsearch%2F$/);
  expect((await gapsWith(word)).map((gap) => [gap.language, gap.query])).toEqual([['ar', `${word} hydrotherapy`]]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page offers the same form below the A to Z list, and it works', async ({ page }) => {
    const word = `qzjw${String(Date.now()).slice(-6)}`;
    await page.goto('/search/');
    await expect(page.locator('.site-search')).toBeHidden();
    const section = page.locator('.search-gap--noscript');
    await expect(section.getByRole('heading', { name: 'Tell the council what you were looking for' })).toBeVisible();
    await section.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell the council what you were looking for');
    await expect(page.getByRole('alert')).toContainText('Tell us what you were looking for');
    await page.getByLabel('What were you looking for?').fill(word);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page).toHaveURL(/\/feedback\/thank-you\/\?page=%2Fsearch%2F$/);
    expect((await gapsWith(word)).map((gap) => gap.query)).toEqual([word]);
  });
});
