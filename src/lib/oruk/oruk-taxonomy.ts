/**
 * The directory's facets published as Open Referral UK taxonomies and taxonomy terms. Ids are UUID version 5 names
 * made from a fixed namespace and the facet and value, so they never change between builds or servers, and a term's
 * URI is its page on the site (`/directory/<facet>/<value>/`), which lists the entries classified by it.
 */
import { createHash } from 'node:crypto';
import { facetKeys, facets, type FacetKey } from '../directory/directory-facets.ts';
import { siteConfig } from '../../site.config.ts';

/** This directory's UUID namespace. Never change it: every published taxonomy id depends on it. */
const namespace = '6d1f3c52-8f0e-4d6b-9a57-2f4f7a1c9e10';

/** A UUID version 5 (RFC 9562): the same name always gives the same id. */
export function uuidV5(name: string, space: string = namespace): string {
  const hash = createHash('sha1')
    .update(Buffer.from(space.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Each facet as a taxonomy: its name and what it classifies. */
export const taxonomyInfo: Record<FacetKey, { name: string; description: string }> = {
  need: {
    name: 'SEND area of need',
    description: 'The four broad areas of need in the SEND Code of Practice 2015.',
  },
  stage: {
    name: `${siteConfig.place} Local Offer life stage`,
    description:
      'Early years (0 to 5), primary (5 to 11), secondary (11 to 18) and preparing for adulthood (14 to 25).',
  },
  level: {
    name: 'Graduated approach level',
    description: `The level of help in ${siteConfig.place}'s graduated approach to inclusion: universal, targeted or specialist.`,
  },
  audience: {
    name: 'Audience',
    description: 'Who a listing is for: parents and families, young people, or professionals such as SENCos.',
  },
  kind: {
    name: 'Listing type',
    description: 'What a listing is: a service to contact, a resource or toolkit to use, or training.',
  },
};

/** The English names of the terms, as the API publishes them. */
export const termNames: Record<FacetKey, Record<string, string>> = {
  need: {
    'communication-and-interaction': 'Communication and interaction',
    'cognition-and-learning': 'Cognition and learning',
    'social-emotional-and-mental-health': 'Social, emotional and mental health',
    'sensory-and-physical': 'Sensory and physical',
  },
  stage: {
    'early-years': 'Early years (0 to 5)',
    primary: 'Primary (5 to 11)',
    secondary: 'Secondary (11 to 18)',
    'preparing-for-adulthood': 'Preparing for adulthood (14 to 25)',
  },
  level: {
    universal: 'Universal: for everyone',
    targeted: 'Targeted: extra help for some',
    specialist: 'Specialist: for complex needs',
  },
  audience: {
    parents: 'Parents, carers and families',
    'young-people': 'Young people',
    professionals: 'Professionals, such as SENCos',
  },
  kind: {
    service: 'Service',
    resource: 'Resource or toolkit',
    training: 'Training',
  },
};

export interface OrukTaxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
  version: string;
}

export interface OrukTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  term_uri: string;
}

export function taxonomyId(key: FacetKey): string {
  return uuidV5(`taxonomy:${key}`);
}

export function termId(key: FacetKey, value: string): string {
  return uuidV5(`term:${key}:${value}`);
}

/** The site page that lists one term's entries: its stable URI. */
export function termPath(key: FacetKey, value: string): string {
  return `/directory/${key}/${value}/`;
}

/** Every taxonomy, with `siteUrl` (e.g. https://localoffer.example) in front of its URI. */
export function taxonomies(siteUrl: string): OrukTaxonomy[] {
  return facetKeys.map((key) => ({
    id: taxonomyId(key),
    name: taxonomyInfo[key].name,
    description: taxonomyInfo[key].description,
    uri: new URL(`/directory/#${key}`, siteUrl).href,
    version: '1',
  }));
}

/** Every term of every taxonomy. */
export function taxonomyTerms(siteUrl: string): OrukTaxonomyTerm[] {
  return facetKeys.flatMap((key) =>
    facets[key].map((value) => ({
      id: termId(key, value),
      code: value,
      name: termNames[key][value] ?? value,
      description: `${taxonomyInfo[key].name}: ${termNames[key][value] ?? value}.`,
      taxonomy: taxonomyInfo[key].name,
      taxonomy_id: taxonomyId(key),
      term_uri: new URL(termPath(key, value), siteUrl).href,
    })),
  );
}

let termsById: Map<string, { key: FacetKey; value: string }> | undefined;

/**
 * The facet and value of a term id, if it is one of ours: one map look-up. The ids are hashed once, on first use,
 * not once per id asked about (a query naming many ids would otherwise cost a hash per id per term).
 */
export function findTerm(id: string): { key: FacetKey; value: string } | undefined {
  termsById ??= new Map(
    facetKeys.flatMap((key) => facets[key].map((value) => [termId(key, value), { key, value }] as const)),
  );
  return id.length === 36 ? termsById.get(id.toLowerCase()) : undefined;
}
