import { z } from 'astro/zod';
import { source } from './taxonomy.ts';

/** One SEND term in content/glossary.yaml. */
export const glossaryTermSchema = z
  .object({
    /** A stable, URL-safe id: the glossary links to `/glossary/#<id>`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens'),
    /** The term as it is usually written, e.g. "Education, Health and Care plan". */
    term: z.string().min(2),
    /** Other ways people write or say it, e.g. "EHCP", "EHC plan". Matched case-sensitively when all capitals. */
    aliases: z.array(z.string().min(2)).default([]),
    /** What it means, in plain English: one to three short sentences, each under 25 words. */
    plain: z.string().min(10),
    /** What it means in easy read: short sentences of at most 15 words, no abbreviations. */
    easyRead: z.string().min(5),
    /** A page on this site that says more, as its English path, e.g. `/ehcp/`. */
    seeAlso: z
      .string()
      .regex(/^\/([a-z0-9-]+\/)*$/)
      .optional(),
    /** Where the meaning comes from, when it is a legal or local definition. */
    sources: z.array(source).default([]),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** Lower-cases all but acronyms, so "EHC plan" and "ehc plan" differ but "Autism" and "autism" match. */
export function matchKey(text: string): string {
  return /^[A-Z0-9]{2,}s?$/.test(text) ? text : text.toLowerCase();
}

const termId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens');

/** One term's words in another language: what it is called there, other words for it, and its plain meaning. */
export const translatedTermSchema = z
  .object({
    /** The term as it is usually said in the language. The glossary shows the English term beside it. */
    term: z.string().min(1),
    /** Other words a reader of the language would search with (never English: those are in glossary.yaml). */
    aliases: z.array(z.string().min(1)).default([]),
    /** The English `plain` meaning, translated: the same facts, no more. */
    plain: z.string().min(5),
  })
  .strict();

/** content/glossary/<code>.yaml: the glossary's terms and plain meanings in one language, by term id. */
export const glossaryTranslationSchema = z
  .object({
    translationOf: z.object({ translated: z.coerce.date() }).strict(),
    terms: z.record(termId, translatedTermSchema),
  })
  .strict();

export type TranslatedTerm = z.infer<typeof translatedTermSchema>;
export type GlossaryTranslation = z.infer<typeof glossaryTranslationSchema>;
