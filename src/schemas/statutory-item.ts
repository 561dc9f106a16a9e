import { z } from 'astro/zod';

/** A stable, readable id such as `schedule-2-14` or `regulation-56`; pages name items by it. */
export const statutoryItemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. schedule-2-14');

/**
 * One thing the law asks a Local Offer to publish or do: a paragraph of the SEND Regulations 2014 Schedule 2, or one
 * of regulations 54 to 57. The list is content/statutory-items.yaml; pages say which items they cover.
 */
export const statutoryItemSchema = z
  .object({
    /** The item's id: its anchor in the coverage table and the name pages use in `statutoryItems`. */
    id: statutoryItemId,
    /** Where the duty is written, as a reader would cite it, e.g. "SEND Regulations 2014, Schedule 2, paragraph 14". */
    citation: z.string().min(10),
    /** The duty's text on legislation.gov.uk, or the government's own guidance on it on gov.uk. */
    url: z.url({ protocol: /^https$/, hostname: /^www\.(?:legislation\.)?gov\.uk$/ }),
    /** One plain-English line saying what must be published or done. */
    description: z.string().min(10).max(300),
  })
  .strict();

export type StatutoryItem = z.infer<typeof statutoryItemSchema>;
