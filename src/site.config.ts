import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultLocale, supportedLocaleCodes, type LocaleCode } from './i18n/supported-locales.ts';
import { contentPath } from './lib/content/content-dir.ts';

const phone = z
  .object({
    /** The number as people read and dial it in the UK. */
    display: z.string().regex(/^0\d{3,4} ?\d{3} ?\d{3,4}$|^\d{3}$/),
    /** The same number for `tel:` links. */
    tel: z.string().regex(/^\+?\d+$/),
  })
  .strict();

const siteConfigSchema = z
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
    /** Where the feedback forms post to. */
    feedbackEndpoint: z.string().startsWith('/'),
    /**
     * The page a feedback form answers with (in English; `/<lang>` before it in another language): where
     * src/pages/[...lang]/feedback/thank-you.astro is built, which the function serves with a link back.
     */
    thankYouPath: z.string().startsWith('/').endsWith('/'),
    /** Where the date tools' forms post to (the EHC key dates and appeal deadline pages). */
    keyDatesEndpoint: z.string().startsWith('/'),
    /** The languages the site is published in, English first: each one this project has interface strings for. */
    languages: z
      .array(z.enum(supportedLocaleCodes as [LocaleCode, ...LocaleCode[]]))
      .min(1)
      .refine((codes) => codes[0] === defaultLocale, { message: `must start with "${defaultLocale}"` })
      .refine((codes) => new Set(codes).size === codes.length, { message: 'lists a language twice' }),
  })
  .strict();

/** The parts of the configuration that are the council's: content/site.yaml. */
const councilSettingsSchema = siteConfigSchema.omit({
  feedbackEndpoint: true,
  thankYouPath: true,
  keyDatesEndpoint: true,
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Reads and checks the council's settings, naming the file and every field that is wrong. */
export function readCouncilSettings(file = contentPath('site.yaml')) {
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
export const siteConfig: SiteConfig = {
  ...readCouncilSettings(),
  feedbackEndpoint: '/api/feedback',
  thankYouPath: '/feedback/thank-you/',
  keyDatesEndpoint: '/api/key-dates',
};

export { siteConfigSchema };
