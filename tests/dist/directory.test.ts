import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { readDirectory } from '../../src/lib/directory/directory-data.ts';
import { facetKeys, facets, isStale, matches, maskOf, pageSize } from '../../src/lib/directory/directory-facets.ts';
import { byName, type DirectoryIndex } from '../../src/lib/directory/directory-index.ts';
import { distDir, htmlFiles, readHtml } from '../site-pages.ts';

const entries = readDirectory().sort(byName);
const files = new Set(htmlFiles());
const page = (path: string): HTMLElement => {
  const file = `${path.replace(/^\//, '')}index.html`;
  expect(files.has(file), `${path} is built`).toBe(true);
  return parse(readHtml(file));
};
const prefix = (code: string) => (code === 'en' ? '' : `/${code}`);
const listNames = (root: HTMLElement) => root.querySelectorAll('.directory-item__name a').map((a) => a.text.trim());

describe('the directory list as built', () => {
  it.each(locales.map((l) => l.code))('%s: shows the first page and a link to every facet page, with counts', (code) => {
    const root = page(`${prefix(code)}/directory/`);
    expect(listNames(root)).toEqual(entries.slice(0, pageSize).map((e) => e.name));
    expect(root.querySelector('.directory__count')?.text).toContain(String(entries.length));
    for (const key of facetKeys) {
      for (const value of facets[key]) {
        const link = root.querySelector(`.directory__browse a[href="${prefix(code)}/directory/${key}/${value}/"]`);
        expect(link, `${code} ${key} ${value}`).not.toBeNull();
        const count = entries.filter((e) => matches(maskOf(e.taxonomy), { [key]: [value] })).length;
        expect(link?.parentNode?.querySelector('.directory__facet-count')?.text).toBe(`(${count})`);
      }
    }
    if (entries.length > pageSize) {
      expect(root.querySelector(`.pagination a[href="${prefix(code)}/directory/page/2/"]`)).not.toBeNull();
    }
    // The island is on this page only, and loads the list from one file.
    expect(root.querySelector('astro-island')?.getAttribute('props')).toContain('/directory/entries.json');
  });

  it('pre-renders every page of the whole list, so every entry can be reached without JavaScript', () => {
    const reached: string[] = [];
    for (let n = 1; n <= Math.ceil(entries.length / pageSize); n++) {
      reached.push(...listNames(page(n === 1 ? '/directory/' : `/directory/page/${n}/`)));
    }
    expect(reached).toEqual(entries.map((e) => e.name));
  });

  it.each(facetKeys.flatMap((key) => facets[key].map((value) => [key, value] as const)))(
    'the %s/%s page lists exactly the entries classified by it',
    (key, value) => {
      const expected = entries.filter((e) => matches(maskOf(e.taxonomy), { [key]: [value] })).map((e) => e.name);
      const root = page(`/directory/${key}/${value}/`);
      expect(listNames(root)).toEqual(expected.slice(0, pageSize));
      expect(root.querySelector(`.directory__browse a[aria-current="page"]`)?.getAttribute('href')).toBe(
        `/directory/${key}/${value}/`,
      );
      expect(root.querySelector('astro-island')).toBeNull();
    },
  );

  it('keeps the packed list small: what the island downloads grows by under 300 bytes an entry', () => {
    const json = readFileSync(join(distDir, 'directory', 'entries.json'), 'utf8');
    const index = JSON.parse(json) as DirectoryIndex;
    expect(index.version).toBe(1);
    expect(index.entries.map((e) => e[0])).toEqual(entries.map((e) => e.id));
    expect(json.length / entries.length).toBeLessThan(300);
  });
});

describe('directory entry pages as built', () => {
  const built = new Date();

  it.each(entries.map((e) => [e.name, e] as const))('%s: the whole entry, its check date and actions', (_, entry) => {
    const root = page(`/directory/${entry.id}/`);
    expect(root.querySelector('h1')?.text.trim()).toBe(entry.name);
    expect(root.querySelector('main')?.text).toContain(entry.organization.name);
    expect(root.querySelector('main .page-meta__dates time')?.getAttribute('datetime')).toBe(
      entry.assured_date.toISOString().slice(0, 10),
    );
    expect(root.querySelector('main dt')?.text).toBe('Checked on');
    expect(root.querySelector('.directory-entry__stale') !== null).toBe(isStale(entry.assured_date, built));
    const calls = root.querySelectorAll('.directory-entry__contact a[href^="tel:"]').map((a) => a.text.replace(/\u00a0/g, ' ').trim());
    expect(calls).toEqual(entry.phones.map((phone) => phone.number));
    if (entry.url) expect(root.querySelector(`main a[href="${entry.url}"]`)).not.toBeNull();
    const add = root.querySelector('.directory-entry__actions a.button');
    expect(add?.text.trim()).toBe('Add to my shortlist');
    expect(add?.getAttribute('href')).toBe(`/directory/shortlist/?add=${entry.id}`);
    const report = root.querySelectorAll('.directory-entry__actions a').find((a) => a.text.includes('Report a problem'));
    // It opens the page's own "Report a problem" form, which posts this entry's address to the feedback function.
    expect(report?.getAttribute('href')).toBe('#report-a-problem');
    expect(root.querySelector('#report-a-problem input[name=page]')?.getAttribute('value')).toBe(`/directory/${entry.id}/`);
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  it('shows the notice on an entry checked more than 12 months before the build', () => {
    const old = entries.find((e) => isStale(e.assured_date, built));
    expect(old, 'the seeds are older than a year, so some entry is stale').toBeDefined();
    expect(page(`/directory/${old?.id ?? ''}/`).querySelector('.directory-entry__stale')?.text).toMatch(/more than 12 months/);
  });

  it.each(locales.filter((l) => l.code !== 'en').map((l) => [l.code, l] as const))(
    '%s: translated words around the entry, with the English entry text marked as English',
    (code, locale) => {
      const entry = entries[0];
      const root = page(`/${code}/directory/${entry?.id ?? ''}/`);
      expect(root.querySelector('html')?.getAttribute('lang')).toBe(locale.lang);
      expect(root.querySelector('h1')?.getAttribute('lang')).toBe('en-GB');
      expect(root.querySelector('h1')?.getAttribute('dir')).toBe('ltr');
      expect(root.querySelector('.directory-entry .prose')?.getAttribute('lang')).toBe('en-GB');
      expect(root.querySelector('.directory-entry__actions a.button')?.getAttribute('href')).toBe(
        `/${code}/directory/shortlist/?add=${entry?.id ?? ''}`,
      );
      expect(root.querySelector('.directory-entry__actions a.button')?.text).not.toBe('Add to my shortlist');
    },
  );

  it('writes a card for the shortlist for every entry', () => {
    for (const entry of entries) {
      const card = JSON.parse(readFileSync(join(distDir, 'directory', 'entries', `${entry.id}.json`), 'utf8')) as {
        name: string;
        phones: { number: string }[];
      };
      expect(card.name).toBe(entry.name);
      expect(card.phones.map((p) => p.number)).toEqual(entry.phones.map((p) => p.number));
    }
  });
});

describe('links into the directory', () => {
  it('the home page and the life-stage pages link to it', () => {
    for (const path of ['/', '/early-years/', '/pl/']) {
      expect(page(path).querySelector(`.directory-link a[href="${path === '/pl/' ? '/pl' : ''}/directory/"]`), path).not.toBeNull();
    }
  });
});
