import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type SubmitEvent } from 'react';
import { fill } from '../../i18n/fill.ts';
import { createSuggester } from '../../lib/search/did-you-mean.ts';
import { excerptParts, type ExcerptPart } from '../../lib/search/search-excerpt.ts';
import {
  asksForMeaning,
  hasFilters,
  parseSearchParams,
  searchParamsOf,
  searchWords,
  kindOfResult,
  pagesBeforeTheirEasyRead,
  spreadAlike,
  takePhrase,
  wordSet,
  type ChosenFilters,
  type SearchState,
} from '../../lib/search/search-query.ts';
import type { SearchFilterKey } from '../../lib/search/search-filter-keys.ts';
import {
  loadPagefind,
  type PagefindFilterCounts,
  type PagefindFilters,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind-api.ts';

/** The search page's words, in the reader's language. `{{query}}` and `{{count}}` are filled in here. */
export interface SiteSearchStrings {
  noScript: string;
  inputLabel: string;
  inputHint: string;
  submit: string;
  loading: string;
  results: string;
  resultsFor: string;
  noResults: string;
  noResultsHelp: string;
  noFilterResults: string;
  error: string;
  didYouMean: string;
  resultsHeading: string;
  showMore: string;
  filtersHeading: string;
  /** How many filter values are chosen, shown beside the closed filters: `{{count}}`. */
  filtersChosen: string;
  clearFilters: string;
  browseHint: string;
  easyReadBadge: string;
  fillerWords: string;
  meaningWords: string;
}

/**
 * "Tell the council what you were looking for", offered when a search finds nothing: a plain form that posts to the
 * feedback function (the same fields as searchGapFormHtml in src/lib/feedback/feedback-forms.ts, which the page shows without
 * JavaScript). Nothing is sent until the reader presses Send.
 */
export interface SearchGapForm {
  heading: string;
  intro: string;
  label: string;
  privacyWarning: string;
  privacyLink: string;
  privacyHref: string;
  honeypotLabel: string;
  send: string;
  /** The feedback function's address. */
  action: string;
  /** This search page's address, which says the language. */
  page: string;
  /** The longest answer the function accepts, and the honeypot's name: passed in, so zod stays out of the island. */
  maxLength: number;
  honeypotField: string;
}

/** One filter, with its values' translated labels, in the order they are shown. */
export interface FilterGroup {
  key: SearchFilterKey;
  legend: string;
  values: { value: string; label: string }[];
}

interface Props {
  strings: SiteSearchStrings;
  filterGroups: FilterGroup[];
  /** Glossary terms, their aliases and page titles in this language: the words "Did you mean" suggests. */
  vocabulary: string[];
  gapForm: SearchGapForm;
}

interface ResultItem {
  id: string;
  url: string;
  title: string;
  types: string[];
  excerpt: ExcerptPart[];
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'error' }
  | {
      kind: 'done';
      state: SearchState;
      results: PagefindResult[];
      items: ResultItem[];
      counts: PagefindFilterCounts;
      suggestion: string | undefined;
    };

// An address with a search in it: Pagefind starts loading while React wakes the island, not after. (A failed load
// is tried again by the search itself.)
if (typeof window !== 'undefined') {
  const asked = parseSearchParams(window.location.search);
  if (asked.query || hasFilters(asked.filters)) loadPagefind().catch(() => undefined);
}

const pageSize = 10;
const typingDelay = 300;

/** Puts a query in the search field unless it is there already (so the caret stays where the reader left it). */
function showInField(input: HTMLInputElement | null, query: string) {
  if (input && input.value !== query) input.value = query;
}

function toPagefindFilters(filters: ChosenFilters): PagefindFilters {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}

/** Pagefind's text is HTML-escaped; the browser's parser turns it back into plain text (it runs no scripts). */
function decodeHtml(html: string): string {
  return new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.textContent;
}

function toItem(id: string, data: PagefindResultData): ResultItem {
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

async function loadItems(results: PagefindResult[]): Promise<ResultItem[]> {
  return Promise.all(results.map(async (result) => toItem(result.id, await result.data())));
}

/**
 * Site search over the Pagefind index (src/integrations/pagefind-index.ts), in the reader's language. The build
 * renders the form, the closed filters and the results heading exactly as the first render in the browser, so
 * hydration moves nothing on the page. Without JavaScript the stylesheet shows a "search needs JavaScript" note
 * instead (the A to Z list below works without it); the form still submits `?q=` to this page, so a search typed
 * before the island wakes up is run when it does. The query and filters live in the URL, so a search can be shared
 * and the back button works. Nothing leaves the browser but requests for the index files on this site.
 */
export default function SiteSearch({ strings, filterGroups, vocabulary, gapForm }: Props) {
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
  const suggest = useMemo(() => createSuggester(vocabulary), [vocabulary]);
  const fillerWords = useMemo(() => wordSet(strings.fillerWords), [strings.fillerWords]);
  const meaningWords = useMemo(() => wordSet(strings.meaningWords), [strings.meaningWords]);

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
      // "autism easy read": search for autism in the easy-read pages.
      const easyRead = takePhrase(next.query, strings.easyReadBadge);
      const chosen: ChosenFilters =
        easyRead.found && !next.filters.type ? { ...next.filters, type: ['easy-read'] } : next.filters;
      const words = searchWords(easyRead.query, fillerWords);
      if (!words && !hasFilters(chosen)) {
        setOutcome({ kind: 'idle' });
        setBusy(false);
        return;
      }
      setBusy(true);
      try {
        const pagefind = await loadPagefind();
        const filters = toPagefindFilters(chosen);
        // Pagefind counts results by filter only once its filter index is loaded; the words' part of the index loads
        // alongside it, not after (one round trip fewer on a slow connection).
        await Promise.all([pagefind.filters(), words ? pagefind.preload(words, { filters }) : undefined]);
        const search = await pagefind.search(words || null, { filters });
        if (!search || id !== latest.current) return;
        // Values of one filter add to each other ("any of"), so a chosen filter's counts are those without it: what
        // choosing one more value would add.
        const counts = { ...search.filters };
        for (const key of Object.keys(filters)) {
          const { [key]: _, ...others } = filters;
          const without = await pagefind.search(words || null, { filters: others });
          if (without?.filters[key]) counts[key] = without.filters[key];
        }
        let results = search.results;
        const typeChosen = chosen.type;
        if (words && asksForMeaning(next.query, meaningWords) && (!typeChosen || typeChosen.includes('glossary'))) {
          // "What does SENCO mean?": the glossary's answer first.
          const meaning = await pagefind.search(words, { filters: { ...filters, type: { any: ['glossary'] } } });
          const first = meaning?.results[0];
          if (first) results = [first, ...results.filter((result) => result.id !== first.id)];
        }
        const loaded = pagesBeforeTheirEasyRead(await loadItems(results.slice(0, pageSize)), (item) => item.url);
        const items = spreadAlike(loaded, kindOfResult);
        if (id !== latest.current) return;
        setOutcome({
          kind: 'done',
          state: next,
          results,
          items,
          counts,
          suggestion: next.query.trim() ? suggest(next.query) : undefined,
        });
      } catch {
        if (id === latest.current) setOutcome({ kind: 'error' });
      } finally {
        if (id === latest.current) setBusy(false);
      }
    },
    [fillerWords, meaningWords, suggest, strings.easyReadBadge],
  );

  /** Shows a state: the address changes (a new history entry, or in place while typing) and the search runs. */
  const show = useCallback(
    (next: SearchState, history: 'push' | 'replace') => {
      clearTimeout(timer.current);
      setState(next);
      showInField(field.current, next.query);
      const url = `${location.pathname}${searchParamsOf(next)}`;
      if (url !== `${location.pathname}${location.search}`) {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      void run(next);
    },
    [run],
  );

  useEffect(() => {
    const fromUrl = () => {
      const next = parseSearchParams(location.search);
      setState(next);
      showInField(field.current, next.query);
      // A shared address with filters shows which are chosen.
      if (hasFilters(next.filters)) setFiltersOpen(true);
      if (next.query || hasFilters(next.filters)) loadTotals();
      void run(next);
    };
    const first = parseSearchParams(location.search);
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

  const onInput = (query: string) => {
    const next = { ...state, query };
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      show(next, 'replace');
    }, typingDelay);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Words typed before the island woke are in the field but not in the state: the field is what the reader sees.
    const typed = new FormData(event.currentTarget).get('q');
    show(typeof typed === 'string' ? { ...state, query: typed } : state, 'push');
  };

  const toggle = (key: SearchFilterKey, value: string, on: boolean) => {
    const current = state.filters[key] ?? [];
    const values = on ? [...current, value] : current.filter((v) => v !== value);
    const filters: ChosenFilters = Object.fromEntries(
      Object.entries({ ...state.filters, [key]: values }).filter(([, chosen]) => chosen.length > 0),
    );
    show({ ...state, filters }, 'push');
  };

  const applySuggestion = (event: MouseEvent<HTMLAnchorElement>, suggestion: string) => {
    event.preventDefault();
    show({ ...state, query: suggestion }, 'push');
  };

  const showMore = async () => {
    if (outcome.kind !== 'done') return;
    const start = outcome.items.length;
    const more = await loadItems(outcome.results.slice(start, start + pageSize));
    moreTarget.current = start;
    setOutcome({ ...outcome, items: [...outcome.items, ...more] });
  };

  const counts = outcome.kind === 'done' ? outcome.counts : totals;
  const countsKnown = outcome.kind === 'done' || Object.keys(totals).length > 0;
  const done = outcome.kind === 'done' ? outcome : undefined;
  const shownQuery = done?.state.query.trim() ?? '';
  const total = done?.results.length ?? 0;
  let status = '';
  if (outcome.kind === 'error') status = strings.error;
  else if (done && total > 0) {
    status = shownQuery
      ? fill(strings.resultsFor, { query: shownQuery, count: total })
      : fill(strings.results, { count: total });
  } else if (done) {
    status = shownQuery ? fill(strings.noResults, { query: shownQuery }) : strings.noFilterResults;
  }
  const suggestionHref = (suggestion: string) =>
    `${location.pathname}${searchParamsOf({ ...state, query: suggestion })}`;

  const chosenCount = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);

  return (
    <>
      <p className="search-noscript">{strings.noScript}</p>
      <div className="site-search">
        <form
          className="site-search__form"
          role="search"
          aria-label={strings.inputLabel}
          method="get"
          onSubmit={onSubmit}
        >
          <label htmlFor="search-query">{strings.inputLabel}</label>
          <p className="hint" id="search-query-hint">
            {strings.inputHint}
          </p>
          <div className="search-form__row">
            <input
              id="search-query"
              name="q"
              type="search"
              autoComplete="off"
              enterKeyHint="search"
              dir="auto"
              spellCheck
              aria-describedby="search-query-hint"
              ref={field}
              onFocus={loadTotals}
              onChange={(event) => {
                onInput(event.target.value);
              }}
            />
            <button type="submit">{strings.submit}</button>
          </div>
        </form>

        <div className="site-search__layout">
          {/* Closed at first: on a phone the results come straight after the form, and the page does not move when
            the filters' counts arrive. */}
          <details
            className="site-search__filters"
            open={filtersOpen}
            onToggle={(event) => {
              setFiltersOpen(event.currentTarget.open);
              if (event.currentTarget.open) loadTotals();
            }}
          >
            <summary>
              {strings.filtersHeading}
              {chosenCount > 0 && (
                <span className="site-search__chosen"> ({fill(strings.filtersChosen, { count: chosenCount })})</span>
              )}
            </summary>
            <div className="site-search__groups">
              {filterGroups.map((group) => {
                const chosen = state.filters[group.key] ?? [];
                // Every value shows from the first paint, its count filled in when it arrives: the panel opens at its
                // final size, so nothing below it moves while Pagefind loads (a value no page has reads "(0)", as
                // it does after a search).
                const { values } = group;
                return (
                  <fieldset key={group.key} className="site-search__group">
                    <legend>{group.legend}</legend>
                    {values.map(({ value, label }) => {
                      const inputId = `filter-${group.key}-${value}`;
                      return (
                        <div className="site-search__option" key={value}>
                          <input
                            type="checkbox"
                            id={inputId}
                            name={group.key}
                            value={value}
                            checked={chosen.includes(value)}
                            onChange={(event) => {
                              toggle(group.key, value, event.target.checked);
                            }}
                          />
                          <label htmlFor={inputId}>
                            {label}{' '}
                            {countsKnown ? (
                              <span className="site-search__count">({counts[group.key]?.[value] ?? 0})</span>
                            ) : (
                              <span className="site-search__count" aria-hidden="true">
                                (…)
                              </span>
                            )}
                          </label>
                        </div>
                      );
                    })}
                  </fieldset>
                );
              })}
              {hasFilters(state.filters) && (
                <button
                  type="button"
                  className="button--secondary"
                  onClick={() => {
                    show({ ...state, filters: {} }, 'push');
                  }}
                >
                  {strings.clearFilters}
                </button>
              )}
            </div>
          </details>

          <section className="site-search__results" aria-labelledby="search-results-heading" aria-busy={busy}>
            <h2 id="search-results-heading">{strings.resultsHeading}</h2>
            <div role="status" className="site-search__status">
              {status && <p>{status}</p>}
              {done?.suggestion && (
                <p className="site-search__suggestion">
                  {strings.didYouMean}{' '}
                  <a
                    href={suggestionHref(done.suggestion)}
                    onClick={(event) => {
                      applySuggestion(event, done.suggestion ?? '');
                    }}
                  >
                    {done.suggestion}
                  </a>
                  ?
                </p>
              )}
            </div>
            {busy && <p className="hint">{strings.loading}</p>}
            {outcome.kind === 'idle' && <p className="hint">{strings.browseHint}</p>}
            {done && total === 0 && shownQuery && <p>{strings.noResultsHelp}</p>}
            {done && total === 0 && shownQuery && <SearchGap form={gapForm} query={shownQuery} key={shownQuery} />}
            {done && done.items.length > 0 && (
              <ol className="search-results" ref={list}>
                {done.items.map((item) => (
                  <li className="search-result" key={item.id}>
                    <h3 className="search-result__title">
                      <a href={item.url}>{item.title}</a>
                    </h3>
                    <p className="search-result__type">
                      {item.types.map((type) =>
                        type === 'easy-read' ? (
                          <span className="badge badge--easy-read" key={type}>
                            {strings.easyReadBadge}
                          </span>
                        ) : (
                          <span className="tag" key={type}>
                            {filterGroups.find((g) => g.key === 'type')?.values.find((v) => v.value === type)?.label ??
                              type}
                          </span>
                        ),
                      )}
                    </p>
                    <p className="search-result__excerpt">
                      {item.excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {done && done.items.length < done.results.length && (
              <button type="button" className="button--secondary" onClick={() => void showMore()}>
                {strings.showMore}
              </button>
            )}
          </section>
        </div>
      </div>
    </>
  );
}

/** What a search that found nothing offers; the words are filled in, and the reader can change them before sending. */
function SearchGap({ form, query }: { form: SearchGapForm; query: string }) {
  return (
    <section className="search-gap" aria-labelledby="search-gap-heading">
      <h3 id="search-gap-heading">{form.heading}</h3>
      <p>{form.intro}</p>
      <form className="search-gap__form" method="post" action={form.action}>
        <input type="hidden" name="kind" value="search-gap" />
        <input type="hidden" name="page" value={form.page} />
        <div className="field">
          <label htmlFor="search-gap-query">{form.label}</label>
          <p className="field__hint" id="search-gap-privacy">
            {form.privacyWarning} <a href={form.privacyHref}>{form.privacyLink}</a>.
          </p>
          <input
            type="text"
            id="search-gap-query"
            name="query"
            maxLength={form.maxLength}
            autoComplete="off"
            dir="auto"
            defaultValue={query}
            aria-describedby="search-gap-privacy"
          />
        </div>
        <div className="feedback__trap">
          <label htmlFor="search-gap-website">{form.honeypotLabel}</label>
          <input type="text" id="search-gap-website" name={form.honeypotField} autoComplete="off" tabIndex={-1} />
        </div>
        <button type="submit" className="button">
          {form.send}
        </button>
      </form>
    </section>
  );
}
