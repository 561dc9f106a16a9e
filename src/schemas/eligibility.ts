import { z } from 'astro/zod';
import { iconExists } from '../lib/content/icons.ts';
import { source } from './taxonomy.ts';
import { translationOf } from './page.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const icon = z.string().refine(iconExists, 'must be the name of an icon in lucide-static/icons');

/** One answer to a question, and where it leads. */
export const eligibilityOption = z
  .object({
    /** The answer's part of the URL, e.g. `under-18`. Unique within its question; never `result`. */
    value: slug.refine((v) => v !== 'result', 'the value "result" is kept for outcome pages'),
    /** The answer as the reader sees it. */
    label: z.string().min(1),
    /** The answer in easy read. */
    easyRead: z.string().min(1),
    /** The next question's id, or `outcome:<id>`. */
    next: z.string().regex(/^(outcome:)?[a-z0-9]+(-[a-z0-9]+)*$/),
  })
  .strict();

/** One question: one page of the checker. */
export const eligibilityQuestion = z
  .object({
    /** A stable id, used in routing and error messages. */
    id: slug,
    /** The question, shown as the page heading. */
    text: z.string().min(5),
    /** A line that helps people answer. */
    hint: z.string().optional(),
    /** The question in easy read, with a picture. */
    easyRead: z.object({ text: z.string().min(5), hint: z.string().optional(), icon, alt: z.string().min(2) }).strict(),
    /** The answers, in the order shown. */
    options: z.array(eligibilityOption).min(2),
  })
  .strict();

/** Where a path through the checker ends. Each outcome is defined once and shown in both versions. */
export const eligibilityOutcome = z
  .object({
    id: slug,
    title: z.string().min(5),
    /** What the answers suggest, in one or two sentences. */
    summary: z.string().min(10),
    /** What it means. */
    details: z.array(z.string().min(5)).min(1),
    /** What to do next, including who to contact. */
    nextSteps: z.array(z.string().min(5)).min(1),
    /** Pages on this site that say more (English paths). */
    links: z.array(z.object({ label: z.string().min(2), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/) }).strict()),
    /** The outcome in easy read. */
    easyRead: z
      .object({ title: z.string().min(5), icon, alt: z.string().min(2), summary: z.array(z.string().min(5)).min(1) })
      .strict(),
  })
  .strict();

/** content/short-breaks/eligibility.yaml: the whole checker. */
export const eligibilitySchema = z
  .object({
    reviewed: z.coerce.date(),
    reviewDue: z.coerce.date(),
    owner: z.string().min(3),
    /** Raised when the questions, answers or outcomes change in a way a translation must follow. */
    version: z.number().int().positive(),
    /** In a translation (content/short-breaks/<lang>/eligibility.yaml): the English version it follows. */
    translationOf: translationOf.optional(),
    /** Where the criteria come from. */
    sources: z.array(source).min(1),
    /** The first question's id. */
    start: slug,
    questions: z.array(eligibilityQuestion).min(1),
    outcomes: z.array(eligibilityOutcome).min(1),
  })
  .strict();

export type EligibilityFlow = z.infer<typeof eligibilitySchema>;
export type EligibilityQuestion = z.infer<typeof eligibilityQuestion>;
export type EligibilityOutcome = z.infer<typeof eligibilityOutcome>;
