import type { StatutoryItem } from '../../schemas/statutory-item.ts';

/** What the coverage check needs to know about one English page. */
export interface CoveringPage {
  /** The page's English URL path, e.g. `/travel/`. */
  path: string;
  title: string;
  reviewed: Date;
  reviewDue: Date;
  /** The statutory item ids the page says it covers. */
  statutoryItems: readonly string[];
}

/** One statutory item with the pages that cover it, and the review dates an officer needs to see. */
export interface CoverageRow {
  item: StatutoryItem;
  pages: CoveringPage[];
  /** The oldest "last reviewed" date among the pages: the item is only as fresh as its stalest page. */
  lastReviewed: Date | undefined;
  /** The soonest "review due" date among the pages. */
  reviewDue: Date | undefined;
}

export interface Coverage {
  rows: CoverageRow[];
  /** Every way the list and the pages disagree, each naming the item or page; empty when all is well. */
  problems: string[];
}

const earliest = (dates: Date[]) =>
  dates.length === 0 ? undefined : new Date(Math.min(...dates.map((date) => date.getTime())));

/**
 * Joins the statutory items to the pages that say they cover them. An item no page covers, a page naming an item that
 * does not exist, and an id listed twice are problems: the build and the content tests both fail on them.
 */
export function statutoryCoverage(items: readonly StatutoryItem[], pages: readonly CoveringPage[]): Coverage {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) problems.push(`content/statutory-items.yaml: the id "${item.id}" is listed twice`);
    ids.add(item.id);
  }
  for (const page of pages) {
    for (const id of page.statutoryItems) {
      if (!ids.has(id)) problems.push(`${page.path}: statutoryItems names "${id}", which is not in content/statutory-items.yaml`);
    }
  }
  const rows = items.map((item) => {
    const covering = pages.filter((page) => page.statutoryItems.includes(item.id));
    if (covering.length === 0) problems.push(`${item.id} (${item.citation}): no page says it covers this item`);
    return {
      item,
      pages: covering,
      lastReviewed: earliest(covering.map((page) => page.reviewed)),
      reviewDue: earliest(covering.map((page) => page.reviewDue)),
    };
  });
  return { rows, problems };
}
