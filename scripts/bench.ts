/**
 * `npm run bench`: every benchmark, one table, and JSON in bench-results/bench.json (git-ignored).
 *
 * - Build: cold builds (no dist/, no Astro cache, as in a fresh checkout; the median run of BENCH_COLD_BUILDS,
 *   default 3, as one run on these machines can differ from the next by 2-4 s), one right after deleting the last
 *   build (see setAside), and a warm one, with pages per second, and the processor time each took in all its processes
 *   and threads: divided by the cores, the least time the build could take on them.
 * - Page weight per template: HTML, CSS, JS and image bytes gzipped, and the gzipped bytes up to </head>.
 * - Lighthouse (mobile simulation, the test suite's Chromium), median of BENCH_LIGHTHOUSE_RUNS (default 5) runs per
 *   template: performance, accessibility, best practices, SEO, LCP, TBT, CLS.
 * - Slow 4G in Playwright (562.5 ms latency, 1.47 Mbps down, 4x CPU slowdown): first contentful paint, and the time to
 *   a usable search result when the site has search, over HTTP/1.1 (the local server) and HTTP/2 (as a CDN serves it).
 * - Compression: every file of the build packed as the build packs it now (brotli 11 for shared files, 6 for each
 *   page's own) and as it did before (brotli 11 for everything), one file at a time: bytes and seconds of each.
 * - The search, directory and feedback benchmarks, where their npm scripts exist.
 * - Last, each figure issue 17 set a goal for, beside its goal.
 *
 * BENCH_ONLY=build,weight,compression,lighthouse,slow4g,features picks parts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { createHash, X509Certificate } from 'node:crypto';
import { createSecureServer } from 'node:http2';
import { availableParallelism, tmpdir } from 'node:os';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse } from 'node-html-parser';
import { chromiumArgs, findChromium } from '../tests/e2e/find-browser.ts';
import { readDeploySettings } from '../src/functions/deploy-settings.ts';
import { createServer } from '../src/functions/server.ts';
import { builtFiles } from '../src/lib/build/built-files.ts';
import { brotliQuality, compressedVariants } from '../src/integrations/precompress.ts';
import { gzippedSize, headSize, pageScripts } from '../tests/support/page-weight.ts';
import { untilHealthy } from '../tests/support/server-ready.ts';
import { buildPhases } from './build-phases.ts';

const only = new Set((process.env['BENCH_ONLY'] ?? 'build,weight,compression,lighthouse,slow4g,features').split(','));
const runs = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 5);
const coldBuilds = Number(process.env['BENCH_COLD_BUILDS'] ?? 3);
const port = Number(process.env['BENCH_PORT'] ?? 4466);
const origin = `http://127.0.0.1:${port}`;
const dist = 'dist';
const results: Record<string, unknown> = { date: new Date().toISOString() };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function countPages(): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/**
 * Processor seconds (user and system) used so far by this process's children that have ended, and by theirs: for a
 * build, npm, Node with all its threads, and Pagefind's process. Read from Linux's /proc (fields 16 and 17 of
 * /proc/self/stat, in clock ticks); undefined where there is no /proc.
 */
function childrenProcessorSeconds(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  // Asked before the counters are read, and once: `getconf` is a child too, and would count in the build's time.
  clockTicksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / clockTicksPerSecond;
}
let clockTicksPerSecond: number | undefined;

/**
 * A build's time, the processor time it used (all its processes and threads), and its phases as its log reports them
 * (Astro's "Completed in" lines and the post-build summary).
 */
function timedBuild() {
  const processorBefore = childrenProcessorSeconds();
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (result.status !== 0) throw new Error('The build failed: run "npm run build" to see why.');
  const seconds = (performance.now() - started) / 1000;
  const processorAfter = childrenProcessorSeconds();
  const processorSeconds =
    processorBefore === undefined || processorAfter === undefined ? Number.NaN : processorAfter - processorBefore;
  return { seconds, processorSeconds, phases: buildPhases(result.stdout) };
}

/** The build's output and Astro's caches (its content store, its Vite cache): what a fresh checkout does not have. */
const builtState = [dist, '.astro', 'node_modules/.astro'];

/** Where earlier builds are set aside, on the checkout's own disk; deleted when the bench ends. */
const setAsideDir = 'node_modules/.cache/bench-set-aside';

/**
 * Moves a folder out of the way without deleting it. On a filesystem without a journal (ext4 on this project's
 * machines), the kernel does not give a new file the inode of one deleted in the last minute (six while the deletion
 * is not yet on disk): each new file in the same block group is placed only after every such inode is checked. A
 * cold build right after deleting the last one (about 6,800 files and folders) spent 3-4 s more processor time in
 * that search than one after moving it aside (`perf record -a -g`: 10.7% of all samples in ext4's __ext4_new_inode,
 * under find_inode_bit and recently_deleted; 5,000 files took 2-3.5 s to create after the deletion, 0.1 s without
 * one). A fresh checkout has deleted nothing, so the cold build is timed without it; `coldAfterDeletingSeconds` is
 * the build that pays it.
 */
function setAside(path: string) {
  if (!existsSync(path)) return;
  mkdirSync(setAsideDir, { recursive: true });
  try {
    renameSync(path, join(mkdtempSync(join(setAsideDir, 'build-')), basename(path)));
  } catch {
    // Another disk (renaming cannot move a folder across one): deleted as before.
    rmSync(path, { recursive: true, force: true });
  }
}

/** A build from nothing: no dist/ and no Astro cache, as in a fresh checkout (see setAside). */
function coldBuild() {
  builtState.forEach(setAside);
  return timedBuild();
}

/** The same, right after deleting the last build and caches: what a rebuild on the same disk pays (see setAside). */
function coldBuildAfterDeleting() {
  for (const path of builtState) rmSync(path, { recursive: true, force: true });
  return timedBuild();
}

/** The page of each template that this build has. */
function templates(): Record<string, string> {
  const first = (dir: string) => {
    const full = join(dist, dir);
    if (!existsSync(full)) return undefined;
    const entry = readdirSync(full, { withFileTypes: true }).find(
      (e) => e.isDirectory() && existsSync(join(full, e.name, 'index.html')) && !/^(shortlist|easy-read)$/.test(e.name),
    );
    return entry ? `/${dir}/${entry.name}/` : undefined;
  };
  const candidates: Record<string, string | undefined> = {
    home: '/',
    topic: '/short-breaks/',
    'easy read': '/short-breaks/easy-read/',
    arabic: '/ar/short-breaks/',
    search: '/search/',
    'checker step': '/short-breaks/check/ask/',
    directory: existsSync(join(dist, 'directory/index.html')) ? '/directory/' : undefined,
    'directory entry': first('directory'),
  };
  return Object.fromEntries(
    Object.entries(candidates).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && existsSync(join(dist, entry[1].slice(1), 'index.html')),
    ),
  );
}

function pageWeight(path: string) {
  const html = readFileSync(join(dist, path.slice(1), 'index.html'), 'utf8');
  const root = parse(html);
  const css = root.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href') ?? '');
  const images = root.querySelectorAll('img[src]').map((i) => i.getAttribute('src') ?? '');
  return {
    htmlBytes: gzippedSize(`${path}index.html`, dist),
    cssBytes: css.reduce((sum, href) => sum + gzippedSize(href, dist), 0),
    jsBytes: [...pageScripts(html, dist)].reduce((sum, src) => sum + gzippedSize(src, dist), 0),
    imageBytes: images.filter((src) => src.startsWith('/')).reduce((sum, src) => sum + gzippedSize(src, dist), 0),
    headBytes: headSize(html),
  };
}

async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    // Its errors show in the bench's output.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await untilHealthy(origin);
  } catch (error) {
    server.kill();
    throw error;
  }
  return server;
}

async function lighthouseRuns(pages: Record<string, string>) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const rows: Record<string, Record<string, number>> = {};
  const shortfalls: Record<string, string[]> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const samples: Record<string, number>[] = [];
      // Audit id -> the runs it did not pass in, so a score under 1 says what cost it.
      const missed = new Map<string, number>();
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
        for (const [id, audit] of Object.entries(lhr.audits)) {
          const scored = /^(binary|numeric|metricSavings)$/.test(audit.scoreDisplayMode);
          if (scored && audit.score !== null && audit.score < 1) missed.set(id, (missed.get(id) ?? 0) + 1);
        }
        samples.push({
          performance: lhr.categories['performance']?.score ?? 0,
          accessibility: lhr.categories['accessibility']?.score ?? 0,
          bestPractices: lhr.categories['best-practices']?.score ?? 0,
          seo: lhr.categories['seo']?.score ?? 0,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
        });
      }
      const keys = Object.keys(samples[0] ?? {});
      rows[name] = Object.fromEntries(keys.map((k) => [k, Number(median(samples.map((s) => s[k] ?? 0)).toFixed(3))]));
      if (missed.size > 0) shortfalls[name] = [...missed].sort().map(([id, times]) => `${id} (${times} of ${runs})`);
    }
  } finally {
    chrome.kill();
  }
  return { rows, shortfalls };
}

/** Chrome's emulation of a slow 4G connection (562.5 ms latency, 1.47 Mbps down) on a 4x slower CPU. */
async function slowPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.47 * 1024 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

/** One request of a search, in milliseconds from opening the address: when it was asked for and when it had arrived. */
interface Request {
  path: string;
  askedMs: number;
  arrivedMs: number;
}

/**
 * Milliseconds from opening a search's address to its first result on screen (NaN if none came in 30 s), and the
 * requests on the way: the waterfall that shows how many round trips follow each other. The earlier designs are
 * measured in the same run by changing the page as it arrives: with `starter: 'no index'` the starter's table of the
 * word index (`data-search-index`) is emptied, so it fetches no index chunks (the design before that table); with
 * `starter: 'none'` the whole search starter (SearchStarter.astro) is emptied, so it does nothing. The page is
 * intercepted (DevTools' Fetch domain, after the throttled response) in every way alike, so each pays the same.
 */
async function firstSearchResult(
  browser: Browser,
  at: string,
  starter: 'whole' | 'no index' | 'none',
): Promise<{ ms: number; requests: Request[] }> {
  const { context, page, cdp } = await slowPage(browser);
  // Every request the page and Pagefind's worker make, timed by the browser (Playwright's request timing, in
  // milliseconds since 1970 until the page's own start is known).
  const timed: Request[] = [];
  page.on('requestfinished', (request) => {
    const { startTime, responseEnd } = request.timing();
    const url = new URL(request.url());
    timed.push({ path: `${url.pathname}${url.search}`, askedMs: startTime, arrivedMs: startTime + responseEnd });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/search/?*', requestStage: 'Response' }] });
  cdp.on('Fetch.requestPaused', (paused) => {
    void (async () => {
      const { body, base64Encoded } = await cdp.send('Fetch.getResponseBody', { requestId: paused.requestId });
      const html = base64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
      const emptied = { whole: undefined, 'no index': 'data-search-index', none: 'data-search-starter' }[starter];
      const served = emptied ? html.replace(new RegExp(`${emptied}="[^"]*"`), `${emptied}=""`) : html;
      await cdp.send('Fetch.fulfillRequest', {
        requestId: paused.requestId,
        responseCode: paused.responseStatusCode ?? 200,
        // The body is handed over decoded: its encoding and length no longer apply.
        responseHeaders: (paused.responseHeaders ?? []).filter(
          ({ name }) => !/^(content-encoding|content-length)$/i.test(name),
        ),
        body: Buffer.from(served).toString('base64'),
      });
    })();
  });
  // The page notes when the first result is in the document, at the next frame (milliseconds from the start of the
  // navigation). Playwright's own wait polls less and less often (up to a second apart), so the moment it notices
  // can be most of a second after the reader could have.
  await page.addInitScript(() => {
    const noted = new MutationObserver(() => {
      if (!document.querySelector('.search-results .search-result')) return;
      noted.disconnect();
      requestAnimationFrame(() => {
        document.documentElement.dataset['benchFirstResult'] = String(performance.now());
      });
    });
    noted.observe(document, { childList: true, subtree: true });
  });
  try {
    await page.goto(`${at}/search/?q=short+breaks`);
    const noted = page.locator('html[data-bench-first-result]');
    const found = await noted.waitFor({ state: 'attached', timeout: 30_000 }).then(
      () => true,
      () => false,
    );
    const ms = found ? Math.round(Number(await noted.getAttribute('data-bench-first-result'))) : Number.NaN;
    const opened = await page.evaluate(() => performance.timeOrigin);
    const requests = timed
      .map(({ path, askedMs, arrivedMs }) => ({
        path,
        askedMs: Math.round(askedMs - opened),
        arrivedMs: Math.round(arrivedMs - opened),
      }))
      .sort((a, b) => a.askedMs - b.askedMs);
    return { ms, requests };
  } finally {
    await context.close();
  }
}

/**
 * The same site over HTTP/2 with TLS, as a CDN serves it: the local server speaks HTTP/1.1, over which a browser
 * opens six connections to a site and queues the rest, so a page that needs a dozen small files at once waits in
 * rounds. The certificate is made for the run (openssl) and thrown away; the browser is told to trust its key
 * (`spki`), since Chrome keeps nothing in its HTTP cache from a site whose certificate it merely ignores.
 */
function startHttp2Server() {
  const folder = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'].concat([
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ]),
      { stdio: 'ignore' },
    );
  } catch {
    throw new Error('The HTTP/2 measurement needs openssl to make a certificate: apt-get install -y openssl');
  }
  const http2Port = port + 1;
  const settings = readDeploySettings({ SITE_URL: `https://127.0.0.1:${http2Port}` }, http2Port);
  const server = serve({
    fetch: createServer(dist, { settings }).fetch,
    port: http2Port,
    hostname: '127.0.0.1',
    createServer: createSecureServer,
    serverOptions: { key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true },
  });
  const spki = createHash('sha256')
    .update(new X509Certificate(readFileSync(cert)).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
  rmSync(folder, { recursive: true, force: true });
  return { origin: `https://127.0.0.1:${http2Port}`, spki, close: () => server.close() };
}

/** First contentful paint on emulated slow 4G with a 4x slower CPU; and a first search result, if there is search. */
async function slow4g(pages: Record<string, string>) {
  let waterfall: { ms: number; requests: Request[] } | undefined;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const rows: Record<string, number> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const { context, page } = await slowPage(browser);
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      // The paint entry can arrive after the load event: wait for it (buffered, so an earlier one counts too).
      const fcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => {
              resolve(Number.NaN);
            }, 15_000);
          }),
      );
      rows[`${name}: first contentful paint (ms)`] = Math.round(fcp);
      await context.close();
    }
    if (pages['search']) {
      const http2 = startHttp2Server();
      const trusting = await chromium.launch({
        executablePath: findChromium(),
        args: [...chromiumArgs, `--ignore-certificate-errors-spki-list=${http2.spki}`],
      });
      try {
        // Median of five: one run on an emulated network varies by a few hundred milliseconds.
        const ways = {
          'HTTP/1.1, with the search starter': () => firstSearchResult(browser, origin, 'whole'),
          'HTTP/1.1, the starter without its index table': () => firstSearchResult(browser, origin, 'no index'),
          'HTTP/1.1, before (no starter)': () => firstSearchResult(browser, origin, 'none'),
          'HTTP/2 as from a CDN, with the search starter': () => firstSearchResult(trusting, http2.origin, 'whole'),
          'HTTP/2 as from a CDN, the starter without its index table': () =>
            firstSearchResult(trusting, http2.origin, 'no index'),
          'HTTP/2 as from a CDN, before (no starter)': () => firstSearchResult(trusting, http2.origin, 'none'),
        };
        const runs = new Map<string, number[]>();
        for (let i = 0; i < 5; i += 1) {
          for (const [way, measure] of Object.entries(ways)) {
            const { ms, requests } = await measure();
            runs.set(way, [...(runs.get(way) ?? []), ms]);
            // The last run's requests as the site is served: each wait on the way to the first result.
            if (way === 'HTTP/2 as from a CDN, with the search starter') waterfall = { ms, requests };
          }
        }
        for (const [way, times] of runs) rows[`search: usable first result, ${way} (ms)`] = median(times);
      } finally {
        await trusting.close();
        http2.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { rows, waterfall };
}

/**
 * The search's requests as a table, each with the round trip (562.5 ms on slow 4G) it was asked for in: requests
 * asked for together share one, so the number of distinct trips before the first result is the chain to shorten.
 */
function waterfallTable({ ms, requests }: { ms: number; requests: Request[] }) {
  const roundTrip = 562.5;
  return {
    firstResultMs: ms,
    roundTripsToFirstResult: Number((ms / roundTrip).toFixed(1)),
    requests: requests.map(({ path, askedMs, arrivedMs }) => ({
      path: path.length > 60 ? `${path.slice(0, 57)}...` : path,
      asked: askedMs,
      arrived: arrivedMs,
      'asked in round trip': Math.floor(askedMs / roundTrip) + 1,
    })),
  };
}

function featureBenchmarks() {
  const scriptsInPackage = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const ran: string[] = [];
  for (const name of ['bench:search', 'bench:directory', 'bench:feedback']) {
    if (!scriptsInPackage[name]) continue;
    console.log(`\n== npm run ${name}`);
    execFileSync('npm', ['run', '-s', name], { stdio: 'inherit' });
    const file = join('bench-results', `${name.slice('bench:'.length)}.json`);
    if (existsSync(file)) results[name] = JSON.parse(readFileSync(file, 'utf8'));
    ran.push(name);
  }
  return ran;
}

if (only.has('build')) {
  const colds = Array.from({ length: Math.max(1, coldBuilds) }, coldBuild);
  // Every cold figure is the median run's (the middle one by time), so they describe one and the same build.
  const cold = [...colds].sort((a, b) => a.seconds - b.seconds)[Math.floor(colds.length / 2)];
  if (!cold) throw new Error('No cold build was run');
  const warm = timedBuild();
  const afterDeleting = coldBuildAfterDeleting();
  const pages = countPages();
  const cores = availableParallelism();
  results['build'] = {
    pages,
    coldSeconds: Number(cold.seconds.toFixed(1)),
    coldRuns: colds.map((build) => Number(build.seconds.toFixed(1))).join(', '),
    coldAfterDeletingSeconds: Number(afterDeleting.seconds.toFixed(1)),
    // Astro empties dist/ itself, so a warm build pays for deleting the last one too (see setAside).
    warmSeconds: Number(warm.seconds.toFixed(1)),
    pagesPerSecondCold: Math.round(pages / cold.seconds),
    pagesPerSecondWarm: Math.round(pages / warm.seconds),
    coldProcessorSeconds: Number(cold.processorSeconds.toFixed(1)),
    cores,
    // The build cannot take less than either: its processor time spread perfectly over the cores, or the time its
    // main thread worked (Astro renders on that one thread, one step after another).
    coldFloorSeconds: Number((cold.processorSeconds / cores).toFixed(1)),
    coldMainThreadSeconds: cold.phases['main thread, processor time (whole build)'],
  };
  results['buildPhases'] = { cold: cold.phases, warm: warm.phases };
  console.log('\n== Build');
  console.table(results['build']);
  console.log('\n== Build phases (seconds)');
  console.table(results['buildPhases']);
}

if (!existsSync(join(dist, 'index.html'))) timedBuild();
const pages = templates();

if (only.has('weight')) {
  results['weight'] = Object.fromEntries(Object.entries(pages).map(([name, path]) => [name, pageWeight(path)]));
  console.log('\n== Page weight (bytes, gzipped)');
  console.table(results['weight']);
}

/** The build's files packed now and as before, one at a time (so seconds are one core's), by kind of file. */
async function compression() {
  const kinds: [string, RegExp][] = [
    ['pages', /\.html$/],
    ['search fragments and index chunks', /^pagefind\/(fragment|index|filter)\//],
    ['shared scripts, styles, search engine', /^(_astro|pagefind)\//],
    ['other', /./],
  ];
  const rows: Record<string, Record<string, number>> = {};
  for (const file of await builtFiles(dist)) {
    if (/\.(br|gz)$/.test(file.name)) continue;
    const kind = kinds.find(([, pattern]) => pattern.test(file.relativePath))?.[0] ?? 'other';
    const body = readFileSync(file.path);
    const measure = async (quality: number) => {
      const started = performance.now();
      const brotli = (await compressedVariants(file.relativePath, body, quality))['.br'];
      return brotli && { bytes: brotli.length, seconds: (performance.now() - started) / 1000 };
    };
    const now = await measure(brotliQuality(file.relativePath));
    if (!now) continue; // Not a file the build compresses (an image, say).
    const before = (await measure(11)) ?? now;
    const row = (rows[kind] ??= { files: 0, 'KB now': 0, 'KB before': 0, 's now': 0, 's before': 0 });
    row['files'] = (row['files'] ?? 0) + 1;
    row['KB now'] = (row['KB now'] ?? 0) + now.bytes / 1000;
    row['KB before'] = (row['KB before'] ?? 0) + before.bytes / 1000;
    row['s now'] = (row['s now'] ?? 0) + now.seconds;
    row['s before'] = (row['s before'] ?? 0) + before.seconds;
  }
  return Object.fromEntries(
    Object.entries(rows).map(([kind, row]) => [
      kind,
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, Number(value.toFixed(key === 'files' ? 0 : 1))]),
      ),
    ]),
  );
}

if (only.has('compression')) {
  results['compression'] = await compression();
  console.log(
    '\n== Compression: brotli now (11 for shared files, 6 for the rest) against before (11 for everything); seconds of one core, gzip 9 included in both',
  );
  console.table(results['compression']);
}

if (only.has('lighthouse') || only.has('slow4g')) {
  const server = await startServer();
  try {
    if (only.has('lighthouse')) {
      const { rows, shortfalls } = await lighthouseRuns(pages);
      results['lighthouse'] = rows;
      results['lighthouseShortfalls'] = shortfalls;
      console.log(`\n== Lighthouse, mobile, median of ${runs}`);
      console.table(rows);
      for (const [name, audits] of Object.entries(shortfalls)) console.log(`${name}: below 1 in ${audits.join(', ')}`);
    }
    if (only.has('slow4g')) {
      const { rows, waterfall } = await slow4g(pages);
      results['slow4g'] = rows;
      console.log('\n== Slow 4G, 4x CPU');
      console.table(rows);
      if (waterfall) {
        const table = waterfallTable(waterfall);
        results['searchWaterfall'] = table;
        console.log(
          `\n== A search's requests over HTTP/2 (ms from opening; first result at ${table.firstResultMs} ms, ${table.roundTripsToFirstResult} round trips)`,
        );
        console.table(table.requests);
      }
    }
  } finally {
    server.kill('SIGTERM');
  }
}

if (only.has('features')) results['features'] = featureBenchmarks();

/**
 * Issue 17's goals, each beside the figure this run measured and, where a new design replaced an old one, the old
 * design's figure from the same run. A part not run this time shows as not measured.
 */
function goals() {
  const at = (value: unknown, ...path: string[]): number | undefined => {
    let here = value;
    for (const key of path)
      here = here && typeof here === 'object' ? (here as Record<string, unknown>)[key] : undefined;
    return typeof here === 'number' && Number.isFinite(here) ? here : undefined;
  };
  const search = (way: string) => at(results['slow4g'], `search: usable first result, ${way} (ms)`);
  const feedback = results['bench:feedback'];
  const directory = results['bench:directory'];
  interface Goal {
    measure: string;
    unit: string;
    /** The goal: at most this, or at least it when `atLeast`. */
    limit: number;
    atLeast?: boolean;
    now: number | undefined;
    before?: number | undefined;
  }
  const list: Goal[] = [
    { measure: 'cold build of the site', unit: 's', limit: 15, now: at(results['build'], 'coldSeconds') },
    { measure: '5,000-entry directory build', unit: 's', limit: 300, now: at(directory, 'build', 'seconds') },
    { measure: 'its peak memory', unit: 'MB', limit: 1024, now: at(directory, 'build', 'peakMemoryMB') },
    {
      measure: 'first search result, slow 4G, HTTP/1.1',
      unit: 'ms',
      limit: 3500,
      now: search('HTTP/1.1, with the search starter'),
      before: search('HTTP/1.1, before (no starter)'),
    },
    {
      measure: 'first search result, slow 4G, HTTP/2',
      unit: 'ms',
      limit: 3500,
      now: search('HTTP/2 as from a CDN, with the search starter'),
      before: search('HTTP/2 as from a CDN, before (no starter)'),
    },
    {
      measure: 'feedback posts a second at saturation',
      unit: '/s',
      limit: 3000,
      atLeast: true,
      now: at(feedback, 'results', 'group', 'saturation'),
      before: at(feedback, 'results', 'each', 'saturation'),
    },
    {
      measure: 'feedback p99 at 200 posts a second',
      unit: 'ms',
      limit: 20,
      now: at(feedback, 'results', 'group', 'steadyP99ms'),
      before: at(feedback, 'results', 'each', 'steadyP99ms'),
    },
  ];
  const show = (value: number | undefined, unit: string) => (value === undefined ? 'not measured' : `${value} ${unit}`);
  return Object.fromEntries(
    list.map(({ measure, unit, limit, atLeast, now, before }) => [
      measure,
      {
        goal: `${atLeast ? '>=' : '<='} ${limit} ${unit}`,
        now: show(now, unit),
        'before (same run)': before === undefined ? '' : show(before, unit),
        verdict: now === undefined ? '' : (atLeast ? now >= limit : now <= limit) ? 'met' : 'NOT MET',
      },
    ]),
  );
}

results['goals'] = goals();
console.log('\n== Goals (issue 17)');
console.table(results['goals']);

// Last, so the deletion slows nothing the bench measures.
rmSync(setAsideDir, { recursive: true, force: true });

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench-results/bench.json');
