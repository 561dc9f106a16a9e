import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getLocale, splitLocale } from '../i18n/locales.ts';
import { builtFiles, urlPathOf } from '../lib/build/built-files.ts';
import { cspHashesFile, type CspHashes } from '../lib/build/csp-hashes-file.ts';
import { usesLatinScript } from '../lib/markdown/english-fragments.ts';
import { withEnglishMarked } from '../lib/markdown/rehype-mark-english.ts';
import { inlineHashes } from './csp-hashes.ts';
import { withModulePreloads } from './module-preload.ts';
import { createSearchIndexer, pagefindEngineFiles } from './pagefind-index.ts';
import {
  compressedAhead,
  precompressDirectory,
  taskWindow,
  writeCompressed,
  type CompressedAhead,
} from './precompress.ts';
import { searchStarterMarker, searchStarterValues, withSearchStarter } from './search-starter.ts';
import { isListedInSitemap, writeSitemap } from './sitemap.ts';

/**
 * A built page as it is published: module preloads for its islands, and in the languages not written in Latin letters
 * its English words marked (lang="en-GB"), so screen readers switch voice.
 */
export function finishedPage(html: string, url: string, root: string): string {
  const preloaded = withModulePreloads(html, root);
  const locale = getLocale(splitLocale(url).code);
  if (usesLatinScript(locale.lang)) return preloaded;
  return withEnglishMarked(preloaded, locale.lang, locale.dir === 'rtl') ?? preloaded;
}

/**
 * The ids a page gives more than one element. A content heading can take the id of a part of the page (a heading "Report
 * a problem" and the feedback form's `#report-a-problem`): its links and labels would then point at the wrong place.
 * (A pattern, not a parser: the build's HTML is Astro's, attributes always double-quoted, and this runs on every page.)
 */
export function repeatedIds(html: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [, id = ''] of html.matchAll(/\sid="([^"]+)"/g)) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/** What the pass did, for the build's log. */
interface PostBuildSummary {
  pages: number;
  changed: number;
  indexed: number;
  glossaryRecords: number;
  languages: string[];
  hashes: CspHashes;
  compressed: number;
  /** Of those, how many had their copies made ahead, while Astro built the site. */
  compressedAhead: number;
  /** Seconds spent in each step, for the log: where a big site's build goes. */
  seconds: Record<
    'finishing' | 'indexing' | 'writing the index' | 'waiting for compression' | 'compressing the rest',
    number
  >;
}

/**
 * Everything the site needs after Astro writes its pages, in one read of each page: finish it (above), record the
 * hashes of its inline code for the Content-Security-Policy, add it to the search index, and compress it while the
 * next pages are read. Then the search index is written, the search pages are told its files (search-starter.ts), the
 * sitemap is written when the site's public address is known (sitemap.ts), and the other files (stylesheet, scripts,
 * the index, the sitemap) are compressed too. Compression runs on every core; the log says how long each step took.
 */
export async function finishBuild(
  root: string,
  vocabulary?: Parameters<typeof createSearchIndexer>[0],
  site?: URL,
  ahead?: CompressedAhead,
): Promise<PostBuildSummary> {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const indexer = await createSearchIndexer(vocabulary);
  const compressing = taskWindow();
  // Pagefind indexes in its own process: pages are sent on without waiting for each answer, so it works on one page
  // while this process finishes the next (measured on the site: adding pages took 4.4 s instead of 7.5 s). They are
  // sent in order, and its index comes out byte for byte the same.
  const indexing = taskWindow(32);
  let pages = 0;
  let changed = 0;
  let indexed = 0;
  let compressed = 0;
  const htmlPages = (await builtFiles(root)).filter((file) => file.name.endsWith('.html'));
  const clashes: string[] = [];
  const listed: string[] = [];
  const seconds: PostBuildSummary['seconds'] = {
    finishing: 0,
    indexing: 0,
    'writing the index': 0,
    'waiting for compression': 0,
    'compressing the rest': 0,
  };
  const timed = async <T>(step: keyof typeof seconds, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      seconds[step] += (performance.now() - started) / 1000;
    }
  };
  // Search pages, whose starter names files of the index: filled, written and compressed once the index is written.
  const waitingForIndex: { file: (typeof htmlPages)[number]; html: string }[] = [];
  try {
    for (const file of htmlPages) {
      const url = urlPathOf(file.relativePath);
      if (isListedInSitemap(url)) listed.push(url);
      // Read and written synchronously: the thread pool is busy compressing earlier pages, and an asynchronous read
      // waited in its queue behind them (a 1,000-entry directory's post-build took 84 s that way, 68 s this way).
      const built = readFileSync(file.path, 'utf8');
      const html = await timed('finishing', () => {
        const finished = finishedPage(built, url, root);
        const repeated = repeatedIds(finished);
        if (repeated.length > 0) clashes.push(`${url}: ${repeated.map((id) => `#${id}`).join(', ')}`);
        const found = inlineHashes(finished);
        found.scripts.forEach((hash) => scripts.add(hash));
        found.styles.forEach((hash) => styles.add(hash));
        return finished;
      });
      if (html !== built) {
        writeFileSync(file.path, html);
        changed += 1;
      }
      await timed('indexing', () =>
        indexing.add(async () => {
          if (await indexer.addPage(url, html)) indexed += 1;
        }),
      );
      pages += 1;
      if (html.includes(searchStarterMarker)) {
        waitingForIndex.push({ file, html });
        continue;
      }
      await timed('waiting for compression', () =>
        compressing.add(async () => {
          if (await writeCompressed(file, Buffer.from(html))) compressed += 1;
        }),
      );
    }
    if (clashes.length > 0) {
      throw new Error(
        `Two parts of a page have the same id, so links to one reach the other. Rename the heading in the page's Markdown:\n${clashes.join('\n')}`,
      );
    }
    await timed('indexing', () => indexing.done());
    const { glossaryRecords, languages } = await timed('writing the index', () => indexer.write(root));
    if (waitingForIndex.length > 0) {
      const starters = await searchStarterValues(root);
      for (const { file, html } of waitingForIndex) {
        const started = withSearchStarter(html, starters);
        await writeFile(file.path, started);
        await compressing.add(async () => {
          if (await writeCompressed(file, Buffer.from(started), ahead)) compressed += 1;
        });
      }
    }
    const hashes: CspHashes = { scripts: [...scripts].sort(), styles: [...styles].sort() };
    await writeFile(join(root, cspHashesFile), `${JSON.stringify(hashes, null, 2)}\n`);
    if (site) await writeSitemap(root, site, listed);
    const done = new Set(htmlPages.map((file) => file.path));
    // The pages still compressing, and the files that are not pages: the search index, scripts and stylesheet.
    await timed('compressing the rest', async () => {
      await compressing.done();
      compressed += await precompressDirectory(root, (file) => done.has(file.path), ahead);
    });
    return {
      pages,
      changed,
      indexed,
      glossaryRecords,
      languages,
      hashes,
      compressed,
      compressedAhead: ahead?.taken ?? 0,
      seconds,
    };
  } finally {
    await indexer.close();
  }
}

/** Processor time this thread has used since Node started (user and system), in seconds. */
function mainThreadSeconds(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1e6;
}

/** The build's steps after Astro: see finishBuild. */
export function postBuild(): AstroIntegration {
  let site: URL | undefined;
  let building = false;
  const ahead = compressedAhead();
  let aheadStarted: Promise<void> = Promise.resolve();
  return {
    name: 'post-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
        // Runs while Astro reads the content, which keeps one core busy: the other compresses Pagefind's engine.
        if (building) {
          aheadStarted = pagefindEngineFiles().then(
            (files) => {
              ahead.add(new Map([...files].map(([name, body]) => [`pagefind/${name}`, body])));
            },
            (error: unknown) => {
              logger.warn(`Pagefind's engine will be compressed after the index is written: ${String(error)}`);
            },
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Its Pagefind process is stopped before the one that indexes the site starts.
        await aheadStarted;
        const summary = await finishBuild(fileURLToPath(dir), undefined, site, ahead);
        if (!site) logger.warn('No sitemap: the site has no public address (`site` in astro.config.mjs)');
        logger.info(
          [
            `finished ${summary.changed} of ${summary.pages} pages (module preloads, English marked)`,
            `indexed ${summary.indexed} pages and ${summary.glossaryRecords} glossary terms in ${summary.languages.join(', ')}`,
            `${summary.hashes.scripts.length} inline script and ${summary.hashes.styles.length} inline style hashes`,
            `compressed ${summary.compressed} files (${summary.compressedAhead} while Astro built the pages)`,
            `time: ${Object.entries(summary.seconds)
              .map(([step, time]) => `${step} ${time.toFixed(1)} s`)
              .join(', ')}`,
            `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
            // Astro's work is all on this thread, one step after another: the build takes at least this long.
            `main thread ${mainThreadSeconds().toFixed(1)} s of processor time in the whole build`,
          ].join('; '),
        );
      },
    },
  };
}
