import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  glossaryTermSchema,
  glossaryTranslationSchema,
  type GlossaryTerm,
  type GlossaryTranslation,
} from '../../schemas/glossary.ts';
import type { SearchSynonyms } from '../../schemas/search.ts';
import { contentPath } from '../content/content-dir.ts';

const contentFolder = () => pathToFileURL(contentPath('/'));

/**
 * The glossary read straight from content/glossary.yaml, for the Markdown plugin that links terms (it runs before
 * Astro's content collections are available). The glossary page itself uses the `glossary` collection.
 */
export function readGlossary(path = new URL('glossary.yaml', contentFolder())): GlossaryTerm[] {
  const result = z.array(glossaryTermSchema).safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`content/glossary.yaml: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}

const translations = new Map<string, GlossaryTranslation | undefined>();

/**
 * The glossary in one language (content/glossary/<code>.yaml), or undefined where there is none yet. A term the
 * file leaves out is shown in English; a term the English glossary does not have stops the build, as a renamed id
 * would otherwise lose its translation without anyone noticing.
 */
export function readGlossaryTranslation(
  code: string,
  folder = new URL('glossary/', contentFolder()),
  english?: readonly Pick<GlossaryTerm, 'id'>[],
): GlossaryTranslation | undefined {
  const url = new URL(`${code}.yaml`, folder);
  const key = url.href;
  if (translations.has(key)) return translations.get(key);
  let translation: GlossaryTranslation | undefined;
  if (code !== 'en' && existsSync(url)) {
    const file = `content/glossary/${code}.yaml`;
    const result = glossaryTranslationSchema.safeParse(parse(readFileSync(url, 'utf8')));
    if (!result.success) {
      const first = result.error.issues[0];
      throw new Error(`${file}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
    }
    const ids = new Set((english ?? readGlossary(new URL('../glossary.yaml', folder))).map((term) => term.id));
    const unknown = Object.keys(result.data.terms).filter((id) => !ids.has(id));
    if (unknown.length > 0)
      throw new Error(`${file}: no term in content/glossary.yaml has the id ${unknown.join(', ')}`);
    translation = result.data;
  }
  translations.set(key, translation);
  return translation;
}

/**
 * The search synonyms with each translated glossary's words added: a term's name and aliases in a language are what
 * its readers type, so they belong to that language's names for the term (content/search-synonyms.yaml keeps the
 * extra words a glossary entry would not list, such as everyday spellings).
 */
export function withGlossaryTranslations(
  synonyms: readonly SearchSynonyms[],
  terms: readonly Pick<GlossaryTerm, 'id'>[],
  codes: readonly string[],
  translationOf: (code: string) => GlossaryTranslation | undefined = (code) => readGlossaryTranslation(code),
): SearchSynonyms[] {
  const byCode = codes.filter((code) => code !== 'en').map((code) => [code, translationOf(code)] as const);
  return terms.flatMap(({ id }) => {
    const entry: Record<string, string[] | string> = { id };
    const listed = synonyms.find((s) => s.id === id) as Record<string, string[] | string> | undefined;
    for (const [code, translation] of byCode) {
      const words = translation?.terms[id];
      const names = [
        ...(words ? [words.term, ...words.aliases] : []),
        ...((listed?.[code] as string[] | undefined) ?? []),
      ];
      if (names.length > 0) entry[code] = [...new Set(names)];
    }
    return Object.keys(entry).length > 1 ? [entry as SearchSynonyms] : [];
  });
}
