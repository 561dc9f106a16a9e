/**
 * The directory as the build sees it: every entry from the `directory` content collection, sorted, with its list item.
 * Worked out once per build, however many pages ask.
 */
import { getCollection } from 'astro:content';
import type { DirectoryEntry } from '../../schemas/directory.ts';
import { byName, toListItem, type ListItem } from './directory-index.ts';

export interface DirectoryData {
  entries: DirectoryEntry[];
  items: ListItem[];
}

let cache: Promise<DirectoryData> | undefined;

export function getDirectory(): Promise<DirectoryData> {
  cache ??= (async () => {
    const entries = (await getCollection('directory')).map((entry) => entry.data).sort(byName);
    return { entries, items: entries.map(toListItem) };
  })();
  return cache;
}
