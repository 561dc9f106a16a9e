/**
 * What the directory's React components need from the page: translated words and the facet labels. Built once per
 * page at build time from the UI strings (i18next never reaches the browser) and passed to islands as props.
 */
import type { Translate } from '../../i18n/index.ts';
import { choosePlural, pluralCategories, type PluralForms } from '../../i18n/plural.ts';
import { facetKeys, facets, type FacetKey } from './directory-facets.ts';
import { fill } from '../../i18n/fill.ts';
import { remembered } from '../memo/remembered.ts';

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
  /** The filter form's submit button: moves to the results (the list already changes as boxes are ticked). */
  applyFilters: string;
  showAll: string;
  noResults: string;
  searchLabel: string;
  pagination: string;
  previous: string;
  next: string;
  /** With {{number}}. */
  pageNumber: string;
  runBy: string;
  /** The language's tag, for choosing plural forms in the browser. */
  lang: string;
  /** With {{min}} and {{max}}, in the forms the language needs for the number {{max}}. */
  ages: PluralForms;
  /** With {{min}}, in the forms the language needs for it. */
  agesFrom: PluralForms;
  /** With {{max}}, in the forms the language needs for it. */
  agesTo: PluralForms;
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

/** Strings said the same whatever the number. */
const keys: Exclude<keyof DirectoryStrings, 'lang' | PluralKey>[] = [
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
  'applyFilters',
  'showAll',
  'noResults',
  'searchLabel',
  'pagination',
  'previous',
  'next',
  'pageNumber',
  'runBy',
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

/** Strings whose words change with a number ("1 an", "25 de ani"): every form goes to the browser. */
type PluralKey = 'ages' | 'agesFrom' | 'agesTo';
const pluralKeys: PluralKey[] = ['ages', 'agesFrom', 'agesTo'];

/**
 * The words the directory's components use, with placeholders left for them to fill. Worked out once for each
 * language (its translation function) and shared, frozen, by every page in it: a county-sized directory has thousands.
 */
export function directoryStrings(t: Translate, lang: string): DirectoryStrings {
  return remembered(stringsByLanguage, t, () => Object.freeze(collectDirectoryStrings(t, lang)));
}

/** Headings and value names of every facet in the language of `t`, worked out once for each language. */
export function facetLabels(t: Translate): FacetLabels {
  return remembered(labelsByLanguage, t, () => deepFreeze(collectFacetLabels(t)));
}

// Kept by translation function: there is one for each language (useTranslations), and `lang` is its language.
const stringsByLanguage = new WeakMap<Translate, DirectoryStrings>();
const labelsByLanguage = new WeakMap<Translate, FacetLabels>();

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  return Object.freeze(value);
}

function collectDirectoryStrings(t: Translate, lang: string): DirectoryStrings {
  // i18next would fill {{placeholders}} with nothing; asking it to put the same placeholder back keeps the template.
  const keep = { count: '{{count}}', from: '{{from}}', to: '{{to}}', total: '{{total}}', number: '{{number}}' };
  const placeholders = { ...keep, min: '{{min}}', max: '{{max}}', name: '{{name}}' };
  const forms = (key: PluralKey) =>
    Object.fromEntries(
      pluralCategories(lang).map((category) => [category, t(`directory.${key}_${category}`, placeholders)]),
    ) as PluralForms;
  return {
    ...Object.fromEntries(keys.map((key) => [key, t(`directory.${key}`, placeholders)])),
    ...Object.fromEntries(pluralKeys.map((key) => [key, forms(key)])),
    lang,
  } as DirectoryStrings;
}

function collectFacetLabels(t: Translate): FacetLabels {
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
  const say = (forms: PluralForms, count: number) => choosePlural(forms, strings.lang, count);
  if (min !== undefined && max !== undefined) return fill(say(strings.ages, max), { min, max });
  if (min !== undefined) return fill(say(strings.agesFrom, min), { min });
  if (max !== undefined) return fill(say(strings.agesTo, max), { max });
  return undefined;
}
