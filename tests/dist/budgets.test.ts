/**
 * Size budgets, measured on the build (deterministic: bytes, not seconds). Many families read this site on an old
 * phone with a weak signal, so a page must arrive in few round trips. A page over budget fails with its path and
 * the bytes over.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, islandPagePattern, readHtml, urlPathOf } from '../site-pages.ts';

const kB = 1024;
export const budgets = {
  /** HTML and CSS of a content page, compressed. */
  contentPageBytes: 50 * kB,
  /** Everything up to `</head>`, compressed: within the first round trip (TCP's initial window, about 14 KB). */
  headBytes: 14 * kB,
  /** JavaScript a page with an island downloads, compressed. */
  islandJsBytes: 100 * kB,
  /** The one stylesheet, compressed. */
  cssBytes: 20 * kB,
};

/** The size of a built file as served compressed (gzip, which every browser accepts). */
function gzippedSize(path: string): number {
  const file = join(distDir, path.replace(/^\//, ''));
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file)).length;
}

/** A module and every module it imports statically, as Vite writes them (`from"./x.js"`, `import"./x.js"`). */
function moduleGraph(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const source = readFileSync(join(distDir, path.replace(/^\//, '')), 'utf8');
  for (const match of source.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
    const target = new URL(match[1] ?? '', `http://site${path}`).pathname;
    moduleGraph(target, seen);
  }
  return seen;
}

const over = (bytes: number, budget: number) => (bytes > budget ? `${bytes - budget} bytes over` : 'within budget');

const pages = htmlFiles().map((file) => ({ file, path: urlPathOf(file), html: readHtml(file) }));

describe('size budgets', () => {
  const stylesheets = new Set(
    pages.flatMap(({ html }) =>
      parse(html)
        .querySelectorAll('link[rel=stylesheet]')
        .map((l) => l.getAttribute('href') ?? ''),
    ),
  );

  it('one stylesheet for the whole site, within its budget', () => {
    expect([...stylesheets]).toHaveLength(1);
    const [css = ''] = stylesheets;
    expect(over(gzippedSize(css), budgets.cssBytes), css).toBe('within budget');
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: HTML and head within budget', (path, { file, html }) => {
    const head = html.slice(0, html.indexOf('</head>') + '</head>'.length);
    expect(over(gzipSync(head).length, budgets.headBytes), `${path} up to </head>`).toBe('within budget');
    if (!islandPagePattern.test(path)) {
      const total = gzippedSize(file) + [...stylesheets].reduce((sum, css) => sum + gzippedSize(css), 0);
      expect(over(total, budgets.contentPageBytes), `${path} HTML + CSS`).toBe('within budget');
    }
  });

  const islandPages = pages.filter((p) => islandPagePattern.test(p.path));
  it('has island pages to measure', () => {
    expect(islandPages.length).toBeGreaterThan(0);
  });

  it.each(islandPages.map((p) => [p.path, p] as const))('%s: island JavaScript within budget', (path, { html }) => {
    const root = parse(html);
    const entries = [
      ...root.querySelectorAll('astro-island').flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]),
      ...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
    ].filter((src): src is string => Boolean(src));
    const modules = new Set(entries.flatMap((entry) => [...moduleGraph(entry)]));
    const bytes = [...modules].reduce((sum, module) => sum + gzippedSize(module), 0);
    expect(modules.size).toBeGreaterThan(0);
    expect(over(bytes, budgets.islandJsBytes), `${path}: ${bytes} bytes of JavaScript`).toBe('within budget');
  });
});
