/**
 * Benchmarks the resource directory at scale: generates synthetic entries (5,000 by default) in a temporary folder,
 * builds the whole site over them, and reports build time, pages per second, peak memory, and the bytes the directory
 * page and its filter island download. Prints a table and writes bench-results/directory.json.
 *
 *   npm run bench:directory [-- --entries 5000]
 *
 * Nothing is written into content/ or dist/: the entries and the build go to a temporary folder (DIRECTORY_CONTENT_DIR
 * points the build's directory collection at it), which is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { stringify } from 'yaml';
import { facets } from '../src/lib/directory/directory-facets.ts';
import { uuidV5 } from '../src/lib/oruk/oruk-taxonomy.ts';
import { directoryEntrySchema, type DirectoryEntryInput } from '../src/schemas/directory.ts';
import { buildNodeFlags } from './build-command.ts';
import { buildPhases } from './build-phases.ts';

const project = fileURLToPath(new URL('../', import.meta.url));

/**
 * Budgets for what the directory page makes a browser download at this scale, compressed with brotli as the server
 * sends it. The island's code stays small whatever the size of the directory; the packed list grows with it.
 */
const budgets = { islandJsBrotli: 80_000, entriesBrotliPerEntry: 60 };

// The child process: runs one build and reports its own time and peak memory (process-wide, threads included).
if (process.argv[2] === '--child') {
  const [, , , outDir = '', cacheDir = ''] = process.argv;
  const { build } = await import('astro');
  const started = performance.now();
  // At info level Astro logs every page; the parent reads its phases from the log (build-phases.ts).
  await build({ root: project, outDir, cacheDir, logLevel: 'info' });
  const seconds = (performance.now() - started) / 1000;
  console.log(`BENCH ${JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 })}`);
  process.exit(0);
}

const { values } = parseArgs({ options: { entries: { type: 'string', default: '5000' } } });
const count = Number(values.entries);
if (!Number.isInteger(count) || count < 1) throw new Error('--entries must be a whole number above 0');

/** A small seeded random generator (mulberry32), so every run builds the same directory. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const some = <T>(items: readonly T[], chance: number): T[] => items.filter(() => rand() < chance);

const words = {
  what: ['Support', 'Advice', 'Drop-in', 'Group', 'Helpline', 'Club', 'Workshop', 'Service', 'Toolkit', 'Course'],
  topic: [
    'speech',
    'reading',
    'sleep',
    'sensory play',
    'friendships',
    'anxiety',
    'transition',
    'independence',
    'sport',
    'music',
  ],
  who: ['families', 'young people', 'SENCos', 'parents and carers', 'teaching assistants', 'siblings'],
  place: ['Devonport', 'Plympton', 'Stonehouse', 'Efford', 'Whitleigh', 'Mutley', 'Plymstock', 'Southway'],
};

/** One made-up entry, shaped like the real ones and checked with the same schema. */
function syntheticEntry(i: number): DirectoryEntryInput {
  const topic = pick(words.topic);
  const org = i % 50;
  const min = pick([0, 2, 5, 11, 14, 16]);
  return {
    id: uuidV5(`bench-entry:${i}`),
    name: `${pick(words.what)} for ${topic} in ${pick(words.place)} ${String(i).padStart(4, '0')}`,
    description:
      `A made-up listing for the benchmark: ${pick(words.what).toLowerCase()} about ${topic} for ${pick(words.who)}. ` +
      `It meets in ${pick(words.place)} and helps with ${pick(words.topic)} and ${pick(words.topic)}. ` +
      'Ask the organiser how to join.',
    organization: {
      id: uuidV5(`bench-org:${org}`),
      name: `Benchmark organisation ${org}`,
      description: 'A made-up organisation for the benchmark.',
    },
    ...(rand() < 0.5 ? { url: `https://example.org/service/${i}` } : {}),
    ...(rand() < 0.3 ? { phones: [{ number: `01752 ${String(100000 + i).slice(-6)}` }] } : {}),
    minimum_age: min,
    maximum_age: Math.max(min, pick([5, 11, 18, 25])),
    assured_date: new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 1000) * 86_400_000).toISOString().slice(0, 10),
    taxonomy: {
      need: some(facets.need, 0.35),
      stage: some(facets.stage, 0.4),
      level: pick(facets.level),
      audience: some(facets.audience, 0.5),
      kind: pick(facets.kind),
    },
    sources: [{ title: 'Generated by npm run bench:directory' }],
  };
}

/**
 * A fixed piece of work (brotli over the same 1 MB page of links, twenty times), timed before the build. This
 * machine's speed moves from hour to hour (its processor is shared): the same code built in 392 s and in 608 s on one
 * afternoon. A slower reference beside a slower build says the machine was slow, not the build.
 */
function referenceSeconds(): number {
  const rows = Array.from(
    { length: 20_000 },
    (_, i) => `<li><a href="/directory/${i}/">Entry ${(i * 7919) % 10007}</a></li>`,
  );
  const body = Buffer.from(rows.join('\n'));
  const started = performance.now();
  for (let i = 0; i < 20; i++) brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } });
  return (performance.now() - started) / 1000;
}

/**
 * Microseconds to create one small file, over 2,000 files in `folder` (left for the caller to delete). The build
 * creates about 240,000 files at 5,000 entries (pages, their .br and .gz copies, search fragments), and on this
 * machine's disk (ext4 without a journal) creating a file slows several times over for a few minutes after many
 * files were deleted: ext4 then passes over recently freed inodes one by one (seen with `perf`: `recently_deleted`).
 * Measured: 230 µs a file on a quiet disk, 430 µs just after a build's folder was removed. A build run straight after
 * another pays for it, which this figure shows.
 */
function fileCreationMicroseconds(folder: string): number {
  mkdirSync(folder);
  const started = performance.now();
  for (let i = 0; i < 2000; i++) writeFileSync(join(folder, `${i}.html`), '<p>probe</p>');
  return ((performance.now() - started) * 1000) / 2000;
}

/** Sizes of a built file as sent: raw, and the .gz and .br copies the build writes beside it. */
function sizes(file: string) {
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  return { raw: size(file), gzip: size(`${file}.gz`), brotli: size(`${file}.br`) };
}
type Sizes = ReturnType<typeof sizes>;
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** Every JavaScript file a page's islands load: their component and renderer modules and everything they import. */
function islandScripts(dist: string, html: string): string[] {
  const start = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.pop() ?? '';
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(`/_astro/${(m[1] ?? '').slice(2)}`);
    }
  }
  return [...seen].sort();
}

const work = mkdtempSync(join(tmpdir(), 'bench-directory-'));
const content = join(work, 'directory');
const outDir = join(work, 'dist');
try {
  mkdirSync(content);
  const generated = performance.now();
  for (let i = 0; i < count; i++) {
    const entry = syntheticEntry(i);
    directoryEntrySchema.parse(entry);
    writeFileSync(join(content, `entry-${String(i).padStart(5, '0')}.yaml`), stringify(entry));
  }
  console.error(`Generated ${count} entries in ${((performance.now() - generated) / 1000).toFixed(1)} s; building...`);

  const reference = referenceSeconds();
  const fileCreation = fileCreationMicroseconds(join(work, 'probe'));
  const script = [fileURLToPath(import.meta.url), '--child', outDir, join(work, 'cache')];
  // With the Node flags of `npm run build`, so this is the build an editor runs.
  const child = spawnSync(process.execPath, [...buildNodeFlags(), ...script], {
    cwd: project,
    env: { ...process.env, DIRECTORY_CONTENT_DIR: content, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (child.status !== 0 || !line) {
    console.error(child.stdout.slice(-4000), child.stderr.slice(-4000));
    throw new Error(`The build failed (exit ${child.status ?? 'none'})`);
  }
  const { seconds, maxRssMB } = JSON.parse(line.slice(6)) as { seconds: number; maxRssMB: number };
  const phases = buildPhases(child.stdout);

  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const directoryPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && /(^|\/)directory\//.test(f),
  ).length;
  const page = join(outDir, 'directory', 'index.html');
  const html = readFileSync(page, 'utf8');
  const scripts = islandScripts(outDir, html);
  const css = [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1] ?? '');
  const zero: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  const pageSizes = sizes(page);
  const cssSizes = css.map((f) => sizes(join(outDir, f))).reduce(add, zero);
  const jsSizes = scripts.map((f) => sizes(join(outDir, f))).reduce(add, zero);
  const entriesSizes = sizes(join(outDir, 'directory', 'entries.json'));
  const result = {
    date: new Date().toISOString(),
    entries: count,
    machine: {
      cpus: (await import('node:os')).cpus().length,
      node: process.version,
      referenceSeconds: Number(reference.toFixed(2)),
      fileCreationMicroseconds: Math.round(fileCreation),
    },
    build: {
      seconds: Number(seconds.toFixed(1)),
      pages,
      directoryPages,
      pagesPerSecond: Number((pages / seconds).toFixed(1)),
      peakMemoryMB: Math.round(maxRssMB),
      phases,
    },
    directoryPage: {
      html: pageSizes,
      css: cssSizes,
      islandJs: { files: scripts.length, ...jsSizes },
      entriesJson: entriesSizes,
      islandTotal: add(jsSizes, entriesSizes),
      firstVisitTotal: [pageSizes, cssSizes, jsSizes, entriesSizes].reduce(add, zero),
    },
    budgets: {
      islandJsBrotli: {
        limit: budgets.islandJsBrotli,
        actual: jsSizes.brotli,
        ok: jsSizes.brotli <= budgets.islandJsBrotli,
      },
      entriesBrotliPerEntry: {
        limit: budgets.entriesBrotliPerEntry,
        actual: Number((entriesSizes.brotli / count).toFixed(1)),
        ok: entriesSizes.brotli / count <= budgets.entriesBrotliPerEntry,
      },
    },
  };

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: [string, string][] = [
    ['entries', String(count)],
    ['machine reference (same work every run)', `${result.machine.referenceSeconds} s`],
    ['creating one file (slower after many deletions)', `${result.machine.fileCreationMicroseconds} µs`],
    ['build time', `${result.build.seconds} s`],
    ['pages built', `${pages} (${directoryPages} directory pages)`],
    ['pages per second', String(result.build.pagesPerSecond)],
    ['peak memory (build process)', `${result.build.peakMemoryMB} MB`],
    ...Object.entries(phases).map(([phase, phaseSeconds]): [string, string] => [`  ${phase}`, `${phaseSeconds} s`]),
    [
      '/directory/ HTML (raw / gzip / brotli)',
      `${kb(pageSizes.raw)} / ${kb(pageSizes.gzip)} / ${kb(pageSizes.brotli)}`,
    ],
    ['island JS, files', `${kb(jsSizes.raw)} / ${kb(jsSizes.gzip)} / ${kb(jsSizes.brotli)}, ${scripts.length} files`],
    ['entries.json', `${kb(entriesSizes.raw)} / ${kb(entriesSizes.gzip)} / ${kb(entriesSizes.brotli)}`],
    ['island total (JS + list), brotli', kb(result.directoryPage.islandTotal.brotli)],
    ['first visit total (HTML, CSS, JS, list), brotli', kb(result.directoryPage.firstVisitTotal.brotli)],
    [
      'budget: island JS brotli',
      `${kb(jsSizes.brotli)} of ${kb(budgets.islandJsBrotli)} ${result.budgets.islandJsBrotli.ok ? 'ok' : 'OVER'}`,
    ],
    [
      'budget: list brotli per entry',
      `${result.budgets.entriesBrotliPerEntry.actual} B of ${budgets.entriesBrotliPerEntry} B ${result.budgets.entriesBrotliPerEntry.ok ? 'ok' : 'OVER'}`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n'));
  mkdirSync(join(project, 'bench-results'), { recursive: true });
  writeFileSync(join(project, 'bench-results', 'directory.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('Written to bench-results/directory.json');
  if (!result.budgets.islandJsBrotli.ok || !result.budgets.entriesBrotliPerEntry.ok) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
