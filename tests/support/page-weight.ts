import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts as modulesOf } from '../../src/lib/build/module-graph.ts';
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

/** Every JavaScript module a built page loads (see src/lib/build/module-graph.ts). */
export function pageScripts(html: string, root = distDir): Set<string> {
  return modulesOf(html, root);
}
