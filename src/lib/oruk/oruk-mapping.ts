/**
 * Directory entries as Open Referral UK 3.0 services. Entries already use ORUK's field names, so this adds what the
 * standard needs around them: ids for every nested object (kept from an import, or made stable from the entry's id),
 * the organisation's id on the service, and the facets as taxonomy-term attributes.
 */
import type { DirectoryEntry } from '../../schemas/directory.ts';
import { facetKeys, type FacetKey } from '../directory/directory-facets.ts';
import { isoDate } from '../directory/directory-index.ts';
import { taxonomyTerms, termId, uuidV5, type OrukTaxonomyTerm } from './oruk-taxonomy.ts';

/** A stable id for the n-th nested object of a kind: the same entry always gives the same ids. */
function childId(entry: DirectoryEntry, kind: string, index: number, given?: string): string {
  return given ?? uuidV5(`${kind}:${index}`, entry.id);
}

/** The one-to-one fields of a service, as `/services` lists them (ORUK service_list.json). */
export function toOrukListService(entry: DirectoryEntry) {
  return {
    id: entry.id,
    organization_id: entry.organization.id,
    name: entry.name,
    description: entry.description,
    ...(entry.url ? { url: entry.url } : {}),
    ...(entry.email ? { email: entry.email } : {}),
    status: entry.status,
    ...(entry.minimum_age !== undefined ? { minimum_age: entry.minimum_age } : {}),
    ...(entry.maximum_age !== undefined ? { maximum_age: entry.maximum_age } : {}),
    assured_date: isoDate(entry.assured_date),
    ...(entry.alert ? { alert: entry.alert } : {}),
    organization: {
      id: entry.organization.id,
      name: entry.organization.name,
      description: entry.organization.description,
      ...(entry.organization.website ? { website: entry.organization.website } : {}),
    },
  };
}

/** The facet values an entry is classified by. Empty need or stage lists mean "all", but only real choices are terms. */
export function entryTerms(entry: DirectoryEntry): { key: FacetKey; value: string }[] {
  const { taxonomy } = entry;
  const values: Record<FacetKey, readonly string[]> = {
    need: taxonomy.need,
    stage: taxonomy.stage,
    level: taxonomy.level ? [taxonomy.level] : [],
    audience: taxonomy.audience,
    kind: [taxonomy.kind],
  };
  return facetKeys.flatMap((key) => values[key].map((value) => ({ key, value })));
}

/** A whole service with everything related to it (ORUK service.json), as `/services/{id}` gives it. */
export function toOrukService(entry: DirectoryEntry, siteUrl: string) {
  const terms = new Map<string, OrukTaxonomyTerm>(taxonomyTerms(siteUrl).map((term) => [term.id, term]));
  return {
    ...toOrukListService(entry),
    phones: entry.phones.map((phone, i) => ({
      id: childId(entry, 'phone', i, phone.id),
      service_id: entry.id,
      number: phone.number,
      ...(phone.description ? { description: phone.description } : {}),
    })),
    schedules: entry.schedules.map((schedule, i) => ({
      id: childId(entry, 'schedule', i, schedule.id),
      service_id: entry.id,
      description: schedule.description,
      ...(schedule.byday ? { freq: 'WEEKLY', byday: schedule.byday } : {}),
      ...(schedule.opens_at ? { opens_at: schedule.opens_at } : {}),
      ...(schedule.closes_at ? { closes_at: schedule.closes_at } : {}),
    })),
    service_areas: entry.service_areas.map((area, i) => ({
      id: childId(entry, 'service_area', i, area.id),
      service_id: entry.id,
      name: area.name,
      ...(area.description ? { service_area: area.description } : {}),
      extent_type: 'text',
    })),
    service_at_locations: entry.locations.map((location, i) => {
      const locationId = childId(entry, 'location', i, location.id);
      return {
        id: uuidV5(`service_at_location:${locationId}`, entry.id),
        service_id: entry.id,
        location_id: locationId,
        location: {
          id: locationId,
          location_type: 'physical',
          ...(location.name ? { name: location.name } : {}),
          ...(location.description ? { description: location.description } : {}),
          addresses: location.addresses.map((address, j) => ({
            id: childId(entry, `address:${i}`, j, address.id),
            location_id: locationId,
            address_1: address.address_2 ? `${address.address_1}, ${address.address_2}` : address.address_1,
            city: address.city,
            state_province: address.state_province,
            postal_code: address.postal_code,
            country: address.country,
            address_type: 'physical',
          })),
        },
      };
    }),
    languages: entry.languages.map((language, i) => ({
      id: childId(entry, 'language', i, language.id),
      service_id: entry.id,
      name: language.name,
      ...(language.code ? { code: language.code } : {}),
    })),
    cost_options: entry.cost_options.map((cost, i) => ({
      id: childId(entry, 'cost_option', i, cost.id),
      service_id: entry.id,
      ...(cost.option ? { option: cost.option } : {}),
      ...(cost.amount !== undefined ? { amount: cost.amount } : {}),
      ...(cost.amount_description ? { amount_description: cost.amount_description } : {}),
    })),
    attributes: entryTerms(entry).map(({ key, value }) => {
      const id = termId(key, value);
      const { code: _, ...term } = terms.get(id) ?? { code: '', id, name: value, description: value };
      return {
        id: uuidV5(`attribute:${id}`, entry.id),
        link_id: entry.id,
        link_type: 'service',
        taxonomy_term_id: id,
        taxonomy_term: { ...term, term: value },
      };
    }),
  };
}

export type OrukService = ReturnType<typeof toOrukService>;
export type OrukListService = ReturnType<typeof toOrukListService>;
