/**
 * The directory as the pages see it: every entry (read once, sorted by name, by `readDirectory`) with its list item,
 * the counts for its filters and the entries with each filter value. Worked out once per build, however many pages
 * ask: a county's directory has thousands of entries and tens of thousands of pages, and each working it out again
 * made the build grow with the square of the directory.
 */
import type { DirectoryEntry } from '../../schemas/directory.ts';
import { readDirectory } from './directory-data.ts';
import { facetCounts, matches, type FacetKey } from './directory-facets.ts';
import { toListItem, type ListItem } from './directory-index.ts';

export interface DirectoryData {
  entries: DirectoryEntry[];
  items: ListItem[];
  /** How many entries have each filter value, nothing chosen: as every page that lists the whole directory shows. */
  counts: ReturnType<typeof facetCounts>;
  /** The list items with one filter value, in the directory's order. */
  itemsWith: (key: FacetKey, value: string) => ListItem[];
}

let cache: DirectoryData | undefined;

export function getDirectory(): Promise<DirectoryData> {
  if (!cache) {
    const entries = readDirectory();
    const items = entries.map(toListItem);
    const withValue = new Map<string, ListItem[]>();
    cache = {
      entries,
      items,
      counts: facetCounts(
        items.map((item) => item.mask),
        {},
      ),
      itemsWith: (key, value) => {
        const name = `${key}:${value}`;
        let found = withValue.get(name);
        if (!found) {
          found = items.filter((item) => matches(item.mask, { [key]: [value] }));
          withValue.set(name, found);
        }
        return found;
      },
    };
  }
  return Promise.resolve(cache);
}
