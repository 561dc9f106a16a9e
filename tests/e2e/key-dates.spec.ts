import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeTags } from './axe.ts';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function typeDate(page: Page, legend: RegExp | string, day: string, month: string, year: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel(/^(Day|Dzień|Ziua|日|Dia|اليوم)$/).fill(day);
  await group.getByLabel(/^(Month|Miesiąc|Luna|月|Mês|الشهر)$/).fill(month);
  await group.getByLabel(/^(Year|Rok|Anul|年|Ano|السنة)$/).fill(year);
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the date tools with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the EHC key dates page works out the three dates, keeps them out of the address, and gives a calendar file', async ({
      page,
    }) => {
      await page.goto('/ehcp/');
      await page
        .getByRole('region', { name: 'Work out your dates' })
        .getByRole('link', { name: /Key dates/ })
        .click();
      await expect(page).toHaveURL('/ehcp/key-dates/');
      await typeDate(page, /When did the council receive the request/, '2', '12', '2026');
      await page.getByRole('button', { name: 'Work out the dates' }).click();

      await expect(page.getByRole('heading', { name: 'Your key dates' })).toBeVisible();
      const answer = page.locator('.key-dates__answer');
      await expect(answer).toContainText('Wednesday, 13 January 2027');
      await expect(answer).toContainText('Wednesday, 24 March 2027');
      await expect(answer).toContainText('Wednesday, 21 April 2027');
      await expect(answer).toContainText('The dates in the council’s letters stand.');
      expect(page.url()).not.toMatch(/2026|2027/);
      await expect(page).toHaveTitle(/^Your key dates: /);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Add these dates to my calendar' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('ehc-key-dates.ics');
      const calendar = readFileSync(await file.path(), 'utf8');
      expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(3);
      expect(calendar).toContain('DTSTART;VALUE=DATE:20270421');
    });

    test('a date that does not exist comes back with what was typed and a link to the box to correct', async ({
      page,
    }) => {
      await page.goto('/disagreements/appeal-deadline/');
      await typeDate(page, /date on the decision letter/, '31', '4', '2026');
      await page.getByRole('button', { name: 'Work out the dates' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toContainText('Enter a real date, for example 27 3 2026');
      await expect(page.locator('#decision-day')).toHaveValue('31');
      await expect(page.locator('#decision-year')).toHaveValue('2026');
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await summary.getByRole('link').click();
      await expect(page.locator('#decision-day')).toBeFocused();
      await page.locator('#decision-day').fill('30');
      await page.getByRole('button', { name: 'Work out the dates' }).click();
      // 2 months after 30 April 2026 is 30 June 2026, a Tuesday.
      await expect(page.locator('.key-dates__deadline')).toHaveText('Tuesday, 30 June 2026, by 5pm');
    });
  });
}

test('in Arabic the appeal deadline reads right to left, in Arabic, with the Gregorian date', async ({ page }) => {
  await page.goto('/ar/disagreements/appeal-deadline/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const groups = page.locator('fieldset.date-input');
  await groups.nth(0).locator('input').nth(0).fill('5');
  await groups.nth(0).locator('input').nth(1).fill('6');
  await groups.nth(0).locator('input').nth(2).fill('2026');
  await page.locator('.key-dates__form button[type="submit"]').click();
  // 2 months after 5 June 2026 is 5 August: in August, so the first working day of September.
  await expect(page.locator('.key-dates__deadline')).toContainText('1 سبتمبر 2026');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
});

test('the date form reflows at 320px and is usable with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ehcp/key-dates/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.locator('#requested-day').focus();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await page.keyboard.press('Enter');
  await expect(page.locator('.key-dates__answer')).toContainText('13 January 2027');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
