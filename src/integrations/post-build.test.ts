import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cspHashesFile } from '../lib/build/csp-hashes-file.ts';
import { temporaryFolder } from '../../tests/support/temporary-folder.ts';
import { inlineHashes } from './csp-hashes.ts';
import { pagefindEngineFiles } from './pagefind-index.ts';
import { finishBuild, repeatedIds } from './post-build.ts';
import { compressedAhead } from './precompress.ts';

const page = (lang: string, dir: string, body: string) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><title>Contact</title></head><body><main>${body}</main></body></html>`;
// A site without a glossary: the real one adds hundreds of search results in every language, which is slow to index.
const noGlossary = { terms: [], synonyms: [] };
const inlineScript = '<script>document.documentElement.classList.add("js")</script>';
const searchStarter = '<script data-search-starter="" data-search-index="">start()</script>';

describe('the pass after the build', () => {
  const root = temporaryFolder('post-build', {
    'index.html': page('en-GB', 'ltr', `<h1>Contact</h1><p>Ring Plymouth City Council.</p>${inlineScript}`),
    'ar/contact/index.html': page('ar', 'rtl', '<h1>اتصل بنا</h1><p>اتصل بـ Plymouth City Council اليوم.</p>'),
    '_astro/site.css': 'body { margin: 0; }\n'.repeat(20),
    'ar/search/index.html': page('ar', 'rtl', `<h1>بحث</h1>${searchStarter}`),
    'feedback/thank-you/index.html': page('en-GB', 'ltr', '<h1>Thank you</h1>'),
  });

  it('finishes, hashes, indexes and compresses every page in one go', async () => {
    const summary = await finishBuild(root, noGlossary, new URL('https://send.example.org/'));
    expect(summary).toMatchObject({ pages: 4, changed: 1, indexed: 2, glossaryRecords: 0, languages: ['ar', 'en-gb'] });

    const arabic = readFileSync(`${root}/ar/contact/index.html`, 'utf8');
    expect(arabic).toContain('<span lang="en-GB" dir="ltr">Plymouth City Council</span>');
    expect(readFileSync(`${root}/index.html`, 'utf8')).not.toContain('<span lang="en-GB"');

    const hashes = JSON.parse(readFileSync(`${root}/${cspHashesFile}`, 'utf8')) as unknown;
    // The starter's hash is of its code, which filling its attribute leaves alone.
    const scripts = [...inlineHashes(inlineScript).scripts, ...inlineHashes(searchStarter).scripts].sort();
    expect(hashes).toEqual({ scripts, styles: [] });

    // The copies are of the finished page, not of what Astro wrote.
    expect(brotliDecompressSync(readFileSync(`${root}/ar/contact/index.html.br`)).toString()).toBe(arabic);
    // The sitemap lists the pages but the thank-you page, and is compressed with the rest.
    const sitemap = readFileSync(`${root}/sitemap-0.xml`, 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://send.example.org/',
      'https://send.example.org/ar/contact/',
      'https://send.example.org/ar/search/',
    ]);
    for (const file of [
      'index.html',
      '_astro/site.css',
      cspHashesFile,
      'pagefind/pagefind-entry.json',
      'sitemap-0.xml',
    ]) {
      expect([existsSync(`${root}/${file}.br`), existsSync(`${root}/${file}.gz`)], file).toEqual([true, true]);
    }
    expect(summary.compressed).toBeGreaterThan(6);
  });

  it('tells the search page the files of the index it has just written, in its language, and compresses that', () => {
    const search = readFileSync(`${root}/ar/search/index.html`, 'utf8');
    const [, value = ''] = /data-search-starter="([^"]+)"/.exec(search) ?? [];
    const [tag, ...files] = value.split(' ');
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(files).toContain(`/pagefind/pagefind-entry.json?ts=${tag}`);
    expect(files.some((file) => /^\/pagefind\/pagefind\.ar_\w+\.pf_meta$/.test(file))).toBe(true);
    for (const file of files) expect(existsSync(`${root}${file.replace(/\?.*/, '')}`), file).toBe(true);
    // The word index's chunks, each as its first word, its last and its name: the page fetches the ones it needs.
    const [, index = ''] = /data-search-index="([^"]+)"/.exec(search) ?? [];
    const words = index.split(' ');
    expect(words.length % 3).toBe(0);
    for (let at = 0; at < words.length; at += 3) {
      const [from = '', to = '', chunk = ''] = words.slice(at, at + 3);
      expect(from <= to, `${from} to ${to}`).toBe(true);
      expect(existsSync(`${root}/pagefind/index/${chunk}.pf_index`), chunk).toBe(true);
    }
    expect(brotliDecompressSync(readFileSync(`${root}/ar/search/index.html.br`)).toString()).toBe(search);
  });
});

describe('Pagefind’s engine, compressed while Astro builds', () => {
  const root = temporaryFolder('post-build-ahead', {
    'index.html': page('en-GB', 'ltr', '<h1>Contact</h1><p>Ring Plymouth City Council.</p>'),
    'ar/contact/index.html': page('ar', 'rtl', '<h1>اتصل بنا</h1><p>اتصل بنا اليوم.</p>'),
  });

  it('is what the build writes, byte for byte, so its copies made ahead are the ones used', async () => {
    const engine = await pagefindEngineFiles();
    expect([...engine.keys()]).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'wasm.en-gb.pagefind', 'wasm.ar.pagefind']),
    );
    const ahead = compressedAhead();
    ahead.add(new Map([...engine].map(([name, body]) => [`pagefind/${name}`, body])));

    const summary = await finishBuild(root, noGlossary, undefined, ahead);
    const written = readdirSync(`${root}/pagefind`).filter((name) => engine.has(name));
    expect(written).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en-gb.pagefind', 'wasm.ar.pagefind']));
    expect(summary.compressedAhead).toBe(written.length);
    for (const name of written) {
      const body = readFileSync(`${root}/pagefind/${name}`);
      expect(body.equals(engine.get(name) ?? Buffer.alloc(0)), name).toBe(true);
      const unpacked = brotliDecompressSync(readFileSync(`${root}/pagefind/${name}.br`));
      expect(unpacked.equals(name.endsWith('.pagefind') ? gunzipSync(body) : body), name).toBe(true);
    }
  });
});

describe('ids given twice on a page', () => {
  it('are found, each once, whatever the order of attributes', () => {
    const html =
      '<h2 id="report-a-problem">Report a problem</h2><p data-id="x"></p>' +
      '<details class="feedback__details" id="report-a-problem"></details><h2 id="help">Help</h2><a id="help"></a>' +
      '<span id="help"></span>';
    expect(repeatedIds(html)).toEqual(['report-a-problem', 'help']);
    expect(repeatedIds('<h2 id="a">A</h2><h2 id="b">B</h2><p data-id="a"></p>')).toEqual([]);
  });

  const clashing = temporaryFolder('post-build-clash', {
    'contact/index.html': page(
      'en-GB',
      'ltr',
      '<h2 id="report-a-problem">Report a problem</h2><details id="report-a-problem"></details>',
    ),
  });

  it('stop the build, naming the page and the id', async () => {
    await expect(finishBuild(clashing, noGlossary)).rejects.toThrow(/\/contact\/: #report-a-problem/);
  });
});
