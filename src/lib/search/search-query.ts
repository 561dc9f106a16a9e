import { searchFilterKeys, type SearchFilterKey } from './search-filter-keys.ts';

/** Filter values chosen on the search page, by key: any of a key's values, and every key. */
export type ChosenFilters = Partial<Record<SearchFilterKey, string[]>>;

/** What the search page shows: its words and its filters, kept in the URL so a search can be shared or gone back to. */
export interface SearchState {
  query: string;
  filters: ChosenFilters;
}

/** Reads the search page's state from a URL's query string: `?q=autism&type=easy-read&stage=primary`. */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: ChosenFilters = {};
  for (const key of searchFilterKeys) {
    const values = [...new Set(params.getAll(key).filter((value) => /^[a-z0-9-]+$/.test(value)))];
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').slice(0, 200), filters };
}

/** The query string for a state, in a stable order, so the same search always has the same address. */
export function searchParamsOf({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const key of searchFilterKeys) for (const value of [...(filters[key] ?? [])].sort()) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when any filter is chosen. */
export function hasFilters(filters: ChosenFilters): boolean {
  return searchFilterKeys.some((key) => (filters[key]?.length ?? 0) > 0);
}

/** A space-separated list of words, as the UI strings give them, as a set. */
export function wordSet(list: string): Set<string> {
  return new Set(list.toLocaleLowerCase().split(/\s+/).filter(Boolean));
}

/**
 * The words to search for. Pagefind finds pages that have every word, so the small words of a question ("what does
 * SENCO mean", "waiting for speech therapy") are dropped: they are on every page and would only narrow the search
 * when they are not. A query made only of small words is kept as it is.
 */
export function searchWords(query: string, fillerWords: ReadonlySet<string>): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !fillerWords.has(word.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** True when the reader asks what a word means ("what does SENCO mean"): the glossary's answer is then shown first. */
export function asksForMeaning(query: string, meaningWords: ReadonlySet<string>): boolean {
  return query
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => meaningWords.has(word));
}

/**
 * A phrase in the query that names a filter value, such as "easy read": the words come out of the query and the
 * value is searched for instead, as no page says "easy read" in its text.
 */
export function takePhrase(query: string, phrase: string): { query: string; found: boolean } {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${phrase
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const rest = query.replace(pattern, ' ');
  return rest === query ? { query, found: false } : { query: rest.replace(/\s+/g, ' ').trim(), found: true };
}

/** How many results a page of search results shows (and the search starter loads ahead). */
export const resultsPerPage = 10;

/**
 * Kinds of result that never take the first three places: a directory entry names a service that the topic pages
 * explain, and people asking "respite" or "SEN support" need the explanation first, then who provides it.
 */
export const kindsAfterTopResults: readonly string[] = ['directory'];

/**
 * At most one result of a kind among the first three: one glossary entry, one of an area's four OAP checklists. A
 * definition or a checklist helps, but several short, alike entries (which score highly) would push the pages out of
 * sight. The others move down, just after the third result, as do directory entries. `kindOf` gives undefined for
 * a result of no kind.
 */
export function spreadAlike<T>(items: readonly T[], kindOf: (item: T) => string | undefined): T[] {
  const top: T[] = [];
  const deferred: T[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (; index < items.length && top.length < 3; index += 1) {
    const item = items[index] as T;
    const kind = kindOf(item);
    if (kind !== undefined && (seen.has(kind) || kindsAfterTopResults.includes(kind))) deferred.push(item);
    else top.push(item);
    if (kind !== undefined) seen.add(kind);
  }
  return [...top, ...deferred, ...items.slice(index)];
}

/**
 * A page comes before its own easy-read version: a parent searching "respite" needs the short breaks page, and the
 * easy-read twin (short and dense, so it often scores higher) follows it. Only moves a page that is in the list; a
 * search limited to easy read has no standard pages to move.
 */
export function pagesBeforeTheirEasyRead<T>(items: readonly T[], urlOf: (item: T) => string): T[] {
  const out = [...items];
  for (let i = 0; i < out.length; i += 1) {
    const standard = /^(.*\/)easy-read\/$/.exec(urlOf(out[i] as T))?.[1];
    if (standard === undefined) continue;
    const at = out.findIndex((item, j) => j > i && urlOf(item) === standard);
    if (at === -1) continue;
    const [page] = out.splice(at, 1);
    out.splice(i, 0, page as T);
    i += 1;
  }
  return out;
}

/**
 * The kind of a search result for `spreadAlike`: glossary entries, directory entries, and the checklists of one OAP
 * area. (Directory entries name the same services as the topic pages, so without this a search for "respite" would
 * show three listings before the page that explains short breaks.)
 */
export function kindOfResult({ url, types }: { url: string; types: readonly string[] }): string | undefined {
  if (types.includes('glossary')) return 'glossary';
  if (types.includes('directory')) return 'directory';
  return /^(.*\/checklist\/)[^/]+\/$/.exec(url)?.[1];
}
