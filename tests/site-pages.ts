/**
 * What the build produced, read from dist/: every HTML page and the URLs in the sitemap. Shared by the checks over
 * dist/ (Vitest) and the browser tests (Playwright), so both test the same list of pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { urlPathOf } from '../src/lib/build/built-files.ts';

/** The URL path a built HTML file is served at. */
export { urlPathOf };

export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('No build in dist/: run "npm run build" first.');
  }
}

/** Every HTML file in the build, as its path under dist/ (e.g. `pl/contact/index.html`). */
export function htmlFiles(): string[] {
  assertBuilt();
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * Pages that carry a React island and so ship JavaScript: every step of the short breaks checker, the search page,
 * the directory list (its filter island) and the directory shortlist, in every language. Every other page ships none.
 */
export const islandPagePattern =
  /^\/(?:(?:pl|ro|zh|pt|ar)\/)?(?:short-breaks\/check\/(?:easy-read\/)?ask\/|search\/$|directory\/(?:shortlist\/)?$)/;

/**
 * Easy-read pages (but the short breaks checker's, which is a flow of questions): their one script is "Listen to
 * this page" (src/islands/listen/listen.ts), held to its own budget.
 */
export const listenPagePattern = /^(?!\/(?:(?:pl|ro|zh|pt|ar)\/)?short-breaks\/check\/).*\/easy-read\/$/;

/** The paths of every page listed in the built sitemap. */
export function sitemapPaths(): string[] {
  assertBuilt();
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  return sitemaps
    .flatMap((sitemap) => {
      const xml = readFileSync(join(distDir, relative('/', sitemap)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    })
    .sort();
}

/**
 * Pages served to readers but not listed in the sitemap (and with no alternates for search engines): the 404 pages
 * and the feedback thank-you pages.
 */
export function unlistedPaths(): string[] {
  return htmlFiles()
    .filter((file) => /^(?:404\.html|(?:[a-z]{2}\/)?(?:404|feedback\/thank-you)\/index\.html)$/.test(file))
    .map(urlPathOf);
}

export function readHtml(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}
