import { z } from 'astro/zod';

/** Themes the draft sorts comments into; an officer may move a comment to another theme. */
export const feedbackTheme = z.enum([
  'out-of-date',
  'hard-to-understand',
  'missing-information',
  'accessibility',
  'contact-and-services',
  'page-useful',
  'other',
]);

/** What people said about one page, on one theme, and what the council did about it. */
export const youSaidWeDidEntry = z
  .object({
    /** The page the comments are about, e.g. `/short-breaks/`. */
    page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/),
    /** What the comments are about. */
    theme: feedbackTheme,
    /**
     * The anonymised comments the draft gathered, for the officer to read. They are not published as they are:
     * the officer writes `youSaid` from them, leaving out anything that could identify a person.
     */
    comments: z.array(z.string()).default([]),
    /** How many people answered "Is this page useful?" with yes and with no, in the year. */
    usefulCounts: z
      .object({ yes: z.number().int().min(0), no: z.number().int().min(0) })
      .strict()
      .optional(),
    /** What people told us, in the officer's words, anonymised. Empty in a draft. */
    youSaid: z.string().default(''),
    /** What the council did, or will do, in response. Empty in a draft. */
    weDid: z.string().default(''),
  })
  .strict();

/**
 * Something people searched for and did not find, sent at least 3 times in the year (only such searches ever reach a
 * report), and what the council did about it.
 */
export const searchGapEntry = z
  .object({
    /** The words, as counted (scrubbed of personal details, lower case). Not published as they are. */
    query: z.string().min(1),
    /** How many times they were sent in the year. */
    count: z.number().int().min(3),
    /** What people were looking for, in the officer's words. Empty in a draft. */
    youSaid: z.string().default(''),
    /** What the council did, or will do. Empty in a draft. */
    weDid: z.string().default(''),
  })
  .strict();

/**
 * One year's responses: content/you-said-we-did/<year>.md, drafted by `npm run feedback -- draft-you-said-we-did`.
 * Only a `published` year appears on /you-said-we-did/, and within it only entries with both `youSaid` and `weDid`.
 */
export const youSaidWeDidYear = z
  .object({
    /** The year the feedback was received in. */
    year: z.number().int().min(2020).max(2100),
    /** `draft` until an officer has completed and checked it; then `published`. */
    status: z.enum(['draft', 'published']),
    /** The date the responses were published. */
    published: z.coerce.date().optional(),
    /** How many pieces of feedback the year brought, of each kind. */
    totals: z.record(z.string(), z.number().int().min(0)).default({}),
    entries: z.array(youSaidWeDidEntry).default([]),
    /** What people searched for and could not find (npm run feedback -- gaps). */
    searchGaps: z.array(searchGapEntry).default([]),
  })
  .strict();

export type FeedbackTheme = z.infer<typeof feedbackTheme>;
export type YouSaidWeDidEntry = z.infer<typeof youSaidWeDidEntry>;
export type YouSaidWeDidYear = z.infer<typeof youSaidWeDidYear>;
export type SearchGapEntry = z.infer<typeof searchGapEntry>;
