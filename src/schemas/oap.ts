import { z } from 'astro/zod';
import { needArea, source } from './taxonomy.ts';
import { pageMetaFields } from './page.ts';
import { easyReadIdea, easyReadSection } from './easy-read.ts';

/** Education phases a strategy applies to. */
export const phase = z.enum(['early-years', 'primary', 'secondary', 'post-16']);

/** A strategy's id: lower-case words joined by hyphens. */
const strategyId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Who puts a strategy in place: the whole school, a class teacher, or staff for one child. */
export const strategyLevel = z.enum(['whole-school', 'classroom', 'individual']);

/**
 * Where a strategy comes from: a published document anyone can open (so a web address is required and a seed is not
 * enough), and the place in it that supports the strategy.
 */
export const strategySource = source.omit({ seed: true }).required({ url: true, where: true });

/**
 * One example of good practice from national guidance, research or a published guide for schools. It is not
 * the council's policy: each one names the document it comes from.
 */
export const oapStrategy = z
  .object({
    /** A stable id, unique within the area, e.g. `visual-timetable`. */
    id: strategyId,
    /** Who does it. */
    level: strategyLevel,
    /** The phases it applies to. */
    phases: z.array(phase).min(1),
    /** What staff do, in plain English, one or two sentences. It says no more than its source. */
    text: z.string().min(10),
    /** The document this example comes from, and where in it. */
    source: strategySource,
  })
  .strict();

/** An easy-read idea; one that retells an example names it, so the page can show where the example comes from. */
export const oapEasyReadIdea = easyReadIdea.extend({
  /** The id of the example this idea retells, if any. */
  strategy: strategyId.optional(),
});

/** A group of easy-read ideas under a heading, on an OAP area's easy-read page. */
export const oapEasyReadSection = easyReadSection.extend({
  /** The ideas, in order. */
  ideas: z.array(oapEasyReadIdea).min(1),
});

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
    /** Examples of good practice, each with its source. Only examples a source supports are kept. */
    strategies: z.array(oapStrategy).min(1),
    /** Where each fact comes from. */
    sources: z.array(source).min(1),
    /** The easy-read version of the page. */
    easyRead: z
      .object({
        title: z.string().min(3),
        summary: z.string().min(10),
        sections: z.array(oapEasyReadSection).min(1),
      })
      .strict(),
  })
  .strict()
  .refine((area) => new Set(area.strategies.map((s) => s.id)).size === area.strategies.length, {
    message: 'strategy ids must be unique within an area',
    path: ['strategies'],
  })
  .refine(
    (area) =>
      area.easyRead.sections
        .flatMap((section) => section.ideas)
        .every((idea) => !idea.strategy || area.strategies.some((s) => s.id === idea.strategy)),
    { message: 'an easy-read idea names a strategy id that is not in this area', path: ['easyRead'] },
  );

export type OapArea = z.infer<typeof oapAreaSchema>;
export type OapStrategy = z.infer<typeof oapStrategy>;
export type StrategySource = z.infer<typeof strategySource>;
export type Phase = z.infer<typeof phase>;
