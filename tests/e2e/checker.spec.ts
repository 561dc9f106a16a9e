import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeTags } from './axe.ts';
import { islandsHydrated } from '../support/page-checks.ts';

/** Journeys through the short breaks checker, as a parent would answer, with the outcome each must reach. */
const journeys = [
  { answers: ['No, we live somewhere else'], outcome: 'Ask the council where you live' },
  { answers: ['Yes, we live in Plymouth', '18 or over'], outcome: 'Support for young adults is different' },
  {
    answers: ['Yes, we live in Plymouth', 'Under 18', 'No'],
    outcome: 'Activities open to everyone may suit your child',
  },
  {
    answers: ['Yes, we live in Plymouth', 'Under 18', 'I am not sure', 'Some extra help', 'I am managing'],
    outcome: 'Targeted short breaks may suit your child',
  },
  {
    answers: ['Yes, we live in Plymouth', 'Under 18', 'Yes', 'Some extra help', 'I am finding it hard'],
    outcome: "Ask for a carer's assessment, and about short breaks",
  },
  {
    answers: ['Yes, we live in Plymouth', 'Under 18', 'Yes', 'A lot of help all the time'],
    outcome: 'Ask for a social care assessment for specialist short breaks',
  },
];

async function answer(page: Page, label: string) {
  await page
    .locator('main')
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .click();
}

async function finish(page: Page, outcome: string, answers: string[]) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  for (const given of answers) await expect(page.locator('.summary-list')).toContainText(given.split(',')[0] ?? given);
  await page.getByRole('link', { name: 'See your result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcome);
  await expect(page.locator('main')).toContainText('This checker is a guide, not a decision');
  await expect(page.locator('main')).toContainText('you can always ask Plymouth City Council for an assessment');
  await expect(page.locator('.summary-list')).toContainText(answers.at(-1)?.split(',')[0] ?? '');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`short breaks checker with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const { answers, outcome } of journeys) {
      test(`${answers.join(' → ')} reaches "${outcome}"`, async ({ page }) => {
        await page.goto('/short-breaks/check/');
        await page.getByRole('link', { name: 'Start now' }).click();
        for (const label of answers) await answer(page, label);
        await finish(page, outcome, answers);
      });
    }
  });
}

test.describe('short breaks checker in the browser', () => {
  test('moves focus to each new heading, keeps the URL in step, and the back button works', async ({ page }) => {
    await page.goto('/short-breaks/check/ask/');
    // The island wakes when the browser is idle; before that, an answer is a link to the next built page.
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
    await answer(page, 'Yes, we live in Plymouth');
    await expect(page).toHaveURL(/\/short-breaks\/check\/ask\/plymouth\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old is your child or young person?');
    await answer(page, 'Under 18');
    await expect(page).toHaveURL(/\/ask\/plymouth\/under-18\/$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old is your child or young person?');
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Does your child have a disability?');
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL(/\/ask\/plymouth\/$/);
  });

  test('a change link goes back to that question and keeps the earlier answers', async ({ page }) => {
    await page.goto('/short-breaks/check/ask/plymouth/under-18/no/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
    await page.getByRole('link', { name: /Change your answer to: Does your child have a disability/ }).click();
    await expect(page).toHaveURL(/\/ask\/plymouth\/under-18\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Does your child have a disability?');
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/short-breaks/check/');
    await page.getByRole('link', { name: 'Start now' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Does your child live in Plymouth?');
    // Tab from the back link to the first answer, then to the second.
    await page.getByRole('link', { name: 'Back' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('main').getByRole('button', { name: 'No, we live somewhere else' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
    await page.getByRole('link', { name: 'See your result' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask the council where you live');
  });

  test('sends no answer over the network', async ({ page }) => {
    await page.goto('/short-breaks/check/ask/');
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
    const requests: { method: string; url: string; type: string }[] = [];
    page.on('request', (request) =>
      requests.push({ method: request.method(), url: request.url(), type: request.resourceType() }),
    );
    await answer(page, 'Yes, we live in Plymouth');
    await answer(page, 'Under 18');
    await answer(page, 'Yes');
    await answer(page, 'A lot of help all the time');
    await page.getByRole('link', { name: 'See your result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ask for a social care assessment for specialist short breaks',
    );
    await expect(page).toHaveURL(/\/plymouth\/under-18\/yes\/a-lot\/result\/$/);
    // Every step was shown in place: no page was fetched, nothing was posted, and no request names an answer.
    // (Chromium asks for the favicon again when the address changes; that request carries nothing.)
    expect(requests.filter((r) => r.type === 'document' || r.method !== 'GET')).toEqual([]);
    for (const value of ['plymouth', 'under-18', 'a-lot', 'result']) {
      expect(requests.filter((r) => r.url.includes(value))).toEqual([]);
    }
  });

  test('each state of the island passes axe', async ({ page }) => {
    await page.goto('/short-breaks/check/ask/');
    const check = async (state: string) => {
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${state}: ${v.id}`)).toEqual([]);
    };
    await check('first question');
    await answer(page, 'Yes, we live in Plymouth');
    await answer(page, '18 or over');
    await check('check your answers');
    await page.getByRole('link', { name: 'See your result' }).click();
    await check('outcome');
  });

  test('the easy read version reaches an outcome with pictures', async ({ page }) => {
    await page.goto('/short-breaks/check/easy-read/');
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect(page.locator('.checker__picture[role="img"]')).toHaveAttribute('aria-label', 'A pin on a map.');
    await answer(page, 'Yes');
    await answer(page, 'Under 18');
    await answer(page, 'Yes');
    await answer(page, 'Some extra help');
    await answer(page, 'It is hard, or I need a break');
    await page.getByRole('link', { name: 'See your result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You can ask for help for yourself');
    await expect(page).toHaveURL(
      /\/short-breaks\/check\/easy-read\/ask\/plymouth\/under-18\/yes\/some\/struggling\/result\/$/,
    );
  });

  test('in Arabic, the questions and answers are in Arabic, with English names marked to read left to right', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => problems.push(message.text()));
    await page.goto('/ar/short-breaks/check/ask/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.checker__options')).not.toHaveAttribute('lang', /^en/);
    await expect(page.locator('h1')).toContainText('هل يعيش طفلك في');
    await expect(page.locator('h1 span[lang="en-GB"][dir="ltr"]')).toHaveText('Plymouth');
    // The island renders the same marks in the browser: answering moves on in place, still marked. (Before it has
    // hydrated, answering submits the form, as without JavaScript.)
    await islandsHydrated(page);
    await page.locator('.checker__option').first().click();
    await expect(page).toHaveURL(/\/ar\/short-breaks\/check\/ask\/plymouth\/$/);
    await expect(page.locator('.checker__option').first()).not.toHaveText(/[A-Za-z]/);
    await page.goBack();
    await expect(page.locator('h1 span[lang="en-GB"]')).toHaveText('Plymouth');
    expect(problems.filter((p) => /hydrat|did not match/i.test(p))).toEqual([]);
  });
});
