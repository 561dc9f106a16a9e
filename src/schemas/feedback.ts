import { z } from 'astro/zod';
import { cleanText } from '../lib/feedback/personal-details.ts';

/** Longest answer to "What were you doing?". */
export const doingMaxLength = 500;
/** Longest answer to "What is wrong?". */
export const wrongMaxLength = 2000;
/** Longest answer to "What were you looking for?" (a search that found nothing). */
export const gapMaxLength = 200;
/** Longest page path the function accepts. */
export const pageMaxLength = 300;

/** The name of the honeypot field: empty when a person sends the form, filled in by many spam robots. */
export const honeypotField = 'website';

/**
 * A path of this site: starts and ends with a slash, lowercase letters, digits and hyphens between. Nothing with a
 * scheme, a host, a query, dots or doubled slashes, so it is safe to link back to.
 */
export const sitePath = z
  .string({ error: 'Say which page your feedback is about.' })
  .max(pageMaxLength, { error: 'The page address is too long.' })
  .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/, { error: 'The page must be a page of this website.' });

/** Free text: cleaned of control characters, then checked. Lone surrogates (broken characters) are refused. */
const freeText = (max: number, tooLong: string) =>
  z
    .string()
    .refine((text) => text.isWellFormed(), { error: 'Your text has characters we cannot read. Please type it again.' })
    .transform(cleanText)
    .pipe(z.string().max(max, { error: tooLong }));

/** The honeypot: any value is accepted here, and the handler decides what a filled-in one means. */
const honeypot = z.string().max(10_000).optional();

/** "Is this page useful?" */
const usefulFeedback = z.object({
  /** Which form was sent. */
  kind: z.literal('useful'),
  /** The page the feedback is about, e.g. `/pl/short-breaks/`. */
  page: sitePath,
  /** The answer. */
  useful: z.enum(['yes', 'no'], { error: 'Choose yes or no.' }),
  [honeypotField]: honeypot,
});

/** "Report a problem with this page", and the accessibility statement's "Report an accessibility problem". */
const problemFeedback = z.object({
  /** Which form was sent: a problem with the page's content, or with its accessibility. */
  kind: z.enum(['problem', 'accessibility']),
  /** The page the feedback is about. */
  page: sitePath,
  /** What the person was trying to do (optional). */
  doing: freeText(doingMaxLength, `What you were doing must be ${doingMaxLength} characters or fewer.`).optional(),
  /** What is wrong, missing or out of date. */
  wrong: freeText(wrongMaxLength, `What is wrong must be ${wrongMaxLength} characters or fewer.`).pipe(
    z.string().min(1, { error: 'Tell us what is wrong with the page.' }),
  ),
  [honeypotField]: honeypot,
});

/**
 * "Tell the council what you were looking for", offered when a search finds nothing. The words are sent only when the
 * reader presses Send; `page` is the search page they were on, which says the language.
 */
const searchGapFeedback = z.object({
  kind: z.literal('search-gap'),
  page: sitePath,
  /** What the reader was looking for: the words they searched for, or their own. */
  query: freeText(gapMaxLength, `What you were looking for must be ${gapMaxLength} characters or fewer.`).pipe(
    z.string().trim().min(1, { error: 'Tell us what you were looking for.' }),
  ),
  [honeypotField]: honeypot,
});

/** Everything the feedback forms can send. Unknown fields are dropped. */
export const feedbackInput = z.discriminatedUnion('kind', [usefulFeedback, problemFeedback, searchGapFeedback], {
  error: 'Say what kind of feedback this is.',
});

export type FeedbackInput = z.infer<typeof feedbackInput>;
/** The kinds of feedback kept as feedback; what people could not find is kept apart (SearchGapRecord). */
export type FeedbackKind = Exclude<FeedbackInput['kind'], 'search-gap'>;
export type SearchGapInput = Extract<FeedbackInput, { kind: 'search-gap' }>;
