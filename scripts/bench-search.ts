/**
 * Search benchmark: `npm run bench:search` (after `npm run build`).
 *
 * For a cold first search (a new browser profile, nothing cached) it measures the bytes the browser transfers and the
 * time until the first results are on screen, on the real build in dist/ and on a synthetic site ten times its size
 * that it generates and indexes in a temporary folder (never in the repository). Prints a table and writes
 * bench-results/search.json. Targets: at most 150 KB of search transfer at the real size, 300 KB at ten times.
 */
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from '@playwright/test';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { createServer } from '../src/functions/server.ts';
import { buildSearchIndex } from '../src/integrations/pagefind-index.ts';
import { precompressDirectory } from '../src/integrations/precompress.ts';
import { isSearchablePage } from '../src/lib/search/search-index.ts';
import { chromiumArgs, findChromium } from '../tests/e2e/find-browser.ts';

const dist = 'dist';
const copies = 10;
const queries = ['autism', 'short breaks', 'waiting for speech therapy'];
const targets = { real: 150 * 1024, tenTimes: 300 * 1024 };

interface Measurement {
  query: string;
  /** Bytes over the network for /pagefind/ files (script, WebAssembly, index, filters, fragments). */
  searchBytes: number;
  /** Bytes for everything the page loaded, the page itself included. */
  totalBytes: number;
  /** Milliseconds from pressing Enter to the first result on screen (the page already open, nothing searched). */
  queryToResultsMs: number;
  /** Milliseconds from opening /search/?q=... to the first result on screen. */
  openToResultsMs: number;
}

function urlPathOf(file: string): string {
  return `/${file
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '')}`;
}

/**
 * A site ten times the size: dist/ plus nine altered copies of every searchable page under /synthetic-<n>/. Each copy
 * changes its title and gives some long words a suffix, so the index gains new words as a larger real site would,
 * not only repeats of the same ones.
 */
async function syntheticSite(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'send-search-bench-'));
  await cp(dist, root, { recursive: true, filter: (source) => !source.includes(`${sep}pagefind`) });
  const pages = (await readdir(dist, { recursive: true }))
    .filter((file) => file.endsWith('index.html'))
    .filter((file) => isSearchablePage(urlPathOf(file)));
  for (let n = 1; n < copies; n += 1) {
    const suffix = String.fromCharCode(96 + n);
    for (const file of pages) {
      const html = await readFile(join(dist, file), 'utf8');
      let count = 0;
      const altered = html
        .replace(/<h1([^>]*)>([^<]*)<\/h1>/, `<h1$1>$2 (${n})</h1>`)
        .replace(/(<main[\s\S]*<\/main>)/, (main) =>
          main.replace(/>([^<]+)</g, (_, text: string) => {
            const words = text.replace(/\b([a-z]{7,})\b/g, (word) =>
              ++count % 5 === n % 5 ? `${word}${suffix}` : word,
            );
            return `>${words}<`;
          }),
        );
      const target = join(root, `synthetic-${n}`, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, altered);
    }
  }
  return root;
}

function listen(root: string): Promise<{ server: ServerType; base: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: createServer(root).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({ server, base: `http://127.0.0.1:${info.port}` });
    });
  });
}

/** One cold search in a fresh browser context: bytes per response, as the network reported them when each finished. */
async function measure(browser: Browser, base: string, query: string): Promise<Measurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
    );
  });
  const opened = Date.now();
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-result').first().waitFor();
  const openToResultsMs = Date.now() - opened;
  const transfers = await Promise.all(sizes);
  const searchBytes = transfers.filter((t) => new URL(t.url).pathname.startsWith('/pagefind/'));
  await context.close();

  // The same search typed into a freshly opened page, timed from Enter to the first result.
  const second = await browser.newContext();
  const typed = await second.newPage();
  await typed.goto(`${base}/search/`);
  await typed.locator('#search-query').fill(query);
  const pressed = Date.now();
  await typed.keyboard.press('Enter');
  await typed.locator('.search-result').first().waitFor();
  const queryToResultsMs = Date.now() - pressed;
  await second.close();

  return {
    query,
    searchBytes: searchBytes.reduce((sum, t) => sum + t.bytes, 0),
    totalBytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    queryToResultsMs,
    openToResultsMs,
  };
}

async function indexSize(root: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(join(root, 'pagefind'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) {
      bytes += (await readFile(join(entry.parentPath, entry.name))).length;
    }
  }
  return bytes;
}

async function run(
  name: 'real' | 'tenTimes',
  root: string,
  browser: Browser,
): Promise<{
  name: string;
  pages: number;
  indexBytes: number;
  measurements: Measurement[];
}> {
  const { server, base } = await listen(root);
  try {
    const measurements: Measurement[] = [];
    for (const query of queries) measurements.push(await measure(browser, base, query));
    const pages = (await readdir(root, { recursive: true })).filter(isSearchable).length;
    return { name, pages, indexBytes: await indexSize(root), measurements };
  } finally {
    server.close();
  }
}

function isSearchable(file: string): boolean {
  return file.endsWith('index.html') && isSearchablePage(urlPathOf(file));
}

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error('No search index in dist/: run "npm run build" first.');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const synthetic = await syntheticSite();
try {
  console.log(`Indexing a synthetic site ${copies} times the size in ${synthetic} ...`);
  await buildSearchIndex(synthetic);
  // Compressed as the build compresses the real index, so both sites are served alike.
  await precompressDirectory(join(synthetic, 'pagefind'));
  const results = [await run('real', dist, browser), await run('tenTimes', synthetic, browser)];

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = results.flatMap((r) =>
    r.measurements.map((m) => ({
      site: r.name === 'real' ? 'real size' : '10 times',
      pages: r.pages,
      query: m.query,
      'search transfer': kb(m.searchBytes),
      'page + search transfer': kb(m.totalBytes),
      'Enter to results': `${m.queryToResultsMs} ms`,
      'open to results': `${m.openToResultsMs} ms`,
    })),
  );
  console.table(rows);
  const verdicts = results.map((r) => {
    const worst = Math.max(...r.measurements.map((m) => m.searchBytes));
    const target = targets[r.name as keyof typeof targets];
    return { site: r.name, worstSearchBytes: worst, target, met: worst <= target };
  });
  for (const v of verdicts) {
    console.log(
      `${v.site}: worst cold search ${kb(v.worstSearchBytes)} (target ${kb(v.target)}): ${v.met ? 'met' : 'NOT met'}`,
    );
  }
  await mkdir('bench-results', { recursive: true });
  await writeFile(
    join('bench-results', 'search.json'),
    `${JSON.stringify({ date: new Date().toISOString(), copies, results, verdicts }, null, 2)}\n`,
  );
  console.log(`Wrote ${relative(process.cwd(), join('bench-results', 'search.json'))}`);
  if (verdicts.some((v) => !v.met)) process.exitCode = 1;
} finally {
  await browser.close();
  await rm(synthetic, { recursive: true, force: true });
}
