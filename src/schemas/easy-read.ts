import { z } from 'astro/zod';
import { pageMetaFields } from './page.ts';
import { iconExists } from '../lib/content/icons.ts';

/** One idea: a short sentence or two, with a picture beside it. */
export const easyReadIdea = z
  .object({
    /** The name of a Lucide icon (lucide-static), shown on the left (right in Arabic). */
    icon: z.string().refine(iconExists, 'must be the name of an icon in lucide-static/icons, such as "phone"'),
    /** What the picture shows, for people who cannot see it. */
    alt: z.string().min(2),
    /** The words. One idea; each sentence at most 15 words; no abbreviations. */
    text: z.string().min(2),
  })
  .strict();

/** A group of ideas under a heading. */
export const easyReadSection = z
  .object({
    /** A short heading. */
    heading: z.string().min(2),
    /** The ideas, in order. */
    ideas: z.array(easyReadIdea).min(1),
  })
  .strict();

/**
 * The easy-read twin of a topic page: content/pages/<lang>/easy-read/<slug>.md, with the same slug as the page it
 * explains. Its words live in `sections` so every idea is paired with a picture; the Markdown body is not used.
 */
export const easyReadSchema = z
  .object({
    ...pageMetaFields,
    /** The sections of the page, in order. */
    sections: z.array(easyReadSection).min(1),
    /** Shows the "Help in a crisis" box at the top of the page. */
    crisisHelp: z.boolean().default(false),
    /** A section generated from data after the ideas: the glossary in easy read, or the link to the council's OAP guide. */
    appendix: z.enum(['glossary', 'oap-guide']).optional(),
  })
  .strict();

export type EasyReadData = z.infer<typeof easyReadSchema>;
export type EasyReadIdea = z.infer<typeof easyReadIdea>;
