import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor-x';
import { escapeText } from '../lib/feedback/feedback-forms.ts';

/** The attributes SearchStarter.astro renders empty, for the build to fill. */
export const searchStarterMarker = 'data-search-starter=""';
const searchIndexMarker = 'data-search-index=""';

/** Pagefind's entry file, as far as it is read here. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** What a language's search page starts with: the files to fetch at once, and the table of the index's chunks. */
export interface SearchStarterValues {
  /** A tag naming this index, then the files. */
  files: string;
  /** Each chunk of the index as three words: the first word it holds, the last, and its file's hash. */
  index: string;
}

/** A part of Pagefind's word index: the words from `from` to `to`, in the file named by `hash`. */
interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

// Pagefind's metadata file: gzip, then this signature, then CBOR (pagefind_core_search's metadata.rs).
const metadataSignature = 'pagefind_dcd';

const isStrings = (value: unknown, length: number): value is string[] =>
  Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'string');

/**
 * The index chunks and filter files named by one language's Pagefind metadata. The format is Pagefind's own, not a
 * published one (`[version, pages, [[from, to, hash]...], [[filter, hash]...], sorts, meta fields]` in 1.x), so it is
 * checked, and a change stops the build with a message rather than starting the wrong files.
 */
export function readPagefindMetadata(file: Buffer): { chunks: IndexChunk[]; filters: string[] } {
  const bytes = gunzipSync(file);
  const signature = bytes.subarray(0, metadataSignature.length).toString('latin1');
  const metadata: unknown = signature === metadataSignature ? decode(bytes.subarray(signature.length)) : undefined;
  if (
    !Array.isArray(metadata) ||
    !Array.isArray(metadata[2]) ||
    !Array.isArray(metadata[3]) ||
    !metadata[2].every((chunk) => isStrings(chunk, 3)) ||
    !metadata[3].every((filter) => isStrings(filter, 2))
  ) {
    throw new Error(
      "Pagefind's metadata is not in the form the search starter reads (src/integrations/search-starter.ts): has Pagefind changed its format?",
    );
  }
  const chunks = metadata[2].map(([from = '', to = '', hash = '']) => ({ from, to, hash }));
  const filters = metadata[3].map(([, hash = '']) => hash);
  return { chunks, filters };
}

/**
 * What the search page in each of Pagefind's languages (`en-gb`, `ar`, ...) fetches before Pagefind can search, as
 * the search starter's attributes. `files`: a tag naming this index (a hash of its entry file, which Pagefind adds to
 * the entry file's address so a new build is never read from an old cache), then the worker, the entry file, the
 * WebAssembly, the language's metadata and its filter index, all needed by any search. `index`: the words each chunk
 * of the word index holds, so the page can fetch the chunks for the words in its address from its first bytes,
 * rather than after Pagefind has loaded its WebAssembly and metadata to find them (a round trip later on slow 4G).
 */
export async function searchStarterValues(root: string): Promise<Map<string, SearchStarterValues>> {
  const base = '/pagefind/';
  const entryText = await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const values = new Map<string, SearchStarterValues>();
  for (const [language, { hash, wasm }] of Object.entries(entry.languages)) {
    const metadataFile = `pagefind.${hash}.pf_meta`;
    const { chunks, filters } = readPagefindMetadata(await readFile(join(root, 'pagefind', metadataFile)));
    const files = [
      `${base}pagefind-worker.js`,
      `${base}pagefind-entry.json?ts=${tag}`,
      // Pagefind has no WebAssembly of its own for some languages (Chinese): it then loads the one for any language.
      `${base}wasm.${wasm ?? 'unknown'}.pagefind`,
      `${base}${metadataFile}`,
      ...filters.map((filter) => `${base}filter/${filter}.pf_filter`),
    ];
    values.set(language, {
      files: [tag, ...files].join(' '),
      index: chunks.map(({ from, to, hash: chunk }) => `${from} ${to} ${chunk}`).join(' '),
    });
  }
  return values;
}

/**
 * A built page with its search starter filled: the Pagefind files for the page's language (Pagefind's language is the
 * page's `<html lang>`, lower-cased), then the code of the page's islands and their renderer, which the browser would
 * otherwise fetch only once it is idle; and the language's index chunks. A page without a starter is returned as it
 * is; a starter in a language with no index is an error, since the search page would then wait for files that do not
 * exist.
 */
export function withSearchStarter(html: string, values: Map<string, SearchStarterValues>): string {
  if (!html.includes(searchStarterMarker)) return html;
  const language = (/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '').toLowerCase();
  const value = values.get(language);
  if (!value) throw new Error(`The search page in "${language}" has no search index to start`);
  const islandCode = new Set(
    [...html.matchAll(/\s(?:component|renderer)-url="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]),
  );
  // Replaced by functions: a replacement string would read `$&` in an indexed word as a pattern.
  return html
    .replace(searchStarterMarker, () => `data-search-starter="${[value.files, ...islandCode].join(' ')}"`)
    .replace(searchIndexMarker, () => `data-search-index="${escapeText(value.index)}"`);
}
