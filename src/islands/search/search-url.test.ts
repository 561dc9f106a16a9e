import { describe, expect, it } from 'vitest';
import { asksForSearch, putInAddress, searchInAddress, suggestionHref, type AddressBar } from './search-url.ts';

/** A window's address and history, recording each change. */
function fakeAddressBar(search: string) {
  const changes: string[] = [];
  const page: AddressBar = {
    location: { pathname: '/en/search/', search },
    history: {
      pushState: (_data, _unused, url) => changes.push(`push ${String(url)}`),
      replaceState: (_data, _unused, url) => changes.push(`replace ${String(url)}`),
    },
  };
  return { page, changes };
}

describe('the search in the address', () => {
  it('reads the words and filters', () => {
    expect(searchInAddress(fakeAddressBar('?q=autism&stage=primary').page)).toEqual({
      query: 'autism',
      filters: { stage: ['primary'] },
    });
  });

  it('asks for a search with words or filters, not with neither', () => {
    expect(asksForSearch({ query: 'autism', filters: {} })).toBe(true);
    expect(asksForSearch({ query: '', filters: { type: ['page'] } })).toBe(true);
    expect(asksForSearch({ query: '', filters: { type: [] } })).toBe(false);
  });

  it('adds a history entry or changes the address in place, and does nothing when it says the same', () => {
    const { page, changes } = fakeAddressBar('?q=autism');
    putInAddress({ query: 'autism', filters: { type: ['page'] } }, 'push', page);
    putInAddress({ query: 'respite', filters: {} }, 'replace', page);
    putInAddress({ query: ' autism ', filters: {} }, 'push', page);
    expect(changes).toEqual(['push /en/search/?q=autism&type=page', 'replace /en/search/?q=respite']);
  });

  it('links a suggestion to the same search with the suggested words', () => {
    const { page } = fakeAddressBar('?q=autsim&type=page');
    expect(suggestionHref({ query: 'autsim', filters: { type: ['page'] } }, 'autism', page)).toBe(
      '/en/search/?q=autism&type=page',
    );
  });
});
