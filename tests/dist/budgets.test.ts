/**
 * Size budgets, measured on the build (deterministic: bytes, not seconds). Many families read this site on an old
 * phone with a weak signal, so a page must arrive in few round trips. A page over budget fails with its path and
 * the bytes over.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, htmlFiles, islandPagePattern, listenPagePattern, readHtml, urlPathOf } from '../site-pages.ts';
import { pageEntryScripts } from '../../src/lib/build/module-graph.ts';
import { gzippedSize, headSize, pageScripts } from '../support/page-weight.ts';

const kB = 1024;
export const budgets = {
  /** HTML and CSS of a content page, compressed. */
  contentPageBytes: 50 * kB,
  /** Everything up to `</head>`, compressed: within the first round trip (TCP's initial window, about 14 KB). */
  headBytes: 14 * kB,
  /** JavaScript a page with an island downloads, compressed. */
  islandJsBytes: 100 * kB,
  /** "Listen to this page", the one script of an easy-read page, compressed (inline or a module). */
  listenJsBytes: 2 * kB,
  /** The one stylesheet, compressed. */
  cssBytes: 20 * kB,
};

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
    expect(over(headSize(html), budgets.headBytes), `${path} up to </head>`).toBe('within budget');
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
    const modules = pageScripts(html);
    const bytes = [...modules].reduce((sum, module) => sum + gzippedSize(module), 0);
    expect(modules.size).toBeGreaterThan(0);
    expect(over(bytes, budgets.islandJsBytes), `${path}: ${bytes} bytes of JavaScript`).toBe('within budget');
  });

  const listenPages = pages.filter((p) => listenPagePattern.test(p.path) && !islandPagePattern.test(p.path));
  it('has easy-read pages, in every language', () => {
    expect(listenPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/ehcp/easy-read/', '/ar/ehcp/easy-read/']));
  });

  it.each(listenPages.map((p) => [p.path, p] as const))('%s: the Listen script within its budget', (path, { html }) => {
    const inline = parse(html)
      .querySelectorAll('script:not([src])')
      .reduce((sum, script) => sum + gzipSync(script.text).length, 0);
    const modules = [...pageScripts(html)].reduce((sum, module) => sum + gzippedSize(module), 0);
    expect(inline + modules).toBeGreaterThan(0);
    expect(over(inline + modules, budgets.listenJsBytes), `${path}: ${inline + modules} bytes`).toBe('within budget');
  });

  // Only pages whose islands wake when the browser is idle (src/integrations/module-preload.ts says why).
  const idlePages = islandPages.filter((p) => !/<astro-island\b(?![^>]*client="idle")[^>]*>/.test(p.html));
  it('has idle island pages (the search page in each language)', () => {
    expect(idlePages.map((p) => p.path)).toEqual(expect.arrayContaining(['/search/', '/ar/search/']));
  });

  it.each(idlePages.map((p) => [p.path, p] as const))(
    '%s: preloads, from the head, every module its islands import',
    (path, { html }) => {
      const head = parse(html.slice(0, html.indexOf('</head>') + '</head>'.length));
      const preloaded = head.querySelectorAll('link[rel=modulepreload]').map((l) => l.getAttribute('href'));
      const entries = pageEntryScripts(html);
      const imported = [...pageScripts(html)].filter((module) => !entries.has(module));
      expect(imported.length, path).toBeGreaterThan(0);
      expect(preloaded.sort(), path).toEqual(imported.sort());
    },
  );

  it('preloads no modules on other pages', () => {
    const preloading = pages
      .filter((p) => !idlePages.includes(p) && p.html.includes('modulepreload'))
      .map((p) => p.path);
    expect(preloading).toEqual([]);
  });

  // Content is checked against its schemas at build time; zod in an island (one value imported from a schema file
  // is enough) costs every reader of the page about 20 KB.
  const islandModules = [...new Set(islandPages.flatMap(({ html }) => [...pageScripts(html)]))];
  it.each(islandModules)('%s: leaves the schema library out of the browser', (module) => {
    expect(readFileSync(join(distDir, module.slice(1)), 'utf8')).not.toMatch(/\bZodError\b|\$ZodType\b/);
  });
});
