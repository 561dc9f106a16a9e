import type { SearchFilterKey } from '../../lib/search/search-filter-keys.ts';
import SearchFilters from './SearchFilters.tsx';
import SearchForm from './SearchForm.tsx';
import SearchResults from './SearchResults.tsx';
import { useSiteSearch } from './use-site-search.ts';

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

/**
 * Site search over the Pagefind index (src/integrations/pagefind-index.ts), in the reader's language. The build
 * renders the form, the closed filters and the results heading exactly as the first render in the browser, so
 * hydration moves nothing on the page. Without JavaScript the stylesheet shows a "search needs JavaScript" note
 * instead (the A to Z list below works without it); the form still submits `?q=` to this page, so a search typed
 * before the island wakes up is run when it does. The query and filters live in the URL, so a search can be shared
 * and the back button works. Nothing leaves the browser but requests for the index files on this site.
 */
export default function SiteSearch({ strings, filterGroups, vocabulary, gapForm }: Props) {
  const search = useSiteSearch(strings, vocabulary);
  return (
    <>
      <p className="search-noscript">{strings.noScript}</p>
      <div className="site-search">
        <SearchForm
          strings={strings}
          fieldRef={search.field}
          onFocus={search.loadTotals}
          onInput={search.typeQuery}
          onSubmit={search.submitSearch}
        />
        <div className="site-search__layout">
          <SearchFilters
            strings={strings}
            filterGroups={filterGroups}
            chosen={search.state.filters}
            counts={search.filterCounts}
            open={search.filtersOpen}
            onOpenChange={search.setFiltersPanelOpen}
            onToggle={search.toggleFilter}
            onClear={search.clearFilters}
          />
          <SearchResults
            strings={strings}
            filterGroups={filterGroups}
            gapForm={gapForm}
            outcome={search.outcome}
            busy={search.busy}
            listRef={search.list}
            suggestionHref={search.suggestionHref}
            onSuggestion={search.followSuggestion}
            onShowMore={() => void search.showMore()}
          />
        </div>
      </div>
    </>
  );
}
