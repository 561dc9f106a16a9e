/**
 * What the directory's React components need from the page: translated words and the facet labels. Built once per
 * page at build time from the UI strings (i18next never reaches the browser) and passed to islands as props.
 */
import type { Translate } from '../i18n/index.ts';
import { facetKeys, facets, type FacetKey } from './directory-facets.ts';

export interface DirectoryStrings {
  listHeading: string;
  browseHeading: string;
  browseIntro: string;
  filtersHeading: string;
  filtersIntro: string;
  allNeeds: string;
  allStages: string;
  /** With {{count}}. */
  count: string;
  /** With {{from}}, {{to}} and {{total}}. */
  showing: string;
  clearFilters: string;
  showAll: string;
  noResults: string;
  searchLabel: string;
  pagination: string;
  previous: string;
  next: string;
  /** With {{number}}. */
  pageNumber: string;
  runBy: string;
  /** With {{min}} and {{max}}. */
  ages: string;
  agesFrom: string;
  agesTo: string;
  addToShortlist: string;
  removeFromShortlist: string;
  shortlistIntro: string;
  shortlistNeedsJs: string;
  shortlistEmpty: string;
  shortlistAdded: string;
  shortlistRemoved: string;
  shortlistUnknown: string;
  shareHeading: string;
  shareIntro: string;
  shareLabel: string;
  copyLink: string;
  copied: string;
  sharedHeading: string;
  sharedIntro: string;
  saveShared: string;
  print: string;
  checkedOn: string;
  website: string;
  email: string;
  phone: string;
  where: string;
  viewListing: string;
}

/** Headings and value names of every facet, in this language. */
export type FacetLabels = Record<FacetKey, { heading: string; values: Record<string, string> }>;

/** Fills {{placeholders}} in a UI string that reached the browser untranslated by i18next. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => String(values[key] ?? whole));
}

const keys: (keyof DirectoryStrings)[] = [
  'listHeading',
  'browseHeading',
  'browseIntro',
  'filtersHeading',
  'filtersIntro',
  'allNeeds',
  'allStages',
  'count',
  'showing',
  'clearFilters',
  'showAll',
  'noResults',
  'searchLabel',
  'pagination',
  'previous',
  'next',
  'pageNumber',
  'runBy',
  'ages',
  'agesFrom',
  'agesTo',
  'addToShortlist',
  'removeFromShortlist',
  'shortlistIntro',
  'shortlistNeedsJs',
  'shortlistEmpty',
  'shortlistAdded',
  'shortlistRemoved',
  'shortlistUnknown',
  'shareHeading',
  'shareIntro',
  'shareLabel',
  'copyLink',
  'copied',
  'sharedHeading',
  'sharedIntro',
  'saveShared',
  'print',
  'checkedOn',
  'website',
  'email',
  'phone',
  'where',
  'viewListing',
];

/** The words the directory's components use, with placeholders left for them to fill. */
export function directoryStrings(t: Translate): DirectoryStrings {
  // i18next would fill {{placeholders}} with nothing; asking it to put the same placeholder back keeps the template.
  const keep = { count: '{{count}}', from: '{{from}}', to: '{{to}}', total: '{{total}}', number: '{{number}}' };
  const placeholders = { ...keep, min: '{{min}}', max: '{{max}}', name: '{{name}}' };
  return Object.fromEntries(
    keys.map((key) => [key, t(`directory.${key}`, placeholders)]),
  ) as unknown as DirectoryStrings;
}

export function facetLabels(t: Translate): FacetLabels {
  return Object.fromEntries(
    facetKeys.map((key) => [
      key,
      {
        heading: t(`directory.facets.${key}`),
        values: Object.fromEntries(facets[key].map((value) => [value, t(`directory.values.${key}.${value}`)])),
      },
    ]),
  ) as FacetLabels;
}

/** How an entry's ages read, e.g. "Ages 0 to 25"; undefined when no age is given. */
export function agesText(
  strings: DirectoryStrings,
  min: number | undefined,
  max: number | undefined,
): string | undefined {
  if (min !== undefined && max !== undefined) return fill(strings.ages, { min, max });
  if (min !== undefined) return fill(strings.agesFrom, { min });
  if (max !== undefined) return fill(strings.agesTo, { max });
  return undefined;
}
