import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
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

type PagefindApi = typeof pagefind;
type PagefindIndex = NonNullable<Awaited<ReturnType<PagefindApi['createIndex']>>['index']>;

/**
 * Pagefind's Node API, once for each process wanted. Pagefind indexes and writes one language after another in one
 * process (over this site's six languages: adding the pages 0.9 s, writing 1.0 s), while the build's other core
 * waits; with the languages shared between two processes, 0.6 s and 0.7 s (in the site's build, writing the index
 * took 1.0 s rather than 1.3-1.4 s, over three cold builds of each, alternated). Its API keeps one process for each time
 * its module is loaded, and Node loads a module once for each URL, query included: each further process gets the
 * module under a query of its own.
 */
async function pagefindProcesses(count: number): Promise<PagefindApi[]> {
  const url = import.meta.resolve('pagefind');
  const further = Array.from(
    { length: count - 1 },
    (_, i) => import(`${url}?process=${i + 1}`) as Promise<PagefindApi>,
  );
  return [pagefind, ...(await Promise.all(further))];
}

/** The language Pagefind files a page under: its `<html lang>`, in lower case as Pagefind names it. */
export function pagefindLanguage(html: string): string {
  return /<html\b[^>]*?\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
}

/** What Pagefind's entry file says: its version, each language's index, and the characters it keeps in words. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: unknown;
}

/**
 * One index written by several Pagefind processes, each in its own folder and for its own languages, gathered into
 * `outputPath`: each language's files moved in, the files every process writes alike (its script, worker and the
 * WebAssembly for languages it has no stemmer for) taken once, and the entry files joined into one listing every
 * language, in the order Pagefind lists them (by name), so it is byte for byte what one process would write.
 */
export async function gatherPagefindOutputs(folders: string[], outputPath: string): Promise<void> {
  const entries: PagefindEntry[] = [];
  const gathered = new Set<string>();
  const madeFolders = new Set<string>();
  for (const folder of folders) {
    for (const file of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!file.isFile() || unusedBundles.includes(file.name)) continue;
      const from = join(file.parentPath, file.name);
      const name = relative(folder, from);
      if (name === 'pagefind-entry.json') {
        entries.push(JSON.parse(await readFile(from, 'utf8')) as PagefindEntry);
      } else if (gathered.has(name)) {
        if (!(await readFile(from)).equals(await readFile(join(outputPath, name)))) {
          throw new Error(`Two Pagefind processes wrote ${name} differently: is one a different version?`);
        }
      } else {
        const to = join(outputPath, name);
        if (!madeFolders.has(dirname(to))) await mkdir(dirname(to), { recursive: true });
        madeFolders.add(dirname(to));
        await rename(from, to);
        gathered.add(name);
      }
    }
  }
  const [first, ...rest] = entries;
  if (!first) throw new Error(`Pagefind wrote no pagefind-entry.json in ${folders.join(', ')}`);
  for (const entry of rest) {
    if (
      entry.version !== first.version ||
      JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)
    ) {
      throw new Error('Two Pagefind processes wrote different entry files: is one a different version?');
    }
  }
  const listed = entries.flatMap((entry) => Object.entries(entry.languages));
  const twice = listed.find(([language], i) => listed.findIndex(([other]) => other === language) !== i);
  // Each process's index of a language would hide the other's pages.
  if (twice) throw new Error(`Two Pagefind processes both indexed pages in ${twice[0]}`);
  const languages = Object.fromEntries(listed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ ...first, languages }));
}

/**
 * Starts a Pagefind index for a built site: one index per language (from each page's `<html lang>`), glossary
 * synonyms expanded, and every glossary term as its own result. The languages are shared among `processes` Pagefind
 * processes (one per core by default), each language whole in one of them. `close` must be called, even after a
 * failure: it stops Pagefind's processes.
 */
export async function createSearchIndexer(
  vocabulary: { terms: GlossaryTerm[]; synonyms: SearchSynonyms[] } = siteVocabulary(),
  processes = Math.min(availableParallelism(), localeCodes.length),
): Promise<SearchIndexer & { close(): Promise<void> }> {
  const expand = createSynonymExpander(vocabulary);
  const apis = await pagefindProcesses(Math.max(1, processes));
  const indexes: PagefindIndex[] = [];
  try {
    for (const api of apis) {
      const { index, errors } = await api.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      indexes.push(index);
    }
  } catch (error) {
    await Promise.all(apis.map((api) => api.close()));
    throw error;
  }
  // Each language goes to the next process in turn, in the order the languages first come.
  const processOf = new Map<string, number>();
  const indexFor = (language: string): PagefindIndex => {
    const known = processOf.get(language);
    const chosen = known ?? processOf.size % indexes.length;
    if (known === undefined) processOf.set(language, chosen);
    const index = indexes[chosen];
    if (!index) throw new Error(`No Pagefind process for ${language}`);
    return index;
  };
  let pages = 0;
  return {
    async addPage(url, html) {
      if (url.startsWith('/pagefind/') || !isSearchablePage(url)) return false;
      const added = await indexFor(pagefindLanguage(html)).addHTMLFile({
        url,
        content: expand(searchDocument(html), splitLocale(url).code),
      });
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
        const added = await indexFor(record.language.toLowerCase()).addCustomRecord(record);
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      }
      const outputPath = join(root, 'pagefind');
      // A process given no language writes nothing; with one writing, its folder is the index.
      const used = new Set(processOf.values());
      const writing = used.size > 0 ? indexes.filter((_, i) => used.has(i)) : indexes.slice(0, 1);
      const folders = writing.length > 1 ? writing.map((_, i) => join(root, `.pagefind-${i}`)) : [outputPath];
      try {
        const written = await Promise.all(
          writing.map((index, i) => index.writeFiles({ outputPath: folders[i] ?? outputPath })),
        );
        const errors = written.flatMap((result) => result.errors);
        if (errors.length > 0) throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
        if (writing.length > 1) await gatherPagefindOutputs(folders, outputPath);
      } finally {
        // Nothing of a failed write is left in the site to be published.
        if (writing.length > 1)
          await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
      }
      await Promise.all(unusedBundles.map((name) => rm(join(outputPath, name), { force: true })));
      const entryFile = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, unknown>;
      };
      return { pages, glossaryRecords: records.length, languages: Object.keys(entryFile.languages).sort() };
    },
    close: async () => {
      await Promise.all(apis.map((api) => api.close()));
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
