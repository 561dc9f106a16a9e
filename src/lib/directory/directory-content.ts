/**
 * The directory as the pages see it: every entry (read once, sorted by name, by `readDirectory`) with its list item.
 * Worked out once per build, however many pages ask.
 */
import type { DirectoryEntry } from '../../schemas/directory.ts';
import { readDirectory } from './directory-data.ts';
import { toListItem, type ListItem } from './directory-index.ts';

export interface DirectoryData {
  entries: DirectoryEntry[];
  items: ListItem[];
}

let cache: DirectoryData | undefined;

export function getDirectory(): Promise<DirectoryData> {
  if (!cache) {
    const entries = readDirectory();
    cache = { entries, items: entries.map(toListItem) };
  }
  return Promise.resolve(cache);
}
