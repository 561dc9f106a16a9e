/**
 * The parts of Pagefind's browser API (/pagefind/pagefind.js, written by the build) that the search island uses.
 * Pagefind publishes no types for it, so they are declared here from its documentation.
 */

/** Filter values to match: `any` of a key's values; keys combine with AND. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** Result counts by filter key and value. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** One result's stored data, loaded on demand. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text, HTML-escaped. */
  raw_content?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Word positions in the text that matched the search. */
  locations: number[];
  excerpt: string;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts for each filter value within these results. */
  filters: PagefindFilterCounts;
  /** Counts for each filter value in the whole index. */
  totalFilters: PagefindFilterCounts;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
  filters: () => Promise<PagefindFilterCounts>;
  /** Loads the part of the index a search for these words needs, without searching. */
  preload: (query: string, options?: { filters?: PagefindFilters }) => Promise<void>;
}

/** Loads Pagefind's script once, from this site only (the Content-Security-Policy allows nothing else). */
let loading: Promise<PagefindApi> | undefined;
export function loadPagefind(url = '/pagefind/pagefind.js'): Promise<PagefindApi> {
  // The path is built at run time so Vite leaves the import alone: the file exists only after the site is indexed.
  loading ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).catch((error: unknown) => {
    // A failed load (offline for a moment, say) is tried again on the next search.
    loading = undefined;
    throw error;
  });
  return loading;
}
