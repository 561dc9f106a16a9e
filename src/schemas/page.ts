import { z } from 'astro/zod';
import { audience, lifeStage, needArea, source } from './taxonomy.ts';
import { statutoryItemId } from './statutory-item.ts';
import { keyDatesTool } from './key-dates.ts';

/** A calendar date written as YYYY-MM-DD in frontmatter. */
const isoDate = z.coerce.date();

/**
 * What a translated page says about the English page it translates.
 * When the English page's `version` is higher, readers see a notice that the translation may be out of date.
 */
export const translationOf = z
  .object({
    /** The `version` of the English page this translation was made from. */
    version: z.number().int().positive(),
    /** The day the translation from English was made (or last brought up to date). */
    translated: isoDate.optional(),
  })
  .strict();

/** Fields every page carries, standard or easy read. */
export const pageMetaFields = {
  /** The page's heading and title. Plain words, no abbreviations. */
  title: z.string().min(3).max(90),
  /** One or two sentences that say what the page is for. Used in lists, search results and the meta description. */
  summary: z.string().min(10).max(300),
  /** The date a person last checked every fact on the page. */
  reviewed: isoDate,
  /** The date the page must be checked again by. */
  reviewDue: isoDate,
  /** The team that keeps the page up to date. */
  owner: z.string().min(3),
  /** Increases by one each time the meaning of the English page changes; translations compare against it. */
  version: z.number().int().positive().default(1),
  /** Present on a translation: which version of the English page it was made from. */
  translationOf: translationOf.optional(),
};

/** A standard topic page: content/pages/<lang>/<slug>.md. */
export const pageSchema = z
  .object({
    ...pageMetaFields,
    /**
     * What the page is: `home`; a `life-stage` page; a `topic` (listed on the home page); or `about` the service
     * (contact, accessibility, privacy: linked from every page's footer).
     */
    kind: z.enum(['home', 'life-stage', 'topic', 'about']).default('topic'),
    /** Who the page is for. */
    audience: z.array(audience).min(1),
    /** The life stages the page is about; empty for pages about every stage. */
    lifeStages: z.array(lifeStage).default([]),
    /** The areas of need the page is about; empty for pages about every area. */
    needAreas: z.array(needArea).default([]),
    /** Where each fact on the page comes from. Pages with facts must list at least one. */
    sources: z.array(source).default([]),
    /**
     * The ids of the items in content/statutory-items.yaml that this page covers (what the law asks a Local Offer to
     * publish). English pages only: a translation covers what its English page covers.
     */
    statutoryItems: z.array(statutoryItemId).default([]),
    /**
     * A section the layout generates from data and adds after the body: the glossary's terms, the list of OAP areas,
     * the list of Help Whilst Waiting pathways, the accessibility problem form, the published "You said, we did"
     * responses, or the table of what the law asks the Local Offer to cover and the pages that cover it. (The home page's sections come with `kind: home`.)
     */
    appendix: z
      .enum([
        'glossary',
        'oap-areas',
        'waiting-pathways',
        'accessibility-report',
        'you-said-we-did',
        'statutory-coverage',
      ])
      .optional(),
    /**
     * A date tool the layout puts after the page's summary: the dates the council must meet after a request for an
     * EHC needs assessment, or the last day to appeal to the Tribunal. Its form posts to the web function.
     */
    tool: keyDatesTool.optional(),
    /** Shows the "Help in a crisis" box at the top of the page (Help Whilst Waiting and mental health pages). */
    crisisHelp: z.boolean().default(false),
    /** Position among sibling pages in lists (lower comes first). */
    order: z.number().int().default(100),
  })
  .strict()
  .refine((page) => page.reviewDue > page.reviewed, {
    message: 'reviewDue must be after reviewed',
    path: ['reviewDue'],
  });

export type PageData = z.infer<typeof pageSchema>;
