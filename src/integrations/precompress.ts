import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import { builtFiles, type BuiltFile } from '../lib/build/built-files.ts';

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

/**
 * Pagefind's index, filters and WebAssembly, which Pagefind writes gzipped. Its script gunzips them itself, unless
 * they already begin with its signature: the form a browser hands over after undoing a Content-Encoding.
 */
const pagefindGzipped = /\.(pf_meta|pf_index|pf_filter)$|^wasm\.[\w-]+\.pagefind$/;

const pagefindSignature = Buffer.from('pagefind_dcd');

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Files that many pages load, or every search: the island scripts and stylesheet under _astro/, Pagefind's engine
 * (its script, WebAssembly, metadata and entry file) and the directory's packed list. They are few, stay few whatever
 * the size of the site, and are downloaded far more often than any one page.
 */
const sharedByManyPages = /^_astro\/|^pagefind\/[^/]+$|(^|\/)directory\/entries\.json$/;

/**
 * Brotli's quality for a file. Shared files get the highest, 11. Everything that multiplies with the pages (the pages,
 * their search fragments, the index chunks) gets 6: measured over this site's 1,272 pages, quality 11 made HTML 11%
 * smaller (5.1 KB a page instead of 5.7 KB, about 3 ms on slow 4G) but took 43 times as long (73 s against 1.7 s on one
 * core), which on a county-sized directory is most of the build. `npm run bench` (its compression part) measures both
 * choices on the current build, side by side.
 */
export const brotliQuality = (relativePath: string): number => (sharedByManyPages.test(relativePath) ? 11 : 6);

/**
 * The base-2 logarithm of the smallest window that holds the whole file, within what a format allows. Both formats
 * default to a window far bigger than a page (brotli 4 MB, gzip 32 KB), whose tables are set up and cleared for every
 * file: fitted to the file, brotli used 27% less processor time over a 1,000-entry directory's pages and gzip 8% less,
 * and the files came out the same size or smaller (a window at least as long as the file loses no match).
 */
export function windowBitsFor(size: number, smallest: number, largest: number): number {
  return Math.min(largest, Math.max(smallest, Math.ceil(Math.log2(size + 1))));
}

/** Brotli in libuv's thread pool: files are compressed on every core, off the main thread. */
function brotli(body: Buffer, quality: number): Promise<Buffer> {
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_LGWIN]: windowBitsFor(
        body.length,
        constants.BROTLI_MIN_WINDOW_BITS,
        constants.BROTLI_MAX_WINDOW_BITS,
      ),
    },
  });
}

/** Gzip at its highest level (the budgets measure it). zlib's smallest window is 2^9: it turns 8 into 9 itself. */
function gzipped(body: Buffer): Promise<Buffer> {
  return gzipAsync(body, { level: 9, windowBits: windowBitsFor(body.length, 9, 15) });
}

/**
 * The files to write beside one built file (its path under the site's root, '/'-separated), by the extension the
 * server looks for. Text gets .br and .gz. Pagefind's gzipped files, but for its fragments, get a .br of what is
 * inside the gzip (measured on this site: 16% smaller for the WebAssembly, 18% for the metadata, 2% for the index
 * chunks), which a browser that accepts brotli receives already unpacked, signature first; any other browser gets the
 * gzip file as Pagefind wrote it.
 */
export async function compressedVariants(
  relativePath: string,
  body: Buffer,
  quality = brotliQuality(relativePath),
): Promise<Record<string, Buffer>> {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  // Pagefind's fragments, one for each page, fetched only for the results a search shows, are served as Pagefind wrote
  // them: brotli saved 79 bytes of 1,378 on average over this site's 1,278 (6%, under a millisecond on slow 4G), and
  // each copy is one more file to make, which is most of a copy's cost on these machines (0.2-0.4 ms of system time).
  if (name.endsWith('.pf_fragment')) return {};
  if (pagefindGzipped.test(name)) {
    const inner = gunzipSync(body);
    if (!inner.subarray(0, pagefindSignature.length).equals(pagefindSignature)) {
      throw new Error(`${name} is not a gzipped Pagefind file: its signature is missing`);
    }
    return { '.br': await brotli(inner, quality) };
  }
  if (compressible.test(name)) {
    const [br, gz] = await Promise.all([brotli(body, quality), gzipped(body)]);
    return { '.br': br, '.gz': gz };
  }
  return {};
}

/** Compressed copies made before the files they belong to were written: see `compressedAhead`. */
export interface CompressedAhead {
  /** Starts compressing files (by their path under the site's root), each after the one before. */
  add(files: ReadonlyMap<string, Buffer>): void;
  /** The copies made for a file, if they were made from exactly these bytes; else undefined. */
  take(relativePath: string, body: Buffer): Promise<Record<string, Buffer>> | undefined;
  /** How many files' copies were taken. */
  readonly taken: number;
}

/**
 * Compression done ahead: files whose bytes are known before Astro writes the site (Pagefind's engine, the same in
 * every build) are compressed while Astro's content step keeps only one core busy, rather than at the end of the build
 * when both are. One at a time, on one of libuv's threads, so Astro's thread keeps a core to itself. The copies are
 * used only for a file written with the very bytes they were made from, so a file that differs is compressed as usual.
 */
export function compressedAhead(): CompressedAhead {
  const made = new Map<string, { body: Buffer; variants: Promise<Record<string, Buffer>> }>();
  let previous: Promise<unknown> = Promise.resolve();
  let taken = 0;
  return {
    add(files) {
      for (const [relativePath, body] of files) {
        const variants = previous.then(() => compressedVariants(relativePath, body));
        // A failure is not lost: it is thrown where the copies are taken. Until then it must not stop the queue.
        previous = variants.catch(() => undefined);
        made.set(relativePath, { body, variants });
      }
    },
    take(relativePath, body) {
      const ahead = made.get(relativePath);
      if (!ahead?.body.equals(body)) return undefined;
      taken += 1;
      return ahead.variants;
    },
    get taken() {
      return taken;
    },
  };
}

/**
 * Writes a file's compressed copies beside it (those made ahead, if any were made from these bytes); says whether it
 * had any. The copies are written synchronously: libuv's four threads are busy compressing, and an asynchronous write
 * (open, write, close) queued behind them three times, so the compressing window stood idle. (With this and the reads
 * in post-build.ts made synchronous, and English marked from a tokenizer, the pass after Astro over a 1,000-entry
 * directory took 57 s instead of 84 s.)
 */
export async function writeCompressed(file: BuiltFile, body: Buffer, ahead?: CompressedAhead): Promise<boolean> {
  const variants = await (ahead?.take(file.relativePath, body) ?? compressedVariants(file.relativePath, body));
  for (const [extension, bytes] of Object.entries(variants)) writeFileSync(`${file.path}${extension}`, bytes);
  return Object.keys(variants).length > 0;
}

/**
 * Runs tasks a few at a time, in the order given: enough to keep every core compressing, few enough that a site of
 * tens of thousands of pages is never held in memory at once. (Hand-written: p-limit queues every task it is given,
 * with its buffer, rather than making the caller wait.)
 */
export function taskWindow(size = 2 * availableParallelism()) {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const throwIfFailed = () => {
    if (failure) throw failure.error;
  };
  return {
    /** Starts a task, first waiting for one to finish if `size` are running; throws once any task has failed. */
    async add(task: () => Promise<unknown>): Promise<void> {
      while (running.size >= size) await Promise.race(running);
      throwIfFailed();
      const started: Promise<void> = task()
        .then(
          () => undefined,
          (error: unknown) => {
            failure ??= { error };
          },
        )
        .finally(() => running.delete(started));
      running.add(started);
    },
    /** Waits for every task; throws the first failure. */
    async done(): Promise<void> {
      await Promise.all(running);
      throwIfFailed();
    },
  };
}

/** Writes the compressed copies of every file under `root`, except those `skip` names; returns how many were compressed. */
export async function precompressDirectory(
  root: string,
  skip: (file: BuiltFile) => boolean = () => false,
  ahead?: CompressedAhead,
): Promise<number> {
  let count = 0;
  const window = taskWindow();
  for (const file of await builtFiles(root)) {
    if (skip(file)) continue;
    await window.add(async () => {
      if (await writeCompressed(file, readFileSync(file.path), ahead)) count += 1;
    });
  }
  await window.done();
  return count;
}
