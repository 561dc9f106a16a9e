import { z } from 'astro/zod';
import { audiences, lifeStages, needAreas } from './allowed-values.ts';

/** Who a page is written for. */
export const audience = z.enum(audiences);

/** The Local Offer's four life stages (see allowed-values.ts). */
export const lifeStage = z.enum(lifeStages);

/** The four broad areas of need in the SEND Code of Practice. */
export const needArea = z.enum(needAreas);

/** The documents in ../shared/seeds, by their number. */
export const seedId = z.enum(['000', '001', '002', '003', '004']);

/** Where a fact on a page comes from: a seed document or a public web page. */
export const source = z
  .object({
    /** The document's name, as a reader would recognise it. */
    title: z.string().min(3),
    /** The seed document this fact comes from, if any. */
    seed: seedId.optional(),
    /** A public web address for the document: https wherever the publisher serves it (http only for a site without it). */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Where in the document the fact is, in a few words, e.g. "paragraph 6.37" or "recommendation 3". */
    where: z.string().min(3).max(120).optional(),
  })
  .strict();

export type Audience = z.infer<typeof audience>;
export type LifeStage = z.infer<typeof lifeStage>;
export type NeedArea = z.infer<typeof needArea>;
export type Source = z.infer<typeof source>;
