import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readDirectory } from '../../src/lib/directory/directory-data.ts';
import { matches, maskOf, pageSize, summaryOf } from '../../src/lib/directory/directory-facets.ts';
import { byName } from '../../src/lib/directory/directory-index.ts';
import { axeTags } from './axe.ts';

const entries = readDirectory().sort(byName);
const count = (selection: Parameters<typeof matches>[1]) =>
  entries.filter((e) => matches(maskOf(e.taxonomy), selection)).length;
const names = (page: Page) => page.locator('.directory-item__name a').allTextContents();

async function checkAxe(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(
    results.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Waits until the island has the whole list and shows its tick boxes. */
async function filtersReady(page: Page) {
  await expect(page.getByRole('heading', { name: 'Filter the list' })).toBeVisible();
}

test.describe('directory without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('browses one facet at a time through pre-rendered pages, and pages through the list', async ({ page }) => {
    await page.goto('/directory/');
    await expect(page.getByRole('heading', { name: 'Browse the directory' })).toBeVisible();
    await expect(page.locator('.directory__count')).toHaveText(
      `Showing 1 to ${Math.min(pageSize, entries.length)} of ${entries.length}`,
    );
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await expect(page).toHaveURL(/\/directory\/kind\/training\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Type of listing: Training');
    expect(await names(page)).toHaveLength(count({ kind: ['training'] }));
    await expect(page.getByRole('link', { name: 'Training', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'See all listings' }).click();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/directory\/page\/2\/$/);
    expect(await names(page)).toEqual(entries.slice(pageSize, pageSize * 2).map((e) => e.name));
  });

  test('an entry page works in full, and its shortlist link explains that the shortlist needs JavaScript', async ({
    page,
  }) => {
    const entry = entries.find((e) => e.phones.length > 0) ?? entries[0];
    await page.goto(`/directory/${entry?.id ?? ''}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry?.name ?? '');
    await expect(page.getByText('Checked on')).toBeVisible();
    await page.getByRole('link', { name: 'Add to my shortlist' }).click();
    await expect(page).toHaveURL(/\/directory\/shortlist\/\?add=/);
    await expect(page.locator('main')).toContainText('needs JavaScript');
  });
});

test.describe('directory with JavaScript', () => {
  test('combines filters instantly with counts, and keeps them in the address', async ({ page }) => {
    await page.goto('/directory/');
    await filtersReady(page);
    const needs = page.getByRole('group', { name: 'Area of need' });
    const kinds = page.getByRole('group', { name: 'Type of listing' });
    await expect(kinds.getByLabel(/^Training/)).toHaveAccessibleName(`Training (${count({ kind: ['training'] })})`);

    await page
      .getByRole('group', { name: 'Who it is for' })
      .getByLabel(/^School staff/)
      .check();
    await expect(page).toHaveURL(/\/directory\/\?audience=professionals$/);
    // Counts in other facets now say how many of the chosen listings each value would leave.
    await expect(kinds.getByLabel(/^Training/)).toHaveAccessibleName(
      `Training (${count({ audience: ['professionals'], kind: ['training'] })})`,
    );
    await kinds.getByLabel(/^Training/).check();
    await needs.getByLabel(/^Communication/).check();
    const selection = {
      need: ['communication-and-interaction'],
      audience: ['professionals'],
      kind: ['training'],
    };
    await expect(page).toHaveURL(/\?need=communication-and-interaction&audience=professionals&kind=training$/);
    const expected = entries.filter((e) => matches(maskOf(e.taxonomy), selection)).map((e) => e.name);
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator('.directory__count')).toHaveText(`Showing 1 to ${expected.length} of ${expected.length}`);
    expect(await names(page)).toEqual(expected);

    // The address restores the same view, as a bookmark or a shared link would.
    await page.reload();
    await filtersReady(page);
    await expect(kinds.getByLabel(/^Training/)).toBeChecked();
    expect(await names(page)).toEqual(expected);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/directory\/$/);
    await expect(page.locator('.directory__count')).toContainText(`of ${entries.length}`);
  });

  test('says when nothing matches, searches by words, and pages in place with focus on the results', async ({
    page,
  }) => {
    await page.goto(
      '/directory/?stage=preparing-for-adulthood&level=universal&kind=training&need=sensory-and-physical',
    );
    await filtersReady(page);
    const none = count({
      stage: ['preparing-for-adulthood'],
      level: ['universal'],
      kind: ['training'],
      need: ['sensory-and-physical'],
    });
    await expect(page.locator('.directory__count')).toHaveText(
      none === 0 ? /^No listings match all your choices/ : `Showing 1 to ${none} of ${none}`,
    );
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByLabel('Search by name or words').fill('speech');
    await expect(page).toHaveURL(/\?q=speech$/);
    const withSpeech = entries
      .filter((e) => /speech/i.test(`${e.name} ${e.organization.name} ${summaryOf(e.description)}`))
      .map((e) => e.name);
    expect(withSpeech.length).toBeGreaterThan(0);
    await expect(page.locator('.directory-item__name a')).toHaveText(withSpeech);
    await page.getByLabel('Search by name or words').fill('');

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/directory\/\?page=2$/);
    await expect(page.getByRole('heading', { name: 'Services and resources', exact: true })).toBeFocused();
    expect(await names(page)).toEqual(entries.slice(pageSize, pageSize * 2).map((e) => e.name));
  });

  test('each state of the filter island passes axe, in English and Arabic', async ({ page }) => {
    await page.goto('/directory/');
    await filtersReady(page);
    await checkAxe(page, 'all listings');
    await page
      .getByRole('group', { name: 'Area of need' })
      .getByLabel(/^Sensory/)
      .check();
    await checkAxe(page, 'filtered');
    await page.goto('/directory/?kind=training&level=specialist&stage=early-years&need=sensory-and-physical');
    await filtersReady(page);
    await checkAxe(page, 'few or no results');
    await page.goto('/ar/directory/?kind=service');
    await expect(page.locator('#directory-filters-heading')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.directory-item__name').first()).toHaveAttribute('lang', 'en-GB');
    await checkAxe(page, 'Arabic, filtered');
  });
});

test.describe('shortlist', () => {
  test('adds from entry pages, removes, prints and shares, all kept in this browser', async ({ page, browser }) => {
    const [first, second] = entries;
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') requests.push(`${request.method()} ${request.url()}`);
    });

    await page.goto(`/directory/${first?.id ?? ''}/`);
    await page.getByRole('link', { name: 'Add to my shortlist' }).click();
    await expect(page.getByRole('status')).toHaveText(`Added to your shortlist: ${first?.name ?? ''}`);
    // The one-off "add" leaves the address, so reloading does not add twice.
    await expect(page).toHaveURL(/\/directory\/shortlist\/$/);
    await page.goto(`/directory/${second?.id ?? ''}/`);
    await page.getByRole('link', { name: 'Add to my shortlist' }).click();
    await expect(page.locator('.shortlist__item h3')).toHaveText([first?.name ?? '', second?.name ?? '']);
    await page.reload();
    await expect(page.locator('.shortlist__item h3')).toHaveText([first?.name ?? '', second?.name ?? '']);
    await checkAxe(page, 'shortlist with two listings');

    const share = await page.getByLabel('Link to your shortlist').inputValue();
    expect(share).toMatch(new RegExp(`/directory/shortlist/\\?ids=${first?.id ?? ''},${second?.id ?? ''}$`));

    await page.getByRole('button', { name: `Remove from my shortlist: ${first?.name ?? ''}` }).click();
    await expect(page.locator('.shortlist__item h3')).toHaveText([second?.name ?? '']);
    await expect(page.getByRole('status')).toHaveText(`Removed from your shortlist: ${first?.name ?? ''}`);
    await expect(page.getByRole('heading', { name: 'Services and resources', exact: true })).toBeFocused();

    // Someone else opens the shared link in their own browser: they see both, and their own list is untouched.
    const other = await browser.newContext();
    const theirs = await other.newPage();
    await theirs.goto(share);
    const shared = theirs.getByRole('region', { name: 'A shortlist someone shared with you' });
    await expect(shared.locator('.shortlist__item h3')).toHaveText([first?.name ?? '', second?.name ?? '']);
    await expect(theirs.getByText('Your shortlist is empty.')).toBeVisible();
    await checkAxe(theirs, 'shared shortlist');
    await theirs.getByRole('button', { name: 'Add these to my shortlist' }).click();
    await expect(theirs.locator('.shortlist__item h3')).toHaveText([first?.name ?? '', second?.name ?? '']);
    await other.close();

    // Print styles hide the controls.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print this list' })).toBeHidden();
    await expect(page.locator('.shortlist__item h3')).toBeVisible();
    expect(requests).toEqual([]);
  });
});
