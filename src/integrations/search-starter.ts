import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The attribute SearchStarter.astro renders empty, for the build to fill. */
export const searchStarterMarker = 'data-search-starter=""';

/** Pagefind's entry file, as far as it is read here. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * What the search page in each of Pagefind's languages (`en-gb`, `ar`, ...) fetches before Pagefind can search, as
 * the search starter's attribute: a tag naming this index (a hash of its entry file, which Pagefind adds to the entry
 * file's address so a new build is never read from an old cache), then the worker, the entry file, the WebAssembly
 * and the language's metadata. The filter index, the index chunks and the results are asked for by Pagefind itself,
 * together, once it is ready: fetched here they would only queue behind these (a browser opens six connections to a
 * site over HTTP/1.1).
 */
export async function searchStarterValues(root: string): Promise<Map<string, string>> {
  const base = '/pagefind/';
  const entryText = await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const values = new Map<string, string>();
  for (const [language, { hash, wasm }] of Object.entries(entry.languages)) {
    const files = [
      `${base}pagefind-worker.js`,
      `${base}pagefind-entry.json?ts=${tag}`,
      // Pagefind has no WebAssembly of its own for some languages (Chinese): it then loads the one for any language.
      `${base}wasm.${wasm ?? 'unknown'}.pagefind`,
      `${base}pagefind.${hash}.pf_meta`,
    ];
    values.set(language, [tag, ...files].join(' '));
  }
  return values;
}

/**
 * A built page with its search starter filled: the Pagefind files for the page's language (Pagefind's language is the
 * page's `<html lang>`, lower-cased), then the code of the page's islands and their renderer, which the browser would
 * otherwise fetch only once it is idle. A page without a starter is returned as it is; a starter in a language with no
 * index is an error, since the search page would then wait for files that do not exist.
 */
export function withSearchStarter(html: string, values: Map<string, string>): string {
  if (!html.includes(searchStarterMarker)) return html;
  const language = (/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '').toLowerCase();
  const value = values.get(language);
  if (!value) throw new Error(`The search page in "${language}" has no search index to start`);
  const islandCode = new Set(
    [...html.matchAll(/\s(?:component|renderer)-url="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]),
  );
  return html.replace(searchStarterMarker, `data-search-starter="${[value, ...islandCode].join(' ')}"`);
}
