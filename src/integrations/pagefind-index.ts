import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { getLocale, localeCodes, splitLocale, type LocaleCode } from '../i18n/locales.ts';
import { builtFiles, urlPathOf } from '../lib/build/built-files.ts';
import { readGlossary, readGlossaryTranslation, withGlossaryTranslations } from '../lib/glossary/glossary-data.ts';
import { readSearchSynonyms } from '../lib/search/search-synonyms-data.ts';
import {
  createSynonymExpander,
  glossaryRecords,
  isSearchablePage,
  searchDocument,
} from '../lib/search/search-index.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { SearchSynonyms } from '../schemas/search.ts';

/** Pagefind's ready-made interfaces: the site has its own search island, so these are not published. */
const unusedBundles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** "Also called" in a language, from its UI strings (read as JSON: this runs in Node, outside Astro's bundle). */
function alsoCalled(code: LocaleCode): string {
  const file = new URL(`../i18n/ui/${code}.json`, import.meta.url);
  const strings = JSON.parse(readFileSync(file, 'utf8')) as {
    glossary: { alsoCalled: string };
    format: { labelEnd: string };
  };
  return `${strings.glossary.alsoCalled}${strings.format.labelEnd}`;
}

/** What went into an index. */
export interface SearchIndexSummary {
  pages: number;
  glossaryRecords: number;
  languages: string[];
}

/** The glossary and every language's words for its terms: search-synonyms.yaml and the translated glossaries. */
function siteVocabulary(): { terms: GlossaryTerm[]; synonyms: SearchSynonyms[] } {
  const terms = readGlossary();
  return { terms, synonyms: withGlossaryTranslations(readSearchSynonyms(), terms, localeCodes) };
}

/** A search index being built: pages are added one by one (from the build's single pass over its pages), then written. */
export interface SearchIndexer {
  /** Adds a built page at its URL path, unless search leaves it out; says whether it was added. */
  addPage(url: string, html: string): Promise<boolean>;
  /** Adds the glossary's terms as results of their own and writes the index to `root/pagefind/`. */
  write(root: string): Promise<SearchIndexSummary>;
}

/**
 * Starts a Pagefind index for a built site: one index per language (from each page's `<html lang>`), glossary
 * synonyms expanded, and every glossary term as its own result. `write` must be called, even after a failure, as it
 * also stops Pagefind's process.
 */
export async function createSearchIndexer(
  vocabulary: { terms: GlossaryTerm[]; synonyms: SearchSynonyms[] } = siteVocabulary(),
): Promise<SearchIndexer & { close(): Promise<void> }> {
  const expand = createSynonymExpander(vocabulary);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  return {
    async addPage(url, html) {
      if (url.startsWith('/pagefind/') || !isSearchablePage(url)) return false;
      const added = await index.addHTMLFile({ url, content: expand(searchDocument(html), splitLocale(url).code) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      pages += 1;
      return true;
    },
    async write(root) {
      const records = glossaryRecords(
        vocabulary.terms,
        vocabulary.synonyms,
        localeCodes,
        alsoCalled,
        (code, id) => readGlossaryTranslation(code)?.terms[id],
      );
      for (const record of records) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      }
      const outputPath = join(root, 'pagefind');
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await Promise.all(unusedBundles.map((name) => rm(join(outputPath, name), { force: true })));
      const entryFile = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, unknown>;
      };
      return { pages, glossaryRecords: records.length, languages: Object.keys(entryFile.languages).sort() };
    },
    close: async () => {
      await pagefind.close();
    },
  };
}

/** Pagefind's engine: its script, its worker and each language's WebAssembly, by their names in its output folder. */
const engineFile = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/**
 * Pagefind's engine files as a build of this site will write them, before the site is built: they are the same in
 * every index made by one version of Pagefind, so they are taken from an index of one empty page in each of the
 * site's languages (held in memory, in about 30 ms). Pagefind's process is stopped before this returns.
 */
export async function pagefindEngineFiles(): Promise<Map<string, Buffer>> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const code of localeCodes) {
      const added = await index.addHTMLFile({
        url: `/${code}/`,
        content: `<html lang="${getLocale(code).lang}"><body><main><h1>${code}</h1></main></body></html>`,
      });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index a page: ${added.errors.join('; ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`Pagefind could not list its files: ${written.errors.join('; ')}`);
    return new Map(
      written.files.filter((file) => engineFile.test(file.path)).map((file) => [file.path, Buffer.from(file.content)]),
    );
  } finally {
    await pagefind.close();
  }
}

/** Indexes a built site in `root` on its own (the search benchmark indexes a site ten times the size with it). */
export async function buildSearchIndex(
  root: string,
  vocabulary?: { terms: GlossaryTerm[]; synonyms: SearchSynonyms[] },
): Promise<SearchIndexSummary> {
  const indexer = await createSearchIndexer(vocabulary);
  try {
    for (const file of await builtFiles(root)) {
      if (file.name.endsWith('.html'))
        await indexer.addPage(urlPathOf(file.relativePath), await readFile(file.path, 'utf8'));
    }
    return await indexer.write(root);
  } finally {
    await indexer.close();
  }
}
