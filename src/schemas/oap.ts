import { z } from 'astro/zod';
import { needArea, source } from './taxonomy.ts';
import { pageMetaFields } from './page.ts';
import { easyReadSection } from './easy-read.ts';

/** Education phases a strategy applies to. */
export const phase = z.enum(['early-years', 'primary', 'secondary', 'post-16']);

/** Who puts a strategy in place: the whole school, a class teacher, or staff for one child. */
export const strategyLevel = z.enum(['whole-school', 'classroom', 'individual']);

/** One thing every school or setting should ordinarily provide. */
export const oapStrategy = z
  .object({
    /** A stable id, unique within the area, e.g. `visual-timetable`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Who does it. */
    level: strategyLevel,
    /** The phases it applies to. */
    phases: z.array(phase).min(1),
    /** What staff do, in plain English, one or two sentences. */
    text: z.string().min(10),
  })
  .strict();

/**
 * Ordinarily Available Provision for one area of need: content/oap/<area>.yaml. The area page, its easy-read twin and
 * the SENCo checklists are all generated from this one file.
 */
export const oapAreaSchema = z
  .object({
    ...pageMetaFields,
    /** The area of need; also the file name and the URL segment. */
    area: needArea,
    /** A short paragraph for parents: what this area means. */
    intro: z.string().min(20),
    /** How a child or young person with needs in this area might present. */
    mightPresent: z.array(z.string().min(5)).min(3),
    /** What they may find hard. */
    mayFindHard: z.array(z.string().min(5)).min(3),
    /** What every school and setting should ordinarily provide. At least 12. */
    strategies: z.array(oapStrategy).min(12),
    /** Where each fact comes from. */
    sources: z.array(source).min(1),
    /** The easy-read version of the page. */
    easyRead: z
      .object({
        title: z.string().min(3),
        summary: z.string().min(10),
        sections: z.array(easyReadSection).min(1),
      })
      .strict(),
  })
  .strict()
  .refine((area) => new Set(area.strategies.map((s) => s.id)).size === area.strategies.length, {
    message: 'strategy ids must be unique within an area',
    path: ['strategies'],
  });

export type OapArea = z.infer<typeof oapAreaSchema>;
export type Phase = z.infer<typeof phase>;
