import { hasFilters, parseSearchParams, searchParamsOf, type SearchState } from '../../lib/search/search-query.ts';

/** The parts of the browser's window these functions use: tests pass their own. */
export interface AddressBar {
  location: Pick<Location, 'pathname' | 'search'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
}

/** `push`: a new history entry, so the back button returns to the search before; `replace`: in place, while typing. */
export type AddressChange = 'push' | 'replace';

export function searchInAddress(page: AddressBar = window): SearchState {
  return parseSearchParams(page.location.search);
}

/** True when a state has words or filters: there is a search to run. */
export function asksForSearch(state: SearchState): boolean {
  return Boolean(state.query) || hasFilters(state.filters);
}

/** Puts a state in the address, unless the address says it already. */
export function putInAddress(state: SearchState, change: AddressChange, page: AddressBar = window): void {
  const url = `${page.location.pathname}${searchParamsOf(state)}`;
  if (url === `${page.location.pathname}${page.location.search}`) return;
  if (change === 'push') page.history.pushState(null, '', url);
  else page.history.replaceState(null, '', url);
}

/** The address of this search with the suggested words instead, so "Did you mean" is a link that works anywhere. */
export function suggestionHref(state: SearchState, suggestion: string, page: AddressBar = window): string {
  return `${page.location.pathname}${searchParamsOf({ ...state, query: suggestion })}`;
}
