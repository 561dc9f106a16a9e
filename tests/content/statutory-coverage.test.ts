/**
 * What the law asks a Local Offer to publish (content/statutory-items.yaml) must each have a page, and no page may
 * claim an item that is not on the list. The build's coverage table fails the same way; this test says so without a
 * build, naming the item or page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readStatutoryItems } from '../../src/lib/content/statutory-items.ts';
import { statutoryCoverage } from '../../src/lib/content/statutory-coverage.ts';
import { pathOfSlug } from '../../src/lib/content/slugs.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const items = readStatutoryItems();
const pagesDir = join(content, 'pages', 'en');
const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md') && !file.startsWith('easy-read'))
  .map((file) => {
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(pagesDir, file), 'utf8'))?.[1] ?? '') as {
      title: string;
      reviewed: string;
      reviewDue: string;
      statutoryItems?: string[];
    };
    const slug = file.replace(/\.md$/, '').replace(/(^|\/)index$/, '');
    return {
      path: pathOfSlug(slug),
      title: data.title,
      reviewed: new Date(data.reviewed),
      reviewDue: new Date(data.reviewDue),
      statutoryItems: data.statutoryItems ?? [],
    };
  });

describe('statutory coverage', () => {
  it('lists Schedule 2 and regulations 54 to 57', () => {
    const ids = items.map((item) => item.id);
    for (const id of ['schedule-2-1', 'schedule-2-2', 'regulation-54', 'regulation-55', 'regulation-56', 'regulation-57']) {
      expect(ids).toContain(id);
    }
  });

  it('every item has a page, and every item a page names exists', () => {
    expect(statutoryCoverage(items, pages).problems).toEqual([]);
  });
});
