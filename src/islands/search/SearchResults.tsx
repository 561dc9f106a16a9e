import type { MouseEvent, RefObject } from 'react';
import { fill } from '../../i18n/fill.ts';
import SearchGap from './SearchGap.tsx';
import type { FilterGroup, SearchGapForm, SiteSearchStrings } from './SiteSearch.tsx';
import type { Outcome } from './use-site-search.ts';

type ResultsStrings = Pick<
  SiteSearchStrings,
  | 'loading'
  | 'results'
  | 'resultsFor'
  | 'noResults'
  | 'noResultsHelp'
  | 'noFilterResults'
  | 'error'
  | 'didYouMean'
  | 'resultsHeading'
  | 'showMore'
  | 'browseHint'
  | 'easyReadBadge'
>;

interface SearchResultsProps {
  strings: ResultsStrings;
  /** For the labels of the result types. */
  filterGroups: FilterGroup[];
  gapForm: SearchGapForm;
  outcome: Outcome;
  busy: boolean;
  listRef: RefObject<HTMLOListElement | null>;
  suggestionHref: (suggestion: string) => string;
  onSuggestion: (event: MouseEvent<HTMLAnchorElement>, suggestion: string) => void;
  onShowMore: () => void;
}

/** What the status line says: how many results, none, or that the search failed. */
function statusText(strings: ResultsStrings, outcome: Outcome): string {
  if (outcome.kind === 'error') return strings.error;
  if (outcome.kind !== 'done') return '';
  const shownQuery = outcome.state.query.trim();
  const total = outcome.results.length;
  if (total > 0) {
    return shownQuery
      ? fill(strings.resultsFor, { query: shownQuery, count: total })
      : fill(strings.results, { count: total });
  }
  return shownQuery ? fill(strings.noResults, { query: shownQuery }) : strings.noFilterResults;
}

/** The results heading, the status (announced), "Did you mean", the results, and what to do when there are none. */
export default function SearchResults(props: SearchResultsProps) {
  const { strings, filterGroups, gapForm, outcome, busy, listRef, suggestionHref, onSuggestion, onShowMore } = props;
  const done = outcome.kind === 'done' ? outcome : undefined;
  const shownQuery = done?.state.query.trim() ?? '';
  const total = done?.results.length ?? 0;
  const status = statusText(strings, outcome);
  return (
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
                onSuggestion(event, done.suggestion ?? '');
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
        <ol className="search-results" ref={listRef}>
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
                      {filterGroups.find((g) => g.key === 'type')?.values.find((v) => v.value === type)?.label ?? type}
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
        <button type="button" className="button--secondary" onClick={onShowMore}>
          {strings.showMore}
        </button>
      )}
    </section>
  );
}
