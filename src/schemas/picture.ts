import { z } from 'astro/zod';
import { localeCodes, type LocaleCode } from '../i18n/locales.ts';

/** A label drawn in the picture: short, on one line in the file (the drawing wraps it to its box). */
const label = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\n]*$/, 'a label is one line: the drawing wraps it');

/** What every language of a picture says about the picture as a whole. */
const about = {
  /** What the picture is, in a few words, e.g. "The assess, plan, do, review cycle". Read first by screen readers. */
  title: label,
  /**
   * The text alternative: what the picture shows, in words, for people who cannot see it. Says every label and the
   * order the arrows give them, e.g. "A circle of 4 steps: assess, then plan, then do, then review, then back to
   * assess."
   */
  alt: z.string().trim().min(20).max(600),
};

/** One step of a cycle: its name and a few words on what happens in it. */
const step = z
  .object({
    /** The step's name, as the page's list and headings call it, e.g. "Assess". */
    name: label,
    /** What happens in the step, in a few words, e.g. "Finding out what your child needs". */
    detail: label,
  })
  .strict();

/** A cycle's words in one language. */
const cycleWords = z
  .object({
    ...about,
    /** The steps in order; the arrows go from each to the next and from the last back to the first. */
    steps: z.array(step).length(4, 'a cycle is drawn as 4 steps round a loop'),
  })
  .strict();

/** One route, with an optional few words on who it is for. */
const route = z
  .object({
    /** Where the route leads, e.g. "College". */
    name: label,
    /** Who it is for or what it needs, in a few words, e.g. "With an EHC plan". */
    note: label.optional(),
  })
  .strict();

/** A picture of routes' words in one language. */
const routesWords = z
  .object({
    ...about,
    /** Where every route starts, e.g. "After Year 11". */
    start: label,
    /** The routes, in the order they are drawn (top to bottom). */
    routes: z.array(route).min(2).max(6),
  })
  .strict();

/** One kind of a thing, with examples of it. */
const kind = z
  .object({
    /** The kind's name, e.g. "Targeted short breaks". */
    name: label,
    /** What the kind needs or who it is for, in a few words, e.g. "Needs a social care assessment". */
    note: label.optional(),
    /** Examples the sources give, in the order the page lists them. */
    examples: z.array(label).min(1).max(4),
  })
  .strict();

/** A picture of kinds' words in one language. */
const kindsWords = z
  .object({
    ...about,
    /** What the kinds are kinds of, e.g. "Short breaks in our area". */
    whole: label,
    /** The kinds, side by side (first on the reading side: left in English, right in Arabic). */
    kinds: z.array(kind).length(2, 'kinds are drawn as 2 columns'),
  })
  .strict();

/** One entry per language of the site, none left out and none extra. */
function everyLanguage<T extends z.ZodType>(words: T) {
  return z.object(Object.fromEntries(localeCodes.map((code) => [code, words])) as Record<LocaleCode, T>).strict();
}

/** The English path of the page the picture is drawn on, e.g. `/graduated-approach/`. */
const page = z.string().regex(/^\/([a-z0-9-]+\/)+$/, 'the English path of a page, e.g. /graduated-approach/');

/** The kinds of picture the drawing knows, each with its words in every language. */
const pictureKinds = z.discriminatedUnion('kind', [
  z
    .object({
      /** A loop of steps, each leading to the next and the last back to the first. */
      kind: z.literal('cycle'),
      page,
      /** The words, by language code. */
      words: everyLanguage(cycleWords),
    })
    .strict(),
  z
    .object({
      /** One starting point and the routes that lead from it. */
      kind: z.literal('routes'),
      page,
      /** The words, by language code. */
      words: everyLanguage(routesWords),
    })
    .strict(),
  z
    .object({
      /** Two kinds of one thing, side by side, each with its examples. */
      kind: z.literal('kinds'),
      page,
      /** The words, by language code. */
      words: everyLanguage(kindsWords),
    })
    .strict(),
]);

/**
 * One picture in content/pictures/<name>.yaml: a diagram drawn as an accessible inline SVG wherever a page says
 * `[[picture: <name>]]`. The file holds the words only, in every language; src/lib/pictures/ draws them.
 */
export const pictureSchema = pictureKinds.superRefine((picture, context) => {
  // Every language draws the same picture: a translation that loses a route or an example stops the build.
  const english = shapeOf(picture, 'en');
  for (const code of localeCodes) {
    const shape = shapeOf(picture, code);
    if (shape !== english)
      context.addIssue({ code: 'custom', path: ['words', code], message: `has ${shape} where English has ${english}` });
  }
});

/** What a language's words draw: how many steps, routes or examples (notes may differ: one may explain a term). */
function shapeOf(picture: z.infer<typeof pictureKinds>, code: LocaleCode): string {
  switch (picture.kind) {
    case 'cycle':
      return `${picture.words[code].steps.length} steps`;
    case 'routes':
      return `${picture.words[code].routes.length} routes`;
    case 'kinds':
      return picture.words[code].kinds.map((k) => `${k.examples.length} examples`).join(' and ');
  }
}

export type Picture = z.infer<typeof pictureSchema>;
export type PictureKind = Picture['kind'];
export type CycleWords = z.infer<typeof cycleWords>;
export type RoutesWords = z.infer<typeof routesWords>;
export type KindsWords = z.infer<typeof kindsWords>;
export type PictureWords = CycleWords | RoutesWords | KindsWords;
