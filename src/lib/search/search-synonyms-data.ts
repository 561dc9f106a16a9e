import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { searchSynonymsSchema, type SearchSynonyms } from '../../schemas/search.ts';
import { contentPath } from '../content/content-dir.ts';

/** What families call glossary terms in other languages, from the text of content/search-synonyms.yaml, validated. */
export function parseSearchSynonyms(text: string): SearchSynonyms[] {
  const result = z.array(searchSynonymsSchema).safeParse(parse(text));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`content/search-synonyms.yaml: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** The same, read from disk: for the indexer and tests, which run outside Astro's bundle. */
export function readSearchSynonyms(path: string | URL = contentPath('search-synonyms.yaml')): SearchSynonyms[] {
  return parseSearchSynonyms(readFileSync(path, 'utf8'));
}
