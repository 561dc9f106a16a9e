import { excerptParts, type ExcerptPart } from '../../lib/search/search-excerpt.ts';
import {
  asksForMeaning,
  hasFilters,
  kindOfResult,
  pagesBeforeTheirEasyRead,
  searchWords,
  spreadAlike,
  takePhrase,
  type ChosenFilters,
  type SearchState,
} from '../../lib/search/search-query.ts';
import type {
  PagefindApi,
  PagefindFilterCounts,
  PagefindFilters,
  PagefindResult,
  PagefindResultData,
} from './pagefind-api.ts';

/** One result as the page lists it. */
export interface ResultItem {
  id: string;
  url: string;
  title: string;
  types: string[];
  excerpt: ExcerptPart[];
}

/** A search's answer: every result, the first of them loaded to show, and the filters' counts. */
export interface SearchDone {
  kind: 'done';
  state: SearchState;
  results: PagefindResult[];
  items: ResultItem[];
  counts: PagefindFilterCounts;
  suggestion: string | undefined;
}

/** `idle`: nothing to search for (no words, no filters), so Pagefind is not asked. */
export type SearchOutcome = { kind: 'idle' } | SearchDone;

/** What a search needs besides Pagefind and the state: the reader's language, and how much to load. */
export interface SearchOptions {
  /** Small words dropped from a search (see searchWords). */
  fillerWords: ReadonlySet<string>;
  /** Words that ask what something means (see asksForMeaning). */
  meaningWords: ReadonlySet<string>;
  /** The easy-read badge's words: said in a query, they choose the easy-read pages. */
  easyReadBadge: string;
  /** "Did you mean": a better-spelt query, or undefined. */
  suggest: (query: string) => string | undefined;
  /** Pagefind's text is HTML-escaped: the page decodes it with the browser's parser, tests with something simpler. */
  decodeHtml: (html: string) => string;
  /** How many results are loaded at a time. */
  pageSize: number;
}

/** What to ask Pagefind: the words and the filters, once a filter named in the query has become a filter. */
export interface SearchPlan {
  /** Empty when browsing by filters alone. */
  words: string;
  chosen: ChosenFilters;
}

/** The plan for a state, or undefined when there is nothing to search for. */
export function planSearch(
  state: SearchState,
  { easyReadBadge, fillerWords }: Pick<SearchOptions, 'easyReadBadge' | 'fillerWords'>,
): SearchPlan | undefined {
  // "autism easy read": search for autism in the easy-read pages.
  const easyRead = takePhrase(state.query, easyReadBadge);
  const chosen: ChosenFilters =
    easyRead.found && !state.filters.type ? { ...state.filters, type: ['easy-read'] } : state.filters;
  const words = searchWords(easyRead.query, fillerWords);
  return words || hasFilters(chosen) ? { words, chosen } : undefined;
}

export function toPagefindFilters(filters: ChosenFilters): PagefindFilters {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}

export function toItem(id: string, data: PagefindResultData, decodeHtml: (html: string) => string): ResultItem {
  return {
    id,
    url: data.url,
    title: data.meta['title'] ?? data.url,
    types: data.filters['type'] ?? [],
    excerpt: excerptParts(
      data.raw_content ?? data.content,
      data.locations,
      Number(data.meta['synonym_words'] ?? 0),
      decodeHtml,
    ),
  };
}

/** Loads the stored data of these results (one request each), so load only the ones to show. */
export async function loadItems(
  results: PagefindResult[],
  decodeHtml: (html: string) => string,
): Promise<ResultItem[]> {
  return Promise.all(results.map(async (result) => toItem(result.id, await result.data(), decodeHtml)));
}

/**
 * Values of one filter add to each other ("any of"), so a chosen filter's counts are those without it: what
 * choosing one more value would add.
 */
async function countsForChoosing(
  pagefind: PagefindApi,
  words: string,
  filters: PagefindFilters,
  countsWithEveryFilter: PagefindFilterCounts,
): Promise<PagefindFilterCounts> {
  const counts = { ...countsWithEveryFilter };
  for (const key of Object.keys(filters)) {
    const { [key]: _, ...others } = filters;
    const without = await pagefind.search(words || null, { filters: others });
    if (without?.filters[key]) counts[key] = without.filters[key];
  }
  return counts;
}

async function glossaryAnswerFirst(
  pagefind: PagefindApi,
  words: string,
  filters: PagefindFilters,
  results: PagefindResult[],
): Promise<PagefindResult[]> {
  // "What does SENCO mean?": the glossary's answer first.
  const meaning = await pagefind.search(words, { filters: { ...filters, type: { any: ['glossary'] } } });
  const first = meaning?.results[0];
  return first ? [first, ...results.filter((result) => result.id !== first.id)] : results;
}

/**
 * Searches the index for a state, and loads the first page of results to show. Resolves to undefined when there is
 * no answer to show: Pagefind gave none, or `isCurrent` says a newer search has started (the rest is then not asked).
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  options: SearchOptions,
  isCurrent: () => boolean = () => true,
): Promise<SearchOutcome | undefined> {
  const plan = planSearch(state, options);
  if (!plan) return { kind: 'idle' };
  const { words, chosen } = plan;
  const filters = toPagefindFilters(chosen);
  // Pagefind counts results by filter only once its filter index is loaded; the words' part of the index loads
  // alongside it, not after (one round trip fewer on a slow connection).
  await Promise.all([pagefind.filters(), words ? pagefind.preload(words, { filters }) : undefined]);
  const search = await pagefind.search(words || null, { filters });
  if (!search || !isCurrent()) return undefined;
  const counts = await countsForChoosing(pagefind, words, filters, search.filters);
  const glossaryShown = !chosen.type || chosen.type.includes('glossary');
  const results =
    words && glossaryShown && asksForMeaning(state.query, options.meaningWords)
      ? await glossaryAnswerFirst(pagefind, words, filters, search.results)
      : search.results;
  const loaded = pagesBeforeTheirEasyRead(
    await loadItems(results.slice(0, options.pageSize), options.decodeHtml),
    (item) => item.url,
  );
  const items = spreadAlike(loaded, kindOfResult);
  if (!isCurrent()) return undefined;
  return {
    kind: 'done',
    state,
    results,
    items,
    counts,
    suggestion: state.query.trim() ? options.suggest(state.query) : undefined,
  };
}
