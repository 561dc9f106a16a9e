import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { unlistedPaths, sitemapPaths } from '../site-pages.ts';
import { installAxe } from './axe.ts';
import { accessibleAndClean, worksWithoutJavaScriptAt320 } from '../support/page-checks.ts';

/** Every built page (the sitemap plus the 404 and thank-you pages), grouped by language. */
function pagesIn(code: string): string[] {
  const all = [...sitemapPaths(), ...unlistedPaths()];
  const prefixed = (path: string) => locales.some((l) => l.code !== 'en' && path.startsWith(`/${l.code}/`));
  return all.filter((path) => (code === 'en' ? !prefixed(path) : path.startsWith(`/${code}/`)));
}

// One test per language visits each of its pages in turn: a fresh browser context per page would cost more than
// the checks themselves. Every failure names its page.
for (const { code } of locales) {
  const paths = pagesIn(code);

  test.describe(`${code}: every page`, () => {
    test(`passes axe (WCAG 2.2 AA and best practice), loads cleanly and requests nothing from other sites`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(20_000 + paths.length * 4_000);
      expect(paths.length).toBeGreaterThan(3);
      await installAxe(page);
      const failures: string[] = [];
      for (const path of paths) failures.push(...(await accessibleAndClean(page, path, baseURL ?? '')));
      expect(failures).toEqual([]);
    });
  });

  test.describe(`${code}: every page without JavaScript`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

    test('renders its heading and help, and reflows at 320 CSS pixels with no horizontal scrolling', async ({
      page,
    }) => {
      test.setTimeout(20_000 + paths.length * 3_000);
      const failures: string[] = [];
      for (const path of paths) failures.push(...(await worksWithoutJavaScriptAt320(page, path)));
      expect(failures).toEqual([]);
    });
  });
}
