/**
 * The directory's facets, and the filtering, counting and paging the list does with them. Pure code, shared by the
 * pre-rendered pages and the browser island, so both count and page the same way. Its values come from the same
 * plain lists as the zod enums (src/schemas/allowed-values.ts), which keeps zod out of the island's bundle.
 */
import { audiences, graduatedLevels, lifeStages, needAreas, resourceKinds } from '../../schemas/allowed-values.ts';

/** Each facet and its values, in the order the filters show them. */
export const facets = {
  need: needAreas,
  stage: lifeStages,
  level: graduatedLevels,
  audience: audiences,
  kind: resourceKinds,
} as const;

export type FacetKey = keyof typeof facets;
export const facetKeys = Object.keys(facets) as FacetKey[];

/** Chosen values per facet. A facet with no values does not filter. */
export type Selection = Partial<Record<FacetKey, string[]>>;

/** An entry's facet values, as the pages and the island know them. */
export interface FacetValues {
  need: readonly string[];
  stage: readonly string[];
  level?: string | undefined;
  audience: readonly string[];
  kind: string;
}

/** The bit each facet value has in an entry's mask: facets in order, values in order. */
const bits = new Map<string, number>();
let next = 0;
for (const key of facetKeys) {
  for (const value of facets[key]) bits.set(`${key}:${value}`, next++);
}

export function bitOf(key: FacetKey, value: string): number {
  const bit = bits.get(`${key}:${value}`);
  if (bit === undefined) throw new Error(`Unknown ${key} "${value}"`);
  return 1 << bit;
}

/** The mask of all of one facet's values. */
function facetMask(key: FacetKey, values: readonly string[] = facets[key]): number {
  return values.reduce((mask, value) => mask | (bits.has(`${key}:${value}`) ? bitOf(key, value) : 0), 0);
}

/**
 * One number that holds every facet value of an entry. An entry about no particular area of need, life stage or
 * audience is about all of them, so it matches every filter on those facets.
 */
export function maskOf(values: FacetValues): number {
  return (
    (values.need.length === 0 ? facetMask('need') : facetMask('need', values.need)) |
    (values.stage.length === 0 ? facetMask('stage') : facetMask('stage', values.stage)) |
    (values.level ? facetMask('level', [values.level]) : 0) |
    (values.audience.length === 0 ? facetMask('audience') : facetMask('audience', values.audience)) |
    facetMask('kind', [values.kind])
  );
}

/** True when an entry has at least one chosen value of every facet that has a choice (OR within, AND across). */
export function matches(mask: number, selection: Selection, except?: FacetKey): boolean {
  for (const key of facetKeys) {
    const chosen = selection[key];
    if (key === except || !chosen?.length) continue;
    if ((mask & facetMask(key, chosen)) === 0) return false;
  }
  return true;
}

/**
 * How many entries each value would show if it were chosen too: for a value, the entries matching every other facet's
 * choices that have the value. Counts as shoppers expect them from faceted search.
 */
export function facetCounts(masks: readonly number[], selection: Selection): Record<FacetKey, Record<string, number>> {
  const counts = Object.fromEntries(
    facetKeys.map((key) => [key, Object.fromEntries(facets[key].map((value) => [value, 0]))]),
  ) as Record<FacetKey, Record<string, number>>;
  for (const key of facetKeys) {
    const values = facets[key].map((value) => [value, bitOf(key, value)] as const);
    const byValue = counts[key];
    for (const mask of masks) {
      if (!matches(mask, selection, key)) continue;
      for (const [value, bit] of values) if (mask & bit) byValue[value] = (byValue[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** Reads filters from a query string: `?need=a,b&stage=c&page=2`. Unknown facets and values are dropped. */
export function parseQuery(search: string): { selection: Selection; page: number; text: string } {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const key of facetKeys) {
    const known = new Set<string>(facets[key]);
    // `need=a,b` as this site writes it, or `need=a&need=b` as a form sends it.
    const chosen = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .filter((value) => known.has(value));
    if (chosen.length > 0) selection[key] = [...new Set(chosen)];
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return { selection, page: Number.isFinite(page) && page > 0 ? page : 1, text: (params.get('q') ?? '').trim() };
}

/** Writes filters as a query string (empty when nothing is chosen), in facet order so each view has one URL. */
export function toQuery(selection: Selection, page = 1, text = ''): string {
  const params = new URLSearchParams();
  for (const key of facetKeys) {
    const chosen = facets[key].filter((value) => selection[key]?.includes(value));
    if (chosen.length > 0) params.set(key, chosen.join(','));
  }
  if (text) params.set('q', text);
  if (page > 1) params.set('page', String(page));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Entries per page, in the pre-rendered pages and the island alike. */
export const pageSize = 20;

/** One page of a list, and where it sits. Pages past the end give the last page. */
export function paginate<T>(items: readonly T[], page: number, size = pageSize) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  return {
    items: items.slice(start, start + size),
    page: current,
    pages,
    from: Math.min(start + 1, items.length),
    to: Math.min(start + size, items.length),
  };
}

/** The first sentence of a description, cut at a word near `max` characters: for lists, where space is short. */
export function summaryOf(description: string, max = 160): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:]$/, '')}…`;
}

/** True when a date is more than 12 months before `now`: the entry shows a notice that it may be out of date. */
export function isStale(checked: Date, now: Date): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - 1);
  return checked.getTime() < limit.getTime();
}

/** The values of one facet that a mask holds, in facet order. */
export function valuesOf(mask: number, key: FacetKey): string[] {
  return facets[key].filter((value) => (mask & bitOf(key, value)) !== 0);
}
