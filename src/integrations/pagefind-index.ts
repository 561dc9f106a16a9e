import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes, splitLocale, type LocaleCode } from '../i18n/locales.ts';
import { readGlossary, readGlossaryTranslation, withGlossaryTranslations } from '../lib/glossary/glossary-data.ts';
import { readSearchSynonyms } from '../lib/search/search-synonyms-data.ts';
import { createSynonymExpander, glossaryRecords, isSearchablePage } from '../lib/search/search-index.ts';
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

/** The URL path a built HTML file is served at, from its path under the site's root. */
function urlPathOf(file: string): string {
  const path = file.split(sep).join('/');
  return path === '404.html' ? '/404.html' : `/${path.replace(/index\.html$/, '')}`;
}

/** The glossary and every language's words for its terms: search-synonyms.yaml and the translated glossaries. */
function siteVocabulary(): { terms: GlossaryTerm[]; synonyms: SearchSynonyms[] } {
  const terms = readGlossary();
  return { terms, synonyms: withGlossaryTranslations(readSearchSynonyms(), terms, localeCodes) };
}

/**
 * Indexes a built site in `root` with Pagefind and writes the index to `root/pagefind/`: one index per language (from
 * each page's `<html lang>`), glossary synonyms expanded, and every glossary term as its own result. Used by the
 * build and by the search benchmark, which indexes a site ten times the size.
 */
export async function buildSearchIndex(
  root: string,
  vocabulary: { terms: GlossaryTerm[]; synonyms: SearchSynonyms[] } = siteVocabulary(),
): Promise<SearchIndexSummary> {
  const expand = createSynonymExpander(vocabulary);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      const url = urlPathOf(relative(root, file));
      if (url.startsWith('/pagefind/') || !isSearchablePage(url)) continue;
      const added = await index.addHTMLFile({
        url,
        content: expand(await readFile(file, 'utf8'), splitLocale(url).code),
      });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      pages += 1;
    }
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
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await Promise.all(unusedBundles.map((name) => rm(join(outputPath, name), { force: true })));
    const entryFile = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    return { pages, glossaryRecords: records.length, languages: Object.keys(entryFile.languages).sort() };
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the search index after Astro writes the pages, so `npm run build` always ships a current index. It runs
 * before the integrations that hash inline scripts and compress files, so the index is compressed with the rest.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `indexed ${summary.pages} pages and ${summary.glossaryRecords} glossary terms in ${summary.languages.join(', ')}`,
        );
      },
    },
  };
}
