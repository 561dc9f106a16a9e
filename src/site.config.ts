import { z } from 'astro/zod';
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultLocale, supportedLocaleCodes, type LocaleCode } from './i18n/supported-locales.ts';
import { contentPath } from './lib/content/content-dir.ts';

// colord measures contrast as WCAG 2 defines it.
extend([a11yPlugin]);

const phone = z
  .object({
    /** The number as people read and dial it in the UK. */
    display: z.string().regex(/^0\d{3,4} ?\d{3} ?\d{3,4}$|^\d{3}$/),
    /** The same number for `tel:` links. */
    tel: z.string().regex(/^\+?\d+$/),
  })
  .strict();

/** White text on a colour must reach WCAG's 4.5:1 for normal text (the site's name sits on the brand colour). */
const colourForWhiteText = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, 'must be a colour written like #005a5e')
  .refine((colour) => colord(colour).contrast('#ffffff') >= 4.5, {
    message: 'is too light: white text on it must have a contrast of at least 4.5:1 (WCAG 2.2 AA)',
  });

/** The council's settings: content/site.yaml. */
const councilSettingsSchema = z
  .object({
    /** The council that publishes the Local Offer, as it names itself. */
    councilName: z.string().min(3),
    /**
     * The place the Local Offer serves, as residents say it. Interface strings say `{{place}}` and `{{council}}`
     * where they name the place or the council, and take both from here.
     */
    place: z.string().min(2),
    /** How to reach the council. */
    contact: z
      .object({
        /** The council switchboard: callers ask for the SEND team. */
        switchboard: phone,
        /** The council's postal address, one line per item. */
        address: z.array(z.string().min(2)).min(3),
        /** Where these details come from. */
        source: z.string().min(3),
      })
      .strict(),
    /** The council's own Ordinarily Available Provision guide for schools, which the OAP pages link to. */
    oapGuide: z
      .object({
        /** Its web address. */
        url: z.url({ protocol: /^https$/ }),
        /** Its name as the council publishes it, kept in English in every language (interface strings say {{oapGuideTitle}}). */
        title: z.string().min(3),
        /**
         * Whether the published copy may be a draft: then the pages say to call the council to check which version is
         * current. Set it to false when the council publishes a final one.
         */
        draft: z.boolean(),
        /** Where the address comes from. */
        source: z.string().min(3),
      })
      .strict(),
    /** The council's colours: the header and accents, with white text on them, in light and dark mode. */
    colours: z.object({ brand: colourForWhiteText, brandDark: colourForWhiteText }).strict(),
    /** The languages the site is published in, English first: each one this project has interface strings for. */
    languages: z
      .array(z.enum(supportedLocaleCodes as [LocaleCode, ...LocaleCode[]]))
      .min(1)
      .refine((codes) => codes[0] === defaultLocale, { message: `must start with "${defaultLocale}"` })
      .refine((codes) => new Set(codes).size === codes.length, { message: 'lists a language twice' }),
  })
  .strict();

/** The addresses the site's own forms post to and answer with: the same for every council. */
const siteEndpoints = {
  /** Where the feedback forms post to. */
  feedbackEndpoint: '/api/feedback',
  /**
   * The page a feedback form answers with (in English; `/<lang>` before it in another language): where
   * src/pages/[...lang]/feedback/thank-you.astro is built, which the function serves with a link back.
   */
  thankYouPath: '/feedback/thank-you/',
  /** Where the date tools' forms post to (the EHC key dates and appeal deadline pages). */
  keyDatesEndpoint: '/api/key-dates',
} as const;

export type CouncilSettings = z.infer<typeof councilSettingsSchema>;
export type SiteConfig = CouncilSettings & typeof siteEndpoints;

/** Reads and checks the council's settings, naming the file and every field that is wrong. */
export function readCouncilSettings(file = contentPath('site.yaml')): CouncilSettings {
  const result = councilSettingsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}`);
  }
  return result.data;
}

/**
 * Everything about the service that is not page content, in one validated place: the council's settings from its
 * content folder (content/site.yaml), and the addresses the site's own forms post to.
 */
export const siteConfig: SiteConfig = { ...readCouncilSettings(), ...siteEndpoints };

export { councilSettingsSchema };
