import { describe, expect, it } from 'vitest';
import { getDirectory } from './directory-content.ts';
import { facetCounts, facetKeys, facets, matches } from './directory-facets.ts';

describe('the directory as the pages see it', () => {
  it('counts every filter value over the whole directory, as counting on each page did', async () => {
    const { items, counts } = await getDirectory();
    expect(counts).toEqual(
      facetCounts(
        items.map((item) => item.mask),
        {},
      ),
    );
  });

  it('lists the entries with each filter value, in order, working each out once', async () => {
    const { items, itemsWith } = await getDirectory();
    for (const key of facetKeys) {
      for (const value of facets[key]) {
        const expected = items.filter((item) => matches(item.mask, { [key]: [value] }));
        expect(itemsWith(key, value), `${key}:${value}`).toEqual(expected);
        expect(itemsWith(key, value)).toBe(itemsWith(key, value));
      }
    }
    expect(facetKeys.some((key) => facets[key].some((value) => itemsWith(key, value).length > 0))).toBe(true);
  });
});
