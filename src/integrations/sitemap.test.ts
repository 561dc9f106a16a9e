import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../tests/support/temporary-folder.ts';
import { isListedInSitemap, writeSitemap } from './sitemap.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('the sitemap', () => {
  it('lists pages but not the 404 and thank-you pages, in any language', () => {
    expect(['/', '/pl/contact/', '/directory/page/2/', '/glossary/'].every(isListedInSitemap)).toBe(true);
    expect(['/404.html', '/pl/404/', '/feedback/thank-you/', '/ar/feedback/thank-you/'].some(isListedInSitemap)).toBe(
      false,
    );
  });

  it('writes the pages under the public address, numbers in reading order, and an index naming the file', async () => {
    const root = temporaryFolder('sitemap', {});
    await writeSitemap(root, new URL('https://send.example.org'), [
      '/directory/page/10/',
      '/directory/page/2/',
      '/',
      '/pl/',
    ]);
    const sitemap = readFileSync(`${root}/sitemap-0.xml`, 'utf8');
    expect(locs(sitemap)).toEqual([
      'https://send.example.org/',
      'https://send.example.org/directory/page/2/',
      'https://send.example.org/directory/page/10/',
      'https://send.example.org/pl/',
    ]);
    expect(sitemap).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\//);
    expect(locs(readFileSync(`${root}/sitemap-index.xml`, 'utf8'))).toEqual(['https://send.example.org/sitemap-0.xml']);
  });

  it('starts a new file after 45,000 addresses, and the index names both', async () => {
    const root = temporaryFolder('sitemap-split', {});
    const paths = Array.from({ length: 45_001 }, (_, i) => `/directory/page/${i + 1}/`);
    await writeSitemap(root, new URL('https://send.example.org/'), paths);
    expect(locs(readFileSync(`${root}/sitemap-index.xml`, 'utf8'))).toEqual([
      'https://send.example.org/sitemap-0.xml',
      'https://send.example.org/sitemap-1.xml',
    ]);
    expect(locs(readFileSync(`${root}/sitemap-0.xml`, 'utf8'))).toHaveLength(45_000);
    expect(locs(readFileSync(`${root}/sitemap-1.xml`, 'utf8'))).toEqual([
      'https://send.example.org/directory/page/45001/',
    ]);
  });
});
