/**
 * Search filter keys, as written in `data-pagefind-filter`, in the order the search page shows them. Kept apart from
 * src/schemas/search.ts so the search island can use them without bringing the schema library into the browser.
 */
export const searchFilterKeys = ['type', 'audience', 'stage', 'need'] as const;

export type SearchFilterKey = (typeof searchFilterKeys)[number];
