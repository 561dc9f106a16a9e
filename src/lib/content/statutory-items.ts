import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { statutoryItemSchema, type StatutoryItem } from '../../schemas/statutory-item.ts';
import { contentPath } from './content-dir.ts';

/** Where the list lives. */
export const statutoryItemsFile = (): URL => pathToFileURL(contentPath('statutory-items.yaml'));

/**
 * The statutory items in the order the law gives them (the file's order, which the coverage table keeps). Read
 * directly rather than as a content collection, because a collection does not keep a file's order. A schema error
 * names the item and the field.
 */
export function readStatutoryItems(file: URL = statutoryItemsFile()): StatutoryItem[] {
  const result = statutoryItemSchema.array().safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`content/statutory-items.yaml: item ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}
