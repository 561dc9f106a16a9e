/**
 * The directory as a list: the few fields a list item shows, packed small. The build writes every entry this way to
 * /directory/entries.json, which the filter island downloads once (its budget is measured by `npm run bench:directory`),
 * and the pre-rendered list pages render the same items, so both views show the same thing.
 */
import type { DirectoryEntry } from '../../schemas/directory.ts';
import { maskOf, summaryOf } from './directory-facets.ts';

/** One entry in a list. */
export interface ListItem {
  id: string;
  name: string;
  /** The organisation that runs it. */
  org: string;
  /** Its facet values as one number (see directory-facets.ts). */
  mask: number;
  minAge?: number | undefined;
  maxAge?: number | undefined;
  /** When it was last checked, YYYY-MM-DD. */
  checked: string;
  /** The first sentence of its description. */
  summary: string;
}

/** A list item as an array: names once in the code instead of 5,000 times in the file. */
export type PackedItem = [string, string, string, number, number, number, string, string];

/** What /directory/entries.json holds. */
export interface DirectoryIndex {
  /** Raised when the packing changes, so an island never misreads an older file. */
  version: 1;
  entries: PackedItem[];
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The list item for an entry. */
export function toListItem(entry: DirectoryEntry): ListItem {
  return {
    id: entry.id,
    name: entry.name,
    org: entry.organization.name,
    mask: maskOf(entry.taxonomy),
    minAge: entry.minimum_age,
    maxAge: entry.maximum_age,
    checked: isoDate(entry.assured_date),
    summary: summaryOf(entry.description),
  };
}

export function pack(item: ListItem): PackedItem {
  return [item.id, item.name, item.org, item.mask, item.minAge ?? -1, item.maxAge ?? -1, item.checked, item.summary];
}

export function unpack([id, name, org, mask, minAge, maxAge, checked, summary]: PackedItem): ListItem {
  return {
    id,
    name,
    org,
    mask,
    minAge: minAge < 0 ? undefined : minAge,
    maxAge: maxAge < 0 ? undefined : maxAge,
    checked,
    summary,
  };
}

/** Entries in the order every list shows them: by name, as English speakers sort. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}
