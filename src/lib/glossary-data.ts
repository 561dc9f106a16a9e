import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';

/**
 * The glossary read straight from content/glossary.yaml, for the Markdown plugin that links terms (it runs before
 * Astro's content collections are available). The glossary page itself uses the `glossary` collection.
 */
export function readGlossary(path = new URL('../../content/glossary.yaml', import.meta.url)): GlossaryTerm[] {
  const result = z.array(glossaryTermSchema).safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`content/glossary.yaml: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}
