import { z } from 'astro/zod';

/**
 * What kind of result a page is, as the `type` filter of the search index. The codes are a contract with the
 * directory (its entry pages are `directory`); the search page shows each in the reader's language.
 */
export const searchType = z.enum(['page', 'easy-read', 'directory', 'oap', 'glossary']);

/** Names for one glossary term in one language other than English, e.g. `[autyzm, autystyczny]`. */
const namesInLanguage = z.array(z.string().min(2)).min(1).optional();

/**
 * What families call a glossary term in the site's other languages: content/search-synonyms.yaml. Pages are written
 * in English first, so someone who types "autyzm" on the Polish search page finds the pages about autism.
 */
export const searchSynonymsSchema = z
  .object({
    /** The glossary term's `id` in content/glossary.yaml. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Polish names for the term. */
    pl: namesInLanguage,
    /** Romanian names for the term. */
    ro: namesInLanguage,
    /** Chinese (Simplified) names for the term. */
    zh: namesInLanguage,
    /** Portuguese names for the term. */
    pt: namesInLanguage,
    /** Arabic names for the term. */
    ar: namesInLanguage,
  })
  .strict();

export type SearchType = z.infer<typeof searchType>;
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
