import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { distDir } from '../site-pages.ts';

/**
 * How much a built page makes a browser download: shared by the size budgets (tests/dist/budgets.test.ts) and the
 * page-weight benchmark (scripts/bench.ts), so both count the same bytes.
 */

/** A built file's size as served gzipped (which every browser accepts), from the build's .gz when there is one. */
export function gzippedSize(path: string, root = distDir): number {
  const file = join(root, path.replace(/^\//, ''));
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file)).length;
}

/** The compressed bytes of a page up to the end of its `<head>`: what must arrive before the browser can render. */
export function headSize(html: string): number {
  return gzipSync(html.slice(0, html.indexOf('</head>') + '</head>'.length)).length;
}

/**
 * Every JavaScript module a page loads: its islands' components and renderers and its scripts, each followed through
 * the static imports Vite writes (`from"./x.js"`, `import"./x.js"`).
 */
export function pageScripts(html: string, root = distDir): Set<string> {
  const page = parse(html);
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = readFileSync(join(root, path.replace(/^\//, '')), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      visit(new URL(match[1] ?? '', `http://site${path}`).pathname);
    }
  };
  const entries = [
    ...page
      .querySelectorAll('astro-island')
      .flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]),
    ...page.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
  ];
  for (const entry of entries) if (entry) visit(entry);
  return seen;
}
