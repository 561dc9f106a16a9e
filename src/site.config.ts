import { z } from 'astro/zod';
import { locales } from './i18n/locales.ts';

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
    /** The service's name, shown in the header and page titles. */
    siteName: z.string().min(3),
    /** The council that publishes the Local Offer, as it names itself: "Plymouth City Council". */
    councilName: z.string().min(3),
    /**
     * The place the Local Offer serves, as residents say it: "Plymouth". Interface strings say `{{place}}` and
     * `{{council}}` where they name the place or the council, and take both from here.
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
    /** Plymouth's own Ordinarily Available Provision guide for schools, which the OAP pages link to. */
    oapGuide: z
      .object({
        /**
         * Its web address. The address ends "-draft", so the pages say the council can confirm the current version;
         * change it here when the council publishes a final one.
         */
        url: z.url({ protocol: /^https$/ }),
        /** Where the address comes from. */
        source: z.string().min(3),
      })
      .strict(),
    /** Where the feedback forms post to. */
    feedbackEndpoint: z.string().startsWith('/'),
    /** Where the date tools' forms post to (the EHC key dates and appeal deadline pages). */
    keyDatesEndpoint: z.string().startsWith('/'),
    /** The languages the site is published in. */
    locales: z.array(z.object({ code: z.string(), lang: z.string(), dir: z.enum(['ltr', 'rtl']) })).min(1),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Everything about the service that is not page content, in one validated place. */
export const siteConfig: SiteConfig = siteConfigSchema.parse({
  siteName: 'Plymouth SEND Local Offer',
  councilName: 'Plymouth City Council',
  place: 'Plymouth',
  contact: {
    switchboard: { display: '01752 668000', tel: '+441752668000' },
    address: ['Plymouth City Council', 'Ballard House', 'West Hoe Road', 'Plymouth', 'PL1 3BJ'],
    source: 'plymouthonlinedirectory.com, Communication Interaction Team page (see shared/content-facts.md)',
  },
  oapGuide: {
    url: 'https://issuu.com/theeducationpeople7/docs/ordinarily_available_provision_for_schools_-_draft?fr=sNGEyNzcyNzkwMzQ',
    source: 'seed 000, Plymouth SEND strategy and self-evaluation summary (see shared/content-facts-2.md section 11)',
  },
  feedbackEndpoint: '/api/feedback',
  keyDatesEndpoint: '/api/key-dates',
  locales: locales.map(({ code, lang, dir }) => ({ code, lang, dir })),
});

export { siteConfigSchema };
