import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeTags } from './axe.ts';
import { islandsHydrated } from '../support/page-checks.ts';
import { resultsPerPage } from '../../src/lib/search/search-query.ts';

/** What one kind of reader types, and the page each search must find (in their language's pages, for `lang`). */
function searches(who: string, lang: string | undefined, wanted: Record<string, string>): Search[] {
  return Object.entries(wanted).map(([query, finds]) => ({
    who,
    query,
    finds: lang ? `/${lang}${finds}` : finds,
    lang,
  }));
}

interface Search {
  who: string;
  query: string;
  finds: string;
  lang?: string | undefined;
}

/**
 * Search quality: what parents, young people and school staff (SENCos) really type, and the page each must find in
 * the first three results. Run through the search page as a reader uses it, against the built site and its index.
 */
const queries: Search[] = [
  // Parents and carers
  ...searches('parent', undefined, {
    respite: '/short-breaks/',
    'my child is autistic': '/help-whilst-waiting/neurodevelopmental/',
    EHCP: '/ehcp/',
    'waiting for speech therapy': '/help-whilst-waiting/speech-and-language/',
    'how do I ask for an EHC needs assessment': '/ehcp/ask-for-an-assessment/',
    'education health and care plan': '/ehcp/',
    'ASD assessment': '/help-whilst-waiting/neurodevelopmental/',
    'how long is the wait for CAMHS': '/help-whilst-waiting/emotional-wellbeing-and-mental-health/',
    'community paediatrician': '/help-whilst-waiting/community-paediatrics/',
    'carers assessment': '/short-breaks/',
    'disagree with the council': '/disagreements/',
    'SEN support': '/graduated-approach/',
    'speech and language therapy': '/help-whilst-waiting/speech-and-language/',
    // The appeal deadline page is about appealing to the Tribunal: which decisions, by when, who helps.
    tribunal: '/disagreements/appeal-deadline/',
    'last day to appeal': '/disagreements/appeal-deadline/',
    'how long does an EHC needs assessment take': '/ehcp/key-dates/',
    'school transport': '/travel/',
    'special schools in Plymouth': '/specialist-provision/',
    'free childcare hours': '/childcare/',
    'direct payments': '/personal-budgets/',
    'social worker': '/social-care/',
    'occupational therapy': '/health/',
    'how to complain': '/disagreements/',
    'mediation certificate': '/disagreements/',
  }),
  // Young people
  ...searches('young person', undefined, {
    'ten wishes': '/ten-wishes/',
    'what does SENCO mean': '/glossary/#senco',
    'autism easy read': '/help-whilst-waiting/neurodevelopmental/easy-read/',
    'supported internship': '/post-16/',
    'disabled students allowance': '/post-16/',
    'what do words mean': '/glossary/easy-read/',
  }),
  // School staff
  ...searches('SENCo', undefined, {
    OAP: '/ordinarily-available-provision/',
    SEMH: '/ordinarily-available-provision/social-emotional-and-mental-health/',
    APDR: '/graduated-approach/',
    GATI: '/graduated-approach/',
    'sensory checklist secondary': '/ordinarily-available-provision/sensory-and-physical/checklist/secondary/',
    'social stories': '/ordinarily-available-provision/communication-and-interaction/',
    SALT: '/help-whilst-waiting/speech-and-language/',
    'graduated response': '/graduated-approach/',
    'what the law says a local offer must publish': '/about-this-local-offer/',
  }),
  // Families searching in their own language: each query finds the page translated into it
  ...searches('Polish parent', 'pl', {
    autyzm: '/help-whilst-waiting/neurodevelopmental/',
    logopeda: '/help-whilst-waiting/speech-and-language/',
    'przerwa od opieki': '/short-breaks/',
    'plan EHC': '/ehcp/',
    'skargi i odwołania': '/disagreements/',
    'dojazd do szkoły': '/travel/',
    'szkoła podstawowa': '/primary/',
  }),
  ...searches('Romanian parent', 'ro', {
    'îngrijire de răgaz': '/short-breaks/',
    'pauze scurte': '/short-breaks/',
    'plan de educație sănătate și îngrijire': '/ehcp/',
    contestație: '/disagreements/',
    'transport la școală': '/travel/',
    logopedie: '/help-whilst-waiting/speech-and-language/',
  }),
  ...searches('Portuguese parent', 'pt', {
    'terapia da fala': '/help-whilst-waiting/speech-and-language/',
    'pausas de descanso': '/short-breaks/',
    'plano EHC': '/ehcp/',
    'transporte escolar': '/travel/',
    reclamação: '/disagreements/',
    'avaliação de autismo': '/help-whilst-waiting/neurodevelopmental/',
  }),
  ...searches('Arabic-speaking parent', 'ar', {
    التوحد: '/help-whilst-waiting/neurodevelopmental/',
    'فترات الراحة القصيرة': '/short-breaks/',
    'خطة التعليم والصحة والرعاية': '/ehcp/',
    'التنقل إلى المدرسة': '/travel/',
    شكوى: '/disagreements/',
    'علاج النطق': '/help-whilst-waiting/speech-and-language/',
  }),
  // Chinese is typed without spaces between words.
  ...searches('Chinese-speaking parent', 'zh', {
    自闭症: '/help-whilst-waiting/neurodevelopmental/',
    短期休息服务: '/short-breaks/',
    教育健康和护理计划: '/ehcp/',
    上学交通: '/travel/',
    投诉和上诉: '/disagreements/',
    等待言语治疗: '/help-whilst-waiting/speech-and-language/',
  }),
];

/** Console messages, page errors and failed requests: a search must leave the console empty. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`status ${response.status()}: ${response.url()}`);
  });
  return problems;
}

function searchPage(lang = 'en'): string {
  return lang === 'en' ? '/search/' : `/${lang}/search/`;
}

const resultLinks = (page: Page) => page.locator('.search-result__title a');
const status = (page: Page) => page.locator('.site-search [role="status"]');

async function openSearchPage(page: Page, lang?: string) {
  await page.goto(searchPage(lang));
  await islandsHydrated(page);
}

async function search(page: Page, query: string, lang?: string) {
  await openSearchPage(page, lang);
  await page.locator('#search-query').fill(query);
  await page.keyboard.press('Enter');
}

const filtersToggle = (page: Page) => page.locator('.site-search__filters > summary');

test.describe('search quality', () => {
  for (const { who, query, finds, lang } of queries) {
    test(`${who}: "${query}" finds ${finds} in the top 3`, async ({ page }) => {
      const problems = watchConsole(page);
      await search(page, query, lang);
      await expect(status(page)).toContainText(query);
      await expect(resultLinks(page).first()).toBeVisible();
      const top3 = (await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).slice(
        0,
        3,
      );
      expect(top3).toContain(finds);
      expect(problems).toEqual([]);
    });
  }

  test('the suite covers parents, young people and SENCos, and five queries in each other language', () => {
    expect(queries.filter((q) => !q.lang).length).toBeGreaterThanOrEqual(25);
    for (const who of ['parent', 'young person', 'SENCo']) expect(queries.some((q) => q.who === who)).toBe(true);
    // At least five in each other language (searches() puts each on that language's own page).
    for (const code of ['pl', 'ro', 'zh', 'pt', 'ar']) {
      expect(queries.filter((q) => q.lang === code).length, code).toBeGreaterThanOrEqual(5);
    }
  });
});

test.describe('the search page', () => {
  test('shows each result with its title, highlighted excerpt, type and easy-read badge', async ({ page }) => {
    await search(page, 'autism');
    const first = page.locator('.search-result').first();
    await expect(first.locator('.search-result__title a')).toHaveText(/\S/);
    await expect(page.locator('.search-result mark').first()).toBeVisible();
    await expect(page.locator('.search-result .tag').first()).toBeVisible();
    await expect(page.locator('.search-result .badge', { hasText: 'Easy read' }).first()).toBeVisible();
    // Excerpts never show the synonyms added to the index, which are not on the page.
    for (const excerpt of await page.locator('.search-result__excerpt').allTextContents()) {
      expect(excerpt).not.toMatch(/ASD\. ASC\. autistic\./);
    }
  });

  test('announces the number of results in a polite live region', async ({ page }) => {
    await search(page, 'short breaks');
    const region = status(page);
    await expect(region).toContainText('Pages found');
    await expect(region).toHaveAttribute('role', 'status');
    const count = await resultLinks(page).count();
    const total = Number(/(\d+)\s*$/.exec((await region.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(count);
    await expect(region).toContainText('Pages found for “short breaks”');
  });

  test('keeps the query and filters in the URL, and the back button returns to the last search', async ({ page }) => {
    await search(page, 'autism');
    await expect(page).toHaveURL(/\/search\/\?q=autism$/);
    await filtersToggle(page).click();
    await page.getByRole('checkbox', { name: /^Easy read/ }).check();
    await expect(filtersToggle(page)).toContainText('(1 chosen)');
    await expect(page).toHaveURL(/\?q=autism&type=easy-read$/);
    await expect(page.locator('.search-result .tag')).toHaveCount(0);
    await expect(page.locator('.search-result .badge').first()).toBeVisible();
    const easyReadCount = await resultLinks(page).count();
    expect(easyReadCount).toBeGreaterThan(0);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=autism$/);
    await expect(page.getByRole('checkbox', { name: /^Easy read/ })).not.toBeChecked();
    await expect(page.locator('.search-result .tag').first()).toBeVisible();
    // A shared address opens the same search.
    await page.goto('/search/?q=autism&type=easy-read');
    await expect(page.locator('#search-query')).toHaveValue('autism');
    // The filters open by themselves, so the chosen one can be seen.
    await expect(page.getByRole('checkbox', { name: /^Easy read/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Easy read/ })).toBeVisible();
    await expect(resultLinks(page)).toHaveCount(easyReadCount);
  });

  test('browses by filter without a query, with counts that match the results', async ({ page }) => {
    await openSearchPage(page);
    await filtersToggle(page).click();
    const option = page.getByRole('checkbox', { name: /^Sensory and physical needs/ });
    await expect(option).toBeVisible();
    // The counts arrive with Pagefind's filter index.
    await expect(page.locator('label[for="filter-need-sensory-and-physical"]')).toContainText(/\(\d+\)/);
    const label = await page.locator('label[for="filter-need-sensory-and-physical"]').textContent();
    const expected = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    expect(expected).toBeGreaterThan(0);
    await option.check();
    await expect(page).toHaveURL(/\/search\/\?need=sensory-and-physical$/);
    await expect(status(page)).toContainText(`Pages found: ${expected}`);
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/ordinarily-available-provision/sensory-and-physical/');
  });

  test('works with the keyboard alone: type, search, filter, show more and open a result', async ({ page }) => {
    await openSearchPage(page);
    await page.locator('#search-query').focus();
    await page.keyboard.type('support');
    await page.keyboard.press('Enter');
    await expect(resultLinks(page).first()).toBeVisible();
    const before = await resultLinks(page).count();
    expect(before).toBe(10);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(resultLinks(page).nth(10)).toBeFocused();
    await filtersToggle(page).focus();
    await page.keyboard.press('Enter');
    const filter = page.getByRole('checkbox', { name: /^Young people/ });
    await expect(filter).toBeVisible();
    await filter.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/audience=young-people/);
    // The filtered results replace the longer list (20 after "show more"): wait for them before opening one, so the
    // link pressed is not one that is being swapped out.
    await expect.poll(() => resultLinks(page).count()).toBeLessThanOrEqual(10);
    await expect(resultLinks(page).first()).toBeVisible();
    await resultLinks(page).first().focus();
    const href = await resultLinks(page).first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.?*+^$[\]\\(){}|]/g, '\\$&')}$`));
  });

  test('suggests a site word for a misspelling, and the suggestion searches for it', async ({ page }) => {
    for (const [typed, suggested] of [
      ['dislexia', 'Dyslexia'],
      ['autisim', 'Autism'],
      ['ehcp plan', 'EHC plan'],
    ] as const) {
      await search(page, typed);
      const suggestion = page.locator('.site-search__suggestion a');
      await expect(suggestion).toHaveText(suggested);
    }
    await page.locator('.site-search__suggestion a').click();
    await expect(page).toHaveURL(/\?q=EHC\+plan$/);
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('says when nothing is found, and how to find a page anyway', async ({ page }) => {
    await search(page, 'xylophone');
    await expect(status(page)).toContainText('No pages found for “xylophone”');
    await expect(page.getByText('Check the spelling, use fewer words')).toBeVisible();
    await expect(resultLinks(page)).toHaveCount(0);
  });

  test('searches the index of the reader’s language', async ({ page }) => {
    await search(page, 'EHCP', 'pl');
    await expect(status(page)).toContainText('Strony znalezione dla „EHCP”');
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/pl\//);
    await expect(status(page)).toContainText('Strony znalezione dla „EHCP”');
  });

  test('each state of the island passes axe', async ({ page }) => {
    const check = async (state: string) => {
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    };
    await openSearchPage(page);
    await expect(page.locator('#search-query')).toBeVisible();
    await check('empty');
    await search(page, 'autism');
    await expect(resultLinks(page).first()).toBeVisible();
    await check('results');
    await filtersToggle(page).click();
    await expect(page.locator('label[for="filter-type-easy-read"]')).toContainText(/\(\d+\)/);
    await check('filters open');
    await page.getByRole('checkbox', { name: /^Easy read/ }).check();
    await expect(page).toHaveURL(/type=easy-read/);
    await check('filtered');
    await search(page, 'xylophone');
    await expect(status(page)).toContainText('No pages found');
    await check('no results');
    await search(page, 'dislexia');
    await expect(page.locator('.site-search__suggestion a')).toBeVisible();
    await check('suggestion shown');
    await page.goto('/ar/search/?q=%D8%A7%D9%84%D8%AA%D9%88%D8%AD%D8%AF');
    await expect(resultLinks(page).first()).toBeVisible();
    await check('results in Arabic, right to left');
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says search needs JavaScript and lists every page A to Z, the glossary included', async ({ page }) => {
    await page.goto('/search/?q=respite');
    await expect(page.getByText('Searching by words needs JavaScript')).toBeVisible();
    // The form cannot search without JavaScript, so it is not offered.
    await expect(page.locator('#search-query')).toBeHidden();
    await expect(page.locator('.az-list a[href="/glossary/"]')).toBeVisible();
    await expect(page.locator('.az-list a[href="/short-breaks/"]')).toBeVisible();
  });
});

test.describe('the search page with JavaScript', () => {
  test('shows the form, not the no-JavaScript note, from the first paint', async ({ page }) => {
    // Hold the island's code back: what shows before it runs is the built page and the stylesheet alone.
    const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('#search-query')).toBeVisible();
    await expect(page.getByText('Searching by words needs JavaScript')).toBeHidden();
    // Words typed before the island wakes are kept, and searched for as soon as it does.
    await page.locator('#search-query').fill('respite');
    release(undefined);
    await islandsHydrated(page);
    await expect(page.locator('#search-query')).toHaveValue('respite');
    await expect(status(page)).toContainText('Pages found for “respite”');
    await expect(page).toHaveURL(/\/search\/\?q=respite$/);
  });

  test('downloads the search index only when the reader reaches for search', async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) indexRequests.push(request.url());
    });
    // An address with something other than a search in it (a newsletter's link, say) is not a search either.
    await page.goto('/search/?from=newsletter');
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);
    await openSearchPage(page);
    await page.waitForLoadState('networkidle');
    // Someone here for the A to Z list costs nothing more.
    expect(indexRequests).toEqual([]);
    const loaded = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    await page.locator('#search-query').focus();
    await loaded;
  });

  test('with a search in the address, starts Pagefind from the page’s first bytes, without waiting for the island', async ({
    page,
  }) => {
    // The island's code never arrives: whatever asks for the index now is the page's own starter.
    await page.route(/\/_astro\/SiteSearch\.[\w-]+\.js$/, (route) => route.abort());
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/pagefind/')) requested.push(`${url.pathname}${url.search}`);
    });
    const wordsIndex = page.waitForRequest((request) => /\/pagefind\/index\/pl_\w+\.pf_index$/.test(request.url()));
    const firstResults = page.waitForRequest((request) =>
      /\/pagefind\/fragment\/pl_\w+\.pf_fragment$/.test(request.url()),
    );
    await page.goto('/pl/search/?q=opieka+wytchnieniowa');
    // Pagefind, started by the page, loads the part of the Polish index for the words in the address, searches, and
    // loads the first page of results.
    await wordsIndex;
    await firstResults;
    await page.waitForLoadState('networkidle');
    const fragments = requested.filter((url) => url.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(resultsPerPage);
    const [tag] = ((await page.locator('script[data-search-starter]').getAttribute('data-search-starter')) ?? '').split(
      ' ',
    );
    expect(requested).toEqual(
      expect.arrayContaining([
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        `/pagefind/pagefind-entry.json?ts=${tag ?? ''}`,
        '/pagefind/wasm.pl.pagefind',
        expect.stringMatching(/^\/pagefind\/pagefind\.pl_\w+\.pf_meta$/),
        expect.stringMatching(/^\/pagefind\/filter\/pl_\w+\.pf_filter$/),
      ]),
    );
    // Nothing from another language's index.
    expect(requested.filter((url) => /(en-gb|ar|ro|pt-pt|zh-hans)[._]/.test(url))).toEqual([]);
  });

  // The words each search is for, and the small words it leaves out (accents and all, in Portuguese).
  const addressSearches = [
    { address: '/search/?q=What+are+SHORT+breaks%3F', words: ['short', 'breaks'], small: ['what', 'are'] },
    { address: '/pt/search/?q=O+que+s%C3%A3o+pausas+curtas', words: ['pausas', 'curtas'], small: ['sao', 'o'] },
  ];
  for (const { address, words, small } of addressSearches) {
    test(`with a search in the address (${address}), fetches from the first bytes the parts of the index that hold its words`, async ({
      page,
    }) => {
      // Neither Pagefind nor the island ever arrives: any part of the word index asked for is the starter's choice.
      await page.route(/\/pagefind\/pagefind\.js$|\/_astro\/SiteSearch\.[\w-]+\.js$/, (route) => route.abort());
      const chunks: string[] = [];
      page.on('request', (request) => {
        const [, chunk] = /\/pagefind\/index\/([\w-]+)\.pf_index$/.exec(request.url()) ?? [];
        if (chunk) chunks.push(chunk);
      });
      await page.goto(address);
      await page.waitForLoadState('networkidle');
      // The build's table: each chunk's first word, last word and name (Pagefind's words, without accents).
      const table = ((await page.locator('script[data-search-index]').getAttribute('data-search-index')) ?? '').split(
        ' ',
      );
      const chunkOf = (word: string) => {
        for (let at = 0; at + 2 < table.length; at += 3) {
          if ((table[at] ?? '') <= word && word <= (table[at + 1] ?? '')) return table[at + 2];
        }
        return undefined;
      };
      const wanted = words.map(chunkOf);
      expect(wanted.every(Boolean)).toBe(true);
      expect(chunks.toSorted()).toEqual([...new Set(wanted)].sort());
      // The small words' chunks are not fetched for them.
      for (const word of small) expect(wanted).not.toContain(chunkOf(word));
    });
  }

  test('moves nothing on the page while the island and its filter counts load', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        // A shift just after the reader's own click or key press is theirs, and not counted (as in Lighthouse's CLS).
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 412, height: 823 });
    await openSearchPage(page);
    await filtersToggle(page).click();
    await expect(page.locator('label[for="filter-type-page"]')).toContainText(/\(\d+\)/);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    expect(shifts).toEqual([]);
  });
});
