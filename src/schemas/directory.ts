import { z } from 'astro/zod';
import { audience, lifeStage, needArea, source } from './taxonomy.ts';
import { graduatedLevels, resourceKinds, uuidPattern } from './allowed-values.ts';

export { uuidPattern };

const uuid = z
  .string()
  .regex(uuidPattern, 'must be a UUID, e.g. 3f7b145d-84af-42d7-8fae-eaca714b02b2')
  .transform((id) => id.toLowerCase());

/** A web address people can open. */
const webUrl = z.url({ protocol: /^https?$/ });

/**
 * How much help a service gives, in the graduated approach (GATI's three levels): `universal` for everyone,
 * `targeted` for some children with extra needs, `specialist` for a few with complex needs (often after an assessment).
 */
export const graduatedLevel = z.enum(graduatedLevels);

/** What a listing is: a `service` people contact, a `resource` or toolkit to read or use, or `training`. */
export const resourceKind = z.enum(resourceKinds);

/** Open Referral UK's service statuses. Only active services are listed on the site; all are in the feed. */
export const serviceStatus = z.enum(['active', 'inactive', 'defunct', 'temporarily closed']);

/** A phone number to call. */
export const directoryPhone = z
  .object({
    /** Keeps the ORUK id of a phone imported from another directory; made from the entry's id when absent. */
    id: uuid.optional(),
    /** The number as people dial it in the UK, e.g. "01632 960000" or "111". */
    number: z.string().regex(/^(?:0\d{3,4} ?\d{3} ?\d{3,4}|\d{3})$/, 'must be a UK number, e.g. 01632 960000'),
    /** What the number is for or when to call, in plain English. */
    description: z.string().min(3).optional(),
  })
  .strict();

/** One postal address of a location. */
export const directoryAddress = z
  .object({
    /** Keeps the ORUK id of an imported address; made from the entry's id when absent. */
    id: uuid.optional(),
    /** The first line: a building or a street. */
    address_1: z.string().min(2),
    /** The second line, if there is one. */
    address_2: z.string().min(2).optional(),
    /** The town or city. */
    city: z.string().min(2),
    /** The county (ORUK's `state_province`; required in its schema). */
    state_province: z.string().min(2),
    /** The postcode. */
    postal_code: z.string().min(2),
    /** ISO 3166 country code. */
    country: z.string().length(2).default('GB'),
  })
  .strict();

/** A place where the service is delivered or where people can go. */
export const directoryLocation = z
  .object({
    /** Keeps the ORUK id of an imported location; made from the entry's id when absent. */
    id: uuid.optional(),
    /** The place's name, e.g. "Four Greens Community Hub". */
    name: z.string().min(2).optional(),
    /** What happens there or how to find it. */
    description: z.string().min(3).optional(),
    /** Its postal addresses (none when a source names the place but gives no address). */
    addresses: z.array(directoryAddress).default([]),
  })
  .strict();

/** The area a service covers, e.g. the council's whole area or one town. */
export const directoryServiceArea = z
  .object({
    /** Keeps the ORUK id of an imported service area; made from the entry's id when absent. */
    id: uuid.optional(),
    /** The area's name. */
    name: z.string().min(2),
    /** More about who in the area can use it. */
    description: z.string().min(3).optional(),
  })
  .strict();

/** What a service costs. */
export const directoryCostOption = z
  .object({
    /** Keeps the ORUK id of an imported cost option; made from the entry's id when absent. */
    id: uuid.optional(),
    /** Who or what this cost applies to, e.g. "Free". */
    option: z.string().min(2).optional(),
    /** The price in pounds, when there is one. */
    amount: z.number().nonnegative().optional(),
    /** What the amount is for, e.g. "per session". */
    amount_description: z.string().min(2).optional(),
  })
  .strict();

/** When a service is open or can be reached. */
export const directorySchedule = z
  .object({
    /** Keeps the ORUK id of an imported schedule; made from the entry's id when absent. */
    id: uuid.optional(),
    /** When, in plain English, e.g. "Any time, day or night". */
    description: z.string().min(3),
    /** Opening time (24-hour, HH:MM), when it is the same each open day. */
    opens_at: z
      .string()
      .regex(/^\d{2}:\d{2}(?::\d{2})?$/)
      .optional(),
    /** Closing time (24-hour, HH:MM). */
    closes_at: z
      .string()
      .regex(/^\d{2}:\d{2}(?::\d{2})?$/)
      .optional(),
    /** RFC 5545 days, e.g. "MO,TU,WE,TH,FR". */
    byday: z
      .string()
      .regex(/^(?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*$/)
      .optional(),
  })
  .strict();

/** A language the service is given in. */
export const directoryLanguage = z
  .object({
    /** Keeps the ORUK id of an imported language; made from the entry's id when absent. */
    id: uuid.optional(),
    /** The language's English name, e.g. "British Sign Language". */
    name: z.string().min(2),
    /** Its ISO 639 or BCP 47 code, e.g. "bfi". */
    code: z.string().min(2).optional(),
  })
  .strict();

/** The organisation that runs a service. */
export const directoryOrganization = z
  .object({
    /** The organisation's UUID: the same in every entry it runs. */
    id: uuid,
    /** Its name, e.g. the NHS trust or charity that runs the service. */
    name: z.string().min(2),
    /** What it is, in one sentence. */
    description: z.string().min(3),
    /** Its website. */
    website: webUrl.optional(),
  })
  .strict();

/**
 * How the directory classifies an entry: the facets families and SENCos filter by. Each value is published as an ORUK
 * taxonomy term (see src/lib/oruk/oruk-taxonomy.ts).
 */
export const directoryTaxonomy = z
  .object({
    /** The areas of need it helps with; empty means every area. */
    need: z.array(needArea).default([]),
    /** The life stages it is for; empty means every stage from 0 to 25. */
    stage: z.array(lifeStage).default([]),
    /** Its level in the graduated approach; absent when not known (e.g. an imported entry). */
    level: graduatedLevel.optional(),
    /** Who it is for (`parents` covers parents, carers and families); empty means everyone (e.g. an import). */
    audience: z.array(audience).default([]),
    /** What it is. */
    kind: resourceKind.default('service'),
  })
  .strict();

/**
 * One resource directory entry: content/directory/<name>.yaml, shaped on an Open Referral UK 3.0 service (its field
 * names), so the ORUK feed is a direct mapping and imports round-trip. A contact detail that no source gives is left
 * out, never made up.
 */
export const directoryEntrySchema = z
  .object({
    /** The entry's UUID: its address is /directory/<id>/ and its ORUK service id. Never change it. */
    id: uuid,
    /** The service's public name. */
    name: z.string().min(3).max(120),
    /** What it does, who it is for and how to get it, in plain English. */
    description: z.string().min(20),
    /** Who runs it. */
    organization: directoryOrganization,
    /** Its web page. */
    url: webUrl.optional(),
    /** An email address to contact it. */
    email: z.email().optional(),
    /** Whether it is running (ORUK status). */
    status: serviceStatus.default('active'),
    /** A short-term notice, e.g. "This offer is being refreshed". */
    alert: z.string().min(5).optional(),
    /** Numbers to call. */
    phones: z.array(directoryPhone).default([]),
    /** Places where it is delivered. */
    locations: z.array(directoryLocation).default([]),
    /** The areas it covers. */
    service_areas: z.array(directoryServiceArea).default([]),
    /** The youngest age it is for, in years. */
    minimum_age: z.number().int().min(0).max(120).optional(),
    /** The oldest age it is for, in years. */
    maximum_age: z.number().int().min(0).max(120).optional(),
    /** What it costs. */
    cost_options: z.array(directoryCostOption).default([]),
    /** When it is open, where a source says. */
    schedules: z.array(directorySchedule).default([]),
    /** Languages it is given in, where a source says. */
    languages: z.array(directoryLanguage).default([]),
    /**
     * The date a person last checked the entry against its source (ORUK `assured_date`), shown as "Checked on".
     * For entries written from a dated document this is that document's date, so an old source shows as old.
     */
    assured_date: z.coerce.date(),
    /** How the directory classifies it. */
    taxonomy: directoryTaxonomy,
    /** Where each fact comes from. */
    sources: z.array(source).default([]),
  })
  .strict()
  .refine(
    (entry) =>
      entry.minimum_age === undefined || entry.maximum_age === undefined || entry.minimum_age <= entry.maximum_age,
    {
      message: 'minimum_age must not be more than maximum_age',
      path: ['minimum_age'],
    },
  );

/** An entry as written in YAML (before defaults). */
export type DirectoryEntryInput = z.input<typeof directoryEntrySchema>;
/** An entry as the site and the API use it. */
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
export type GraduatedLevel = z.infer<typeof graduatedLevel>;
export type ResourceKind = z.infer<typeof resourceKind>;
