import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  brotliQuality,
  compressedAhead,
  compressedVariants,
  precompressDirectory,
  taskWindow,
  windowBitsFor,
} from './precompress.ts';

const pagefindBody = Buffer.from(
  `pagefind_dcd${JSON.stringify({ url: '/short-breaks/', content: 'Short breaks '.repeat(50) })}`,
);

describe('compressed copies of built files', () => {
  it('gives text files a .br and a .gz of the same bytes', async () => {
    const css = Buffer.from('body { color: #0b0c0c; }\n'.repeat(20));
    const variants = await compressedVariants('_astro/site.abc123.css', css);
    expect(Object.keys(variants).sort()).toEqual(['.br', '.gz']);
    expect(brotliDecompressSync(variants['.br'] ?? Buffer.alloc(0))).toEqual(css);
    expect(gunzipSync(variants['.gz'] ?? Buffer.alloc(0))).toEqual(css);
  });

  it.each([
    'pagefind/index/en-gb_2cbb946.pf_index',
    'pagefind/filter/en-gb_88156f6.pf_filter',
    'pagefind/pagefind.en-gb_b45.pf_meta',
    'pagefind/wasm.en-gb.pagefind',
  ])('gives Pagefind’s gzipped %s only a .br of what is inside, signature first, and smaller', async (name) => {
    const gzipped = gzipSync(pagefindBody, { level: 9 });
    const variants = await compressedVariants(name, gzipped);
    expect(Object.keys(variants)).toEqual(['.br']);
    const unpacked = brotliDecompressSync(variants['.br'] ?? Buffer.alloc(0));
    expect(unpacked).toEqual(pagefindBody);
    expect(unpacked.subarray(0, 12).toString()).toBe('pagefind_dcd');
    expect(variants['.br']?.length).toBeLessThan(gzipped.length);
  });

  it('leaves Pagefind’s fragments as Pagefind wrote them: one a page, and a copy saves a few bytes of each', async () => {
    expect(await compressedVariants('pagefind/fragment/en-gb_80f2fdb.pf_fragment', gzipSync(pagefindBody))).toEqual({});
  });

  it('refuses a Pagefind file that is not what Pagefind writes, rather than serving something it cannot read', async () => {
    await expect(compressedVariants('pagefind/index/en-gb_1.pf_index', gzipSync('{"url":"/"}'))).rejects.toThrow(
      /signature is missing/,
    );
    await expect(compressedVariants('pagefind/index/en-gb_1.pf_index', pagefindBody)).rejects.toThrow();
  });

  it.each([
    ['_astro/SiteSearch.Dx3k.js', 11],
    ['_astro/site.abc123.css', 11],
    ['pagefind/pagefind.js', 11],
    ['pagefind/wasm.en-gb.pagefind', 11],
    ['pagefind/pagefind.en-gb_b45.pf_meta', 11],
    ['directory/entries.json', 11],
    ['pl/directory/entries.json', 11],
    ['index.html', 6],
    ['pl/short-breaks/index.html', 6],
    ['directory/entries/0144b0c9-cf53-4a23-909b-8fa735bb8736.json', 6],
    ['pagefind/index/en-gb_2cbb946.pf_index', 6],
    ['sitemap-0.xml', 6],
  ])(
    'packs %s with brotli quality %i: the highest for files many pages share, a fast one for each page’s own',
    async (path, quality) => {
      expect(brotliQuality(path)).toBe(quality);
      const body = Buffer.from(
        `<p>${'Short breaks give disabled children and their families time apart. '.repeat(40)}</p>`,
      );
      const packed =
        path.endsWith('.pagefind') || path.includes('.pf_')
          ? gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), body]))
          : body;
      const inner = packed === body ? body : gunzipSync(packed);
      const { '.br': br } = await compressedVariants(path, packed);
      expect(br).toEqual(
        brotliCompressSync(inner, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: inner.length,
            [constants.BROTLI_PARAM_LGWIN]: windowBitsFor(inner.length, 10, 24),
          },
        }),
      );
    },
  );

  it('fits the window to the file: the smallest that holds it, within what each format allows', () => {
    expect(windowBitsFor(20_000, 10, 24)).toBe(15);
    expect(windowBitsFor(32_768, 10, 24)).toBe(16);
    expect(windowBitsFor(100, 10, 24)).toBe(10);
    expect(windowBitsFor(100, 9, 15)).toBe(9);
    expect(windowBitsFor(50_000_000, 10, 24)).toBe(24);
    expect(windowBitsFor(50_000_000, 9, 15)).toBe(15);
  });

  it('packs a page with a window fitted to it, into no more bytes than the default window', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<li><a href="/directory/${i}/">Entry ${i * 7919}</a></li>`);
    const html = Buffer.from(`<!doctype html><ul>${rows.join('')}</ul>`);
    const { '.br': br = Buffer.alloc(0), '.gz': gz = Buffer.alloc(0) } = await compressedVariants('index.html', html);
    expect(brotliDecompressSync(br)).toEqual(html);
    expect(gunzipSync(gz)).toEqual(html);
    // The stream's first bits give its window: 1, then 3 bits for 18 to 24, else 3 more for 10 to 15 (RFC 7932 9.1).
    const first = br[0] ?? 0;
    const window =
      (first & 0b1) === 0 ? 16 : (first >> 1) & 0b111 ? 17 + ((first >> 1) & 0b111) : 8 + ((first >> 4) & 0b111);
    expect(2 ** window).toBeGreaterThan(html.length);
    expect(2 ** (window - 1)).toBeLessThanOrEqual(html.length);
    const quality = { [constants.BROTLI_PARAM_QUALITY]: 6 };
    expect(br.length).toBeLessThanOrEqual(brotliCompressSync(html, { params: quality }).length);
    expect(gz.length).toBeLessThanOrEqual(gzipSync(html, { level: 9 }).length);
  });

  it('uses copies made ahead only for a file with the very bytes they were made from', async () => {
    const script = Buffer.from('export const start = () => "search";\n'.repeat(30));
    const ahead = compressedAhead();
    ahead.add(new Map([['pagefind/pagefind.js', script]]));
    expect(ahead.take('pagefind/pagefind.js', Buffer.from('export const start = () => "other";'))).toBeUndefined();
    expect(ahead.take('pagefind/pagefind-worker.js', script)).toBeUndefined();
    expect(ahead.taken).toBe(0);
    expect(await ahead.take('pagefind/pagefind.js', Buffer.from(script))).toEqual(
      await compressedVariants('pagefind/pagefind.js', script),
    );
    expect(ahead.taken).toBe(1);
  });

  it('keeps compressing ahead after a file fails, and reports the failure where that file’s copies are taken', async () => {
    const ahead = compressedAhead();
    const notPagefind = gzipSync('{"url":"/"}');
    const css = Buffer.from('body { margin: 0; }\n'.repeat(20));
    ahead.add(
      new Map([
        ['pagefind/wasm.en-gb.pagefind', notPagefind],
        ['_astro/site.css', css],
      ]),
    );
    await expect(ahead.take('pagefind/wasm.en-gb.pagefind', notPagefind)).rejects.toThrow(/signature is missing/);
    expect(gunzipSync((await ahead.take('_astro/site.css', css))?.['.gz'] ?? Buffer.alloc(0))).toEqual(css);
  });

  it('leaves images and other binary files alone', async () => {
    expect(await compressedVariants('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toEqual({});
  });

  it('writes the copies beside every file in a directory tree', async () => {
    const root = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(root, 'pagefind', 'fragment'), { recursive: true });
    mkdirSync(join(root, 'pagefind', 'index'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(root, 'pagefind', 'fragment', 'en-gb_1.pf_fragment'), gzipSync(pagefindBody));
    writeFileSync(join(root, 'pagefind', 'index', 'en-gb_1.pf_index'), gzipSync(pagefindBody));
    expect(await precompressDirectory(root)).toBe(2);
    expect(readdirSync(root, { recursive: true }).map(String).sort()).toEqual([
      'index.html',
      'index.html.br',
      'index.html.gz',
      'pagefind',
      join('pagefind', 'fragment'),
      join('pagefind', 'fragment', 'en-gb_1.pf_fragment'),
      join('pagefind', 'index'),
      join('pagefind', 'index', 'en-gb_1.pf_index'),
      join('pagefind', 'index', 'en-gb_1.pf_index.br'),
    ]);
    expect(brotliDecompressSync(readFileSync(join(root, 'pagefind', 'index', 'en-gb_1.pf_index.br')))).toEqual(
      pagefindBody,
    );
  });

  it('leaves out the files it is told to skip', async () => {
    const root = mkdtempSync(join(tmpdir(), 'precompress-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(root, 'site.css'), 'body { margin: 0; }');
    expect(await precompressDirectory(root, (file) => file.name.endsWith('.html'))).toBe(1);
    expect(readdirSync(root).sort()).toEqual(['index.html', 'site.css', 'site.css.br', 'site.css.gz']);
  });
});

describe('a window of tasks', () => {
  it('runs no more than its size at once, and every task it is given', async () => {
    const window = taskWindow(3);
    let running = 0;
    let most = 0;
    let finished = 0;
    for (let i = 0; i < 20; i += 1) {
      await window.add(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1 + (i % 4)));
        running -= 1;
        finished += 1;
      });
    }
    await window.done();
    expect(finished).toBe(20);
    expect(most).toBe(3);
  });

  it('throws the first failure, and refuses new tasks after it', async () => {
    const window = taskWindow(2);
    const failLater = () =>
      new Promise((_, reject) =>
        setTimeout(() => {
          reject(new Error('disk full'));
        }, 5),
      );
    await window.add(failLater);
    await window.add(() => Promise.resolve());
    await expect(window.done()).rejects.toThrow('disk full');
    await expect(window.add(() => Promise.resolve())).rejects.toThrow('disk full');
  });
});
