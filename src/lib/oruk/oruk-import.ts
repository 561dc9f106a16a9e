/**
 * Turns an Open Referral UK 3.0 feed into directory entries: the mapping `npm run import:oruk` uses. Pure: it reads
 * parsed JSON and returns entries, skips (with reasons) and warnings; scripts/import-oruk.ts does the files.
 */
import { directoryEntrySchema, type DirectoryEntry, type DirectoryEntryInput } from '../../schemas/directory.ts';
import { facets, type FacetKey } from '../directory/directory-facets.ts';
import { findTerm } from './oruk-taxonomy.ts';

type Json = Record<string, unknown>;

export interface Skipped {
  /** Where in the feed: the service's id or name, or its position. */
  where: string;
  reason: string;
}

export interface ImportResult {
  entries: DirectoryEntry[];
  skipped: Skipped[];
  /** Details left out of entries that were imported, e.g. a phone number in a form the schema does not accept. */
  warnings: string[];
}

export class FeedError extends Error {}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : undefined;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
/** Leaves out undefined fields, so the strict schema sees only what the feed gave. */
const defined = <T extends Json>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

/**
 * The services in a feed, with the organisation each belongs to. A feed may be one service, a page of services
 * (`contents`), an organisation with its `services`, a service at a location, or a list of any of these.
 */
export function servicesIn(
  feed: unknown,
): { service: Json; organization?: Json | undefined; location?: Json | undefined }[] {
  const found: { service: Json; organization?: Json | undefined; location?: Json | undefined }[] = [];
  const visit = (node: unknown, organization?: Json, depth = 0): void => {
    if (depth > 4) return;
    if (Array.isArray(node)) {
      node.forEach((item) => {
        visit(item, organization, depth + 1);
      });
      return;
    }
    if (!isObject(node)) return;
    if (Array.isArray(node['contents'])) {
      visit(node['contents'], organization, depth + 1);
      return;
    }
    if (Array.isArray(node['services'])) {
      const { services, ...org } = node;
      visit(services, org, depth + 1);
      return;
    }
    if (isObject(node['service']) && isObject(node['location'])) {
      found.push({ service: node['service'], organization, location: node['location'] });
      return;
    }
    // ORUK requires a service's status; taxonomies, terms and organisations have a name and description but no status.
    if ('name' in node && ('status' in node || 'organization' in node || 'organization_id' in node)) {
      found.push({ service: node, organization });
    }
  };
  visit(feed);
  return found;
}

/** Our facets, read back from a service's taxonomy-term attributes (terms other directories use are not ours). */
function taxonomyOf(service: Json): { values: Partial<Record<FacetKey, string[]>>; other: number } {
  const values: Partial<Record<FacetKey, string[]>> = {};
  let other = 0;
  for (const attribute of list(service['attributes'])) {
    const term = isObject(attribute['taxonomy_term']) ? attribute['taxonomy_term'] : {};
    const id = text(attribute['taxonomy_term_id']) ?? text(term['id']) ?? '';
    const fromUri = /\/directory\/([a-z]+)\/([a-z-]+)\/?$/.exec(text(term['term_uri']) ?? '');
    const ours = findTerm(id) ?? (fromUri ? { key: fromUri[1] as FacetKey, value: fromUri[2] ?? '' } : undefined);
    if (ours && (facets[ours.key] as readonly string[] | undefined)?.includes(ours.value)) {
      values[ours.key] = [...new Set([...(values[ours.key] ?? []), ours.value])];
    } else {
      other += 1;
    }
  }
  return { values, other };
}

/** The date part of an ORUK date or date-time, if it is one. */
function dateOf(value: unknown): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text(value) ?? '');
  return match?.[1];
}

/** One ORUK service as a directory entry (not yet checked against the schema). */
export function toEntryInput(
  service: Json,
  context: { organization?: Json | undefined; location?: Json | undefined; source: string },
  warn: (message: string) => void,
): DirectoryEntryInput {
  const name = text(service['name']) ?? '';
  const org = isObject(service['organization']) ? service['organization'] : (context.organization ?? {});
  const phones = [...list(service['phones']), ...list(service['contacts']).flatMap((c) => list(c['phones']))]
    .map((phone) => ({ id: text(phone['id']), number: text(phone['number']), description: text(phone['description']) }))
    .filter((phone) => {
      const ok = /^(?:0\d{3,4} ?\d{3} ?\d{3,4}|\d{3})$/.test(phone.number ?? '');
      if (!ok) warn(`${name}: left out phone "${phone.number ?? ''}": not a UK number as people dial it`);
      return ok;
    });
  const locations = [
    ...list(service['service_at_locations']).map((sal) => (isObject(sal['location']) ? sal['location'] : {})),
    ...(context.location ? [context.location] : []),
  ]
    .filter((location) => Object.keys(location).length > 0)
    .map((location) =>
      defined({
        id: text(location['id']),
        name: text(location['name']),
        description: text(location['description']),
        addresses: list(location['addresses']).map((a) =>
          defined({
            id: text(a['id']),
            address_1: text(a['address_1']),
            address_2: text(a['address_2']),
            city: text(a['city']),
            state_province: text(a['state_province']) ?? text(a['region']),
            postal_code: text(a['postal_code']),
            country: text(a['country']),
          }),
        ),
      }),
    );
  const languages = list(service['languages']).filter((language) => {
    if (!text(language['name'])) warn(`${name}: left out a language with no name`);
    return text(language['name']) !== undefined;
  });
  const schedules = list(service['schedules']).filter((schedule) => {
    if (!text(schedule['description'])) warn(`${name}: left out a schedule with no description`);
    return text(schedule['description']) !== undefined;
  });
  const { values, other } = taxonomyOf(service);
  if (other > 0) warn(`${name}: ${other} taxonomy term(s) from other vocabularies not used for filters`);
  const level = values.level?.[0];
  const kind = values.kind?.[0];
  const assured = dateOf(service['assured_date']) ?? dateOf(service['last_modified']);
  return defined({
    id: text(service['id']),
    name,
    description: text(service['description']),
    organization: defined({
      id: text(org['id']),
      name: text(org['name']),
      description: text(org['description']),
      website: text(org['website']),
    }),
    url: text(service['url']),
    email: text(service['email']),
    status: text(service['status']) as DirectoryEntryInput['status'],
    alert: text(service['alert']),
    phones: phones.map((phone) => defined(phone)),
    locations,
    service_areas: list(service['service_areas']).flatMap((area) => {
      const areaName = text(area['name']) ?? text(area['service_area']);
      const more = text(area['service_area']);
      return areaName
        ? [defined({ id: text(area['id']), name: areaName, description: more !== areaName ? more : undefined })]
        : [];
    }),
    minimum_age: num(service['minimum_age']),
    maximum_age: num(service['maximum_age']),
    cost_options: list(service['cost_options']).map((cost) =>
      defined({
        id: text(cost['id']),
        option: text(cost['option']),
        amount: num(cost['amount']),
        amount_description: text(cost['amount_description']),
      }),
    ),
    schedules: schedules.map((schedule) =>
      defined({
        id: text(schedule['id']),
        description: text(schedule['description']),
        opens_at: text(schedule['opens_at']),
        closes_at: text(schedule['closes_at']),
        byday: text(schedule['byday']),
      }),
    ),
    languages: languages.map((language) =>
      defined({ id: text(language['id']), name: text(language['name']), code: text(language['code']) }),
    ),
    assured_date: assured,
    taxonomy: defined({
      need: values.need ?? [],
      stage: values.stage ?? [],
      level,
      audience: values.audience ?? [],
      kind: kind ?? 'service',
    }) as DirectoryEntryInput['taxonomy'],
    sources: [{ title: `Open Referral UK feed: ${context.source}` }],
  }) as DirectoryEntryInput;
}

/**
 * Every service in a feed as a checked entry, or a reason it was skipped. Throws FeedError when the feed holds no
 * services at all, so a wrong file writes nothing.
 */
export function importFeed(
  feed: unknown,
  source: string,
  progress?: (done: number, total: number) => void,
): ImportResult {
  const services = servicesIn(feed);
  if (services.length === 0) {
    throw new FeedError(
      'no Open Referral UK services found: expected a service, a page of services (contents), or an organisation with services',
    );
  }
  const entries: DirectoryEntry[] = [];
  const skipped: Skipped[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  services.forEach(({ service, organization, location }, i) => {
    const where = text(service['name'])
      ? `"${text(service['name']) ?? ''}" (${text(service['id']) ?? `item ${i + 1}`})`
      : `item ${i + 1}`;
    const entryWarnings: string[] = [];
    const input = toEntryInput(service, { organization, location, source }, (message) => entryWarnings.push(message));
    const result = directoryEntrySchema.safeParse(input);
    if (!result.success) {
      const reasons = result.error.issues.map((issue) => `${issue.path.join('.') || '(service)'}: ${issue.message}`);
      if (!input.assured_date)
        reasons.unshift('no assured_date or last_modified, so we cannot say when it was checked');
      skipped.push({ where, reason: [...new Set(reasons)].join('; ') });
    } else if (seen.has(result.data.id)) {
      skipped.push({ where, reason: 'the same id appears earlier in the feed' });
    } else {
      seen.add(result.data.id);
      entries.push(result.data);
      warnings.push(...entryWarnings);
    }
    progress?.(i + 1, services.length);
  });
  return { entries, skipped, warnings };
}

/** A file name for an entry: its name in lower-case words joined by hyphens. */
export function fileNameFor(entry: { name: string; id: string }): string {
  const slug = entry.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || entry.id}.yaml`;
}
