import { describe, expect, it } from 'vitest';
import { wordSet, type SearchState } from '../../lib/search/search-query.ts';
import type {
  PagefindApi,
  PagefindFilterCounts,
  PagefindFilters,
  PagefindResultData,
  PagefindSearch,
} from './pagefind-api.ts';
import { loadItems, planSearch, runSearch, toItem, type SearchDone, type SearchOptions } from './search-engine.ts';

interface FakePage {
  id: string;
  url: string;
  text: string;
  type: string;
  stage?: string;
  title?: string;
}

/**
 * A Pagefind over a handful of pages, in score order: a page matches when its text has every word and, for each
 * filter, any of the filter's values. It records what it was asked.
 */
function fakePagefind(pages: FakePage[]) {
  const asked = {
    searches: [] as { query: string | null; filters: PagefindFilters }[],
    preloads: [] as { query: string; filters: PagefindFilters | undefined }[],
    filtersLoads: 0,
    dataLoaded: [] as string[],
  };
  const filtersOf = (page: FakePage): Record<string, string[]> => ({
    type: [page.type],
    ...(page.stage ? { stage: [page.stage] } : {}),
  });
  const data = (page: FakePage): PagefindResultData => ({
    url: page.url,
    content: page.text,
    meta: page.title ? { title: page.title } : {},
    filters: filtersOf(page),
    locations: [],
    excerpt: '',
  });
  const countsOf = (matched: FakePage[]): PagefindFilterCounts => {
    const counts: PagefindFilterCounts = {};
    for (const page of matched) {
      for (const [key, values] of Object.entries(filtersOf(page))) {
        for (const value of values) {
          counts[key] ??= {};
          counts[key][value] = (counts[key][value] ?? 0) + 1;
        }
      }
    }
    return counts;
  };
  let answersNull = false;
  const pagefind: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    filters: () => {
      asked.filtersLoads += 1;
      return Promise.resolve(countsOf(pages));
    },
    preload: (query, options) => {
      asked.preloads.push({ query, filters: options?.filters });
      return Promise.resolve();
    },
    search: (query, options) => {
      const filters = options?.filters ?? {};
      asked.searches.push({ query, filters });
      if (answersNull) return Promise.resolve(null);
      const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const matched = pages.filter(
        (page) =>
          words.every((word) => page.text.toLowerCase().includes(word)) &&
          Object.entries(filters).every(([key, { any }]) => filtersOf(page)[key]?.some((v) => any.includes(v))),
      );
      const search: PagefindSearch = {
        results: matched.map((page, index) => ({
          id: page.id,
          score: matched.length - index,
          data: () => {
            asked.dataLoaded.push(page.id);
            return Promise.resolve(data(page));
          },
        })),
        unfilteredResultCount: matched.length,
        filters: countsOf(matched),
        totalFilters: countsOf(pages),
      };
      return Promise.resolve(search);
    },
  };
  return {
    pagefind,
    asked,
    answerNull() {
      answersNull = true;
    },
  };
}

const options: SearchOptions = {
  fillerWords: wordSet('a the for what does do mean my is'),
  meaningWords: wordSet('mean means meaning'),
  easyReadBadge: 'Easy read',
  suggest: (query) => (query === 'autsim' ? 'autism' : undefined),
  decodeHtml: (html) => html.replaceAll('&amp;', '&'),
  pageSize: 10,
};

const autismPages: FakePage[] = [
  { id: 'autism', url: '/autism/', text: 'Autism support in Plymouth', type: 'page', stage: 'primary' },
  { id: 'autism-er', url: '/autism/easy-read/', text: 'Autism easy words', type: 'easy-read', stage: 'primary' },
  { id: 'asc', url: '/glossary/asc/', text: 'Autism spectrum condition', type: 'glossary' },
  { id: 'school', url: '/school/', text: 'Autism at school', type: 'page', stage: 'secondary' },
  { id: 'ehcp', url: '/ehcp/', text: 'EHC plans', type: 'page', stage: 'secondary' },
];

async function searchFor(pages: FakePage[], state: SearchState, with_: Partial<SearchOptions> = {}) {
  const fake = fakePagefind(pages);
  const outcome = await runSearch(fake.pagefind, state, { ...options, ...with_ });
  return { ...fake, outcome };
}

/** The outcome of a search that is expected to have found something. */
function done(outcome: Awaited<ReturnType<typeof runSearch>>): SearchDone {
  if (outcome?.kind !== 'done') throw new Error(`expected results, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('runSearch', () => {
  it('is idle with no words and no filters, and never asks Pagefind', async () => {
    for (const query of ['', '   ']) {
      const { outcome, asked } = await searchFor(autismPages, { query, filters: {} });
      expect(outcome).toEqual({ kind: 'idle' });
      expect(asked.searches).toEqual([]);
      expect(asked.preloads).toEqual([]);
      expect(asked.filtersLoads).toBe(0);
    }
    expect(planSearch({ query: ' ', filters: { stage: [] } }, options)).toBeUndefined();
  });

  it('searches for the words in the easy-read pages when the query says "easy read"', async () => {
    const { outcome, asked } = await searchFor(autismPages, { query: 'autism easy read', filters: {} });
    expect(asked.searches[0]).toEqual({ query: 'autism', filters: { type: { any: ['easy-read'] } } });
    expect(done(outcome).items.map((item) => item.id)).toEqual(['autism-er']);
    // The reader's state is kept as they typed it: the address still says what they asked.
    expect(done(outcome).state.query).toBe('autism easy read');
  });

  it('leaves a type the reader chose alone when the query says "easy read"', async () => {
    const { asked } = await searchFor(autismPages, { query: 'autism easy read', filters: { type: ['page'] } });
    expect(asked.searches[0]).toEqual({ query: 'autism', filters: { type: { any: ['page'] } } });
  });

  it('browses by filters alone, searching for no words and preloading nothing', async () => {
    const { outcome, asked } = await searchFor(autismPages, { query: '', filters: { stage: ['secondary'] } });
    expect(asked.searches[0]).toEqual({ query: null, filters: { stage: { any: ['secondary'] } } });
    expect(asked.preloads).toEqual([]);
    expect(done(outcome).items.map((item) => item.id)).toEqual(['school', 'ehcp']);
    expect(done(outcome).suggestion).toBeUndefined();
  });

  it("counts a chosen filter's values as a search without that filter would, and the others with it", async () => {
    const oneFilter = await searchFor(autismPages, { query: 'autism', filters: { type: ['page'] } });
    expect(oneFilter.asked.searches).toEqual([
      { query: 'autism', filters: { type: { any: ['page'] } } },
      { query: 'autism', filters: {} },
    ]);
    expect(done(oneFilter.outcome).counts).toEqual({
      type: { page: 2, 'easy-read': 1, glossary: 1 },
      stage: { primary: 1, secondary: 1 },
    });
  });

  it('counts each of several chosen filters without that one filter', async () => {
    const { outcome, asked } = await searchFor(autismPages, {
      query: 'autism',
      filters: { type: ['page'], stage: ['primary'] },
    });
    expect(asked.searches).toContainEqual({ query: 'autism', filters: { stage: { any: ['primary'] } } });
    expect(asked.searches).toContainEqual({ query: 'autism', filters: { type: { any: ['page'] } } });
    const { counts } = done(outcome);
    // Without the type filter: every autism page for primary, whatever its type.
    expect(counts['type']).toEqual({ page: 1, 'easy-read': 1 });
    // Without the stage filter: every autism page of type "page", whatever its stage.
    expect(counts['stage']).toEqual({ primary: 1, secondary: 1 });
    expect(done(outcome).results.map((result) => result.id)).toEqual(['autism']);
  });

  it('puts the glossary answer first for "what does X mean", without showing it twice', async () => {
    const pages: FakePage[] = [
      { id: 'senco-page', url: '/senco/', text: 'Talk to the SENCO', type: 'page' },
      { id: 'support', url: '/support/', text: 'SENCO and SEN support', type: 'page' },
      { id: 'senco', url: '/glossary/senco/', text: 'SENCO: special needs coordinator', type: 'glossary' },
    ];
    const { outcome, asked } = await searchFor(pages, { query: 'what does SENCO mean', filters: {} });
    expect(asked.searches).toContainEqual({ query: 'SENCO', filters: { type: { any: ['glossary'] } } });
    expect(done(outcome).results.map((result) => result.id)).toEqual(['senco', 'senco-page', 'support']);
    expect(done(outcome).items.map((item) => item.id)).toEqual(['senco', 'senco-page', 'support']);

    const plain = await searchFor(pages, { query: 'SENCO', filters: {} });
    expect(done(plain.outcome).items.map((item) => item.id)).toEqual(['senco-page', 'support', 'senco']);
    const pagesOnly = await searchFor(pages, { query: 'what does SENCO mean', filters: { type: ['page'] } });
    expect(pagesOnly.asked.searches.filter((search) => search.filters['type']?.any.includes('glossary'))).toEqual([]);
  });

  it('loads only the first page of results', async () => {
    const pages = Array.from({ length: 25 }, (_, i) => ({
      id: `p${i}`,
      url: `/p${i}/`,
      text: 'respite',
      type: 'page',
    }));
    const { outcome, asked } = await searchFor(pages, { query: 'respite', filters: {} });
    expect(done(outcome).results).toHaveLength(25);
    expect(done(outcome).items.map((item) => item.id)).toEqual(pages.slice(0, 10).map((page) => page.id));
    expect(asked.dataLoaded.toSorted()).toEqual(
      pages
        .slice(0, 10)
        .map((page) => page.id)
        .toSorted(),
    );

    const more = await loadItems(done(outcome).results.slice(10, 20), options.decodeHtml);
    expect(more.map((item) => item.id)).toEqual(pages.slice(10, 20).map((page) => page.id));
  });

  it('shows a page before its easy-read version, and no directory entry in the first places', async () => {
    const pages: FakePage[] = [
      { id: 'breaks-er', url: '/short-breaks/easy-read/', text: 'respite', type: 'easy-read' },
      { id: 'playscheme', url: '/directory/playscheme/', text: 'respite', type: 'directory' },
      { id: 'breaks', url: '/short-breaks/', text: 'respite', type: 'page' },
      { id: 'carers', url: '/carers/', text: 'respite', type: 'page' },
    ];
    const { outcome } = await searchFor(pages, { query: 'respite', filters: {} });
    expect(done(outcome).items.map((item) => item.id)).toEqual(['breaks', 'breaks-er', 'carers', 'playscheme']);
  });

  it('loads the filter index and the words’ part of the index together, before searching', async () => {
    const fake = fakePagefind(autismPages);
    let filtersLoaded: () => void = () => undefined;
    const loadFilters = fake.pagefind.filters;
    fake.pagefind.filters = () =>
      new Promise((resolve) => {
        filtersLoaded = () => {
          resolve(loadFilters());
        };
      });
    const running = runSearch(fake.pagefind, { query: 'autism', filters: { stage: ['primary'] } }, options);
    await Promise.resolve();
    expect(fake.asked.preloads).toEqual([{ query: 'autism', filters: { stage: { any: ['primary'] } } }]);
    expect(fake.asked.searches).toEqual([]);
    filtersLoaded();
    done(await running);
    expect(fake.asked.searches[0]).toEqual({ query: 'autism', filters: { stage: { any: ['primary'] } } });
  });

  it('suggests a spelling for the words, and none for filters alone', async () => {
    const asked: string[] = [];
    const suggest = (query: string) => {
      asked.push(query);
      return options.suggest(query);
    };
    const misspelt = await searchFor(autismPages, { query: 'autsim', filters: {} }, { suggest });
    expect(done(misspelt.outcome).suggestion).toBe('autism');
    const browsing = await searchFor(autismPages, { query: ' ', filters: { type: ['page'] } }, { suggest });
    expect(done(browsing.outcome).suggestion).toBeUndefined();
    expect(asked).toEqual(['autsim']);
  });

  it('stops, loading nothing more, once a newer search has started', async () => {
    const fake = fakePagefind(autismPages);
    const outcome = await runSearch(
      fake.pagefind,
      { query: 'autism', filters: { type: ['page'] } },
      options,
      () => false,
    );
    expect(outcome).toBeUndefined();
    expect(fake.asked.searches).toHaveLength(1);
    expect(fake.asked.dataLoaded).toEqual([]);
  });

  it('shows nothing of a search that a newer one overtook while its results loaded', async () => {
    const fake = fakePagefind(autismPages);
    let checks = 0;
    const isCurrent = () => (checks += 1) === 1;
    expect(await runSearch(fake.pagefind, { query: 'autism', filters: {} }, options, isCurrent)).toBeUndefined();
    expect(fake.asked.dataLoaded).not.toEqual([]);
  });

  it('shows nothing new when Pagefind gives no answer', async () => {
    const fake = fakePagefind(autismPages);
    fake.answerNull();
    expect(await runSearch(fake.pagefind, { query: 'autism', filters: {} }, options)).toBeUndefined();
    expect(fake.asked.dataLoaded).toEqual([]);
  });
});

describe('toItem', () => {
  const data: PagefindResultData = {
    url: '/short-breaks/',
    content: 'Tom &amp; Jerry go to a play scheme respite holiday',
    meta: { title: 'Short breaks', synonym_words: '2' },
    filters: { type: ['page', 'easy-read'] },
    locations: [0, 8],
    excerpt: '',
  };

  it('takes the title, the types and a decoded excerpt that leaves out the added synonyms', () => {
    const item = toItem('id1', data, options.decodeHtml);
    expect(item).toMatchObject({
      id: 'id1',
      url: '/short-breaks/',
      title: 'Short breaks',
      types: ['page', 'easy-read'],
    });
    expect(item.excerpt.map((part) => part.text).join('')).toBe('Tom & Jerry go to a play scheme');
    expect(item.excerpt[0]).toEqual({ text: 'Tom', mark: true });
  });

  it('falls back to the address for a page with no title, and to no types', () => {
    const item = toItem('id2', { ...data, meta: {}, filters: {} }, options.decodeHtml);
    expect(item.title).toBe('/short-breaks/');
    expect(item.types).toEqual([]);
  });
});
