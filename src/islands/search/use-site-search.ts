import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type SubmitEvent } from 'react';
import { createSuggester } from '../../lib/search/did-you-mean.ts';
import {
  hasFilters,
  resultsPerPage,
  wordSet,
  type ChosenFilters,
  type SearchState,
} from '../../lib/search/search-query.ts';
import type { SearchFilterKey } from '../../lib/search/search-filter-keys.ts';
import { loadPagefind, type PagefindFilterCounts } from './pagefind-api.ts';
import { loadItems, planSearch, runSearch, type SearchOptions, type SearchOutcome } from './search-engine.ts';
import { asksForSearch, putInAddress, searchInAddress, suggestionHref, type AddressChange } from './search-url.ts';

export type Outcome = SearchOutcome | { kind: 'error' };

/** The search page's words that change how a search runs, in the reader's language. */
export interface SearchWordsInLanguage {
  fillerWords: string;
  meaningWords: string;
  easyReadBadge: string;
}

// An address with a search in it: Pagefind starts loading while React wakes the island, not after. (A failed load
// is tried again by the search itself.)
if (typeof window !== 'undefined' && asksForSearch(searchInAddress())) loadPagefind().catch(() => undefined);

const typingDelay = 300;

/** Puts a query in the search field unless it is there already (so the caret stays where the reader left it). */
function showInField(input: HTMLInputElement | null, query: string) {
  if (input && input.value !== query) input.value = query;
}

/** Pagefind's text is HTML-escaped; the browser's parser turns it back into plain text (it runs no scripts). */
function decodeHtml(html: string): string {
  return new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.textContent;
}

/**
 * The search page's state and what the reader can do with it. The query and filters live in the address, so a search
 * can be shared and the back button works; each change runs a search, and only the newest search's answer is shown.
 */
export function useSiteSearch(
  { fillerWords, meaningWords, easyReadBadge }: SearchWordsInLanguage,
  vocabulary: readonly string[],
) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [state, setState] = useState<SearchState>({ query: '', filters: {} });
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [totals, setTotals] = useState<PagefindFilterCounts>({});
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const moreTarget = useRef<number | undefined>(undefined);
  const list = useRef<HTMLOListElement>(null);
  // The field is left uncontrolled: React would empty a controlled field on waking, losing words typed before then.
  const field = useRef<HTMLInputElement>(null);
  const options = useMemo<SearchOptions>(
    () => ({
      fillerWords: wordSet(fillerWords),
      meaningWords: wordSet(meaningWords),
      easyReadBadge,
      suggest: createSuggester(vocabulary),
      decodeHtml,
      pageSize: resultsPerPage,
    }),
    [fillerWords, meaningWords, easyReadBadge, vocabulary],
  );

  const totalsAsked = useRef(false);
  /**
   * Loads Pagefind and the filters' counts across the whole index, for browsing before any search. Only once the
   * reader reaches for search (the field, the filters) or the address asks for one: a visit for the A to Z list
   * downloads and compiles no WebAssembly.
   */
  const loadTotals = useCallback(() => {
    if (totalsAsked.current) return;
    totalsAsked.current = true;
    loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then(setTotals)
      .catch(() => {
        totalsAsked.current = false;
        setOutcome({ kind: 'error' });
      });
  }, []);

  const run = useCallback(
    async (next: SearchState) => {
      const id = (latest.current += 1);
      const isCurrent = () => id === latest.current;
      // Settled at once, without loading Pagefind: an empty search costs nothing.
      if (!planSearch(next, options)) {
        setOutcome({ kind: 'idle' });
        setBusy(false);
        return;
      }
      setBusy(true);
      try {
        const found = await runSearch(await loadPagefind(), next, options, isCurrent);
        if (found && isCurrent()) setOutcome(found);
      } catch {
        if (isCurrent()) setOutcome({ kind: 'error' });
      } finally {
        if (isCurrent()) setBusy(false);
      }
    },
    [options],
  );

  /** Shows a state: the address changes (a new history entry, or in place while typing) and the search runs. */
  const show = useCallback(
    (next: SearchState, change: AddressChange) => {
      clearTimeout(timer.current);
      setState(next);
      showInField(field.current, next.query);
      putInAddress(next, change);
      void run(next);
    },
    [run],
  );

  useEffect(() => {
    const fromUrl = () => {
      const next = searchInAddress();
      setState(next);
      showInField(field.current, next.query);
      // A shared address with filters shows which are chosen.
      if (hasFilters(next.filters)) setFiltersOpen(true);
      if (asksForSearch(next)) loadTotals();
      void run(next);
    };
    const first = searchInAddress();
    const typed = field.current?.value ?? '';
    // Words typed before the island woke are searched for, as typing them now would be.
    if (!first.query && typed.trim()) {
      loadTotals();
      show({ ...first, query: typed }, 'replace');
    } else fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => {
      window.removeEventListener('popstate', fromUrl);
    };
  }, [run, show, loadTotals]);

  useEffect(() => {
    // After "Show more results", focus moves to the first new result, so keyboard users carry on from there.
    if (moreTarget.current === undefined) return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('.search-result__title a');
    links?.[moreTarget.current]?.focus();
    moreTarget.current = undefined;
  }, [outcome]);

  const typeQuery = (query: string) => {
    const next = { ...state, query };
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      show(next, 'replace');
    }, typingDelay);
  };

  const submitSearch = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Words typed before the island woke are in the field but not in the state: the field is what the reader sees.
    const typed = new FormData(event.currentTarget).get('q');
    show(typeof typed === 'string' ? { ...state, query: typed } : state, 'push');
  };

  const toggleFilter = (key: SearchFilterKey, value: string, on: boolean) => {
    const current = state.filters[key] ?? [];
    const values = on ? [...current, value] : current.filter((v) => v !== value);
    const filters: ChosenFilters = Object.fromEntries(
      Object.entries({ ...state.filters, [key]: values }).filter(([, chosen]) => chosen.length > 0),
    );
    show({ ...state, filters }, 'push');
  };

  const clearFilters = () => {
    show({ ...state, filters: {} }, 'push');
  };

  const setFiltersPanelOpen = (open: boolean) => {
    setFiltersOpen(open);
    if (open) loadTotals();
  };

  const followSuggestion = (event: MouseEvent<HTMLAnchorElement>, suggestion: string) => {
    event.preventDefault();
    show({ ...state, query: suggestion }, 'push');
  };

  const showMore = async () => {
    if (outcome.kind !== 'done') return;
    const start = outcome.items.length;
    const more = await loadItems(outcome.results.slice(start, start + resultsPerPage), decodeHtml);
    moreTarget.current = start;
    setOutcome({ ...outcome, items: [...outcome.items, ...more] });
  };

  const indexCounts = Object.keys(totals).length > 0 ? totals : undefined;
  return {
    state,
    outcome,
    busy,
    filtersOpen,
    /** Results for each filter value: this search's, or the whole index's before any search; undefined until known. */
    filterCounts: outcome.kind === 'done' ? outcome.counts : indexCounts,
    field,
    list,
    loadTotals,
    typeQuery,
    submitSearch,
    toggleFilter,
    clearFilters,
    setFiltersPanelOpen,
    followSuggestion,
    suggestionHref: (suggestion: string) => suggestionHref(state, suggestion),
    showMore,
  };
}
