import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder, writeFiles } from '../../tests/support/temporary-folder.ts';
import { createSearchIndexer, gatherPagefindOutputs, pagefindLanguage } from './pagefind-index.ts';

const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** Pages in four languages, one of them English kept under a Polish address (a page not yet translated). */
const pages: [string, string][] = [
  ['/', page('en-GB', 'Short breaks', 'Short breaks give parents and carers a rest from caring.')],
  ['/contact/', page('en-GB', 'Contact', 'Ring Plymouth City Council about support for your child.')],
  ['/pl/krotkie-przerwy/', page('pl', 'Krótkie przerwy', 'Krótkie przerwy (short breaks) dają rodzicom odpoczynek.')],
  ['/pl/contact/', page('en-GB', 'Contact', 'This page is not yet in Polish: ring Plymouth City Council.')],
  ['/ar/contact/', page('ar', 'اتصل بنا', 'اتصل بـ Plymouth City Council بشأن دعم طفلك.')],
  ['/zh/contact/', page('zh-Hans', '联系我们', '请致电 Plymouth City Council 询问对孩子的支持。')],
];
const noGlossary = { terms: [], synonyms: [] };

/** Every file of the index in `root`, by its path, with its bytes. */
function indexFiles(root: string): Map<string, Buffer> {
  const folder = join(root, 'pagefind');
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(folder.length + 1), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

async function writeIndex(root: string, processes: number) {
  const indexer = await createSearchIndexer(noGlossary, processes);
  try {
    for (const [url, html] of pages) await indexer.addPage(url, html);
    return await indexer.write(root);
  } finally {
    await indexer.close();
  }
}

describe('a search index written by several Pagefind processes', () => {
  const one = temporaryFolder('pagefind-one');
  const two = temporaryFolder('pagefind-two');
  const three = temporaryFolder('pagefind-three');

  it('is byte for byte the index one process writes, every language in it, nothing left beside it', async () => {
    const summary = await writeIndex(one, 1);
    expect(summary).toEqual({ pages: 6, glossaryRecords: 0, languages: ['ar', 'en-gb', 'pl', 'zh-hans'] });
    const expected = indexFiles(one);
    expect([...expected.keys()]).toEqual(expect.arrayContaining(['pagefind-entry.json', 'pagefind.js']));
    for (const [root, processes] of [
      [two, 2],
      [three, 3],
    ] as const) {
      expect(await writeIndex(root, processes)).toEqual(summary);
      const files = indexFiles(root);
      expect([...files.keys()]).toEqual([...expected.keys()]);
      for (const [name, body] of files) expect(body.equals(expected.get(name) ?? Buffer.alloc(0)), name).toBe(true);
      // The processes' own folders are gone, so they are never published.
      expect(readdirSync(root)).toEqual(['pagefind']);
    }
  });
});

describe('gathering Pagefind processes’ folders', () => {
  const root = temporaryFolder('pagefind-gather');
  const entry = (languages: Record<string, unknown>) =>
    JSON.stringify({ version: '1.6.0', languages, include_characters: ['_'] });

  it('stops when two processes indexed the same language, as one index would hide the other', async () => {
    writeFiles(root, {
      'a/pagefind-entry.json': entry({ 'en-gb': { hash: 'en-gb_1', wasm: 'en-gb', page_count: 1 } }),
      'b/pagefind-entry.json': entry({ 'en-gb': { hash: 'en-gb_2', wasm: 'en-gb', page_count: 1 } }),
    });
    await expect(gatherPagefindOutputs([join(root, 'a'), join(root, 'b')], join(root, 'out'))).rejects.toThrow(
      /both indexed pages in en-gb/,
    );
  });

  it('stops when the files every process writes differ, as from two versions of Pagefind', async () => {
    writeFiles(root, {
      'c/pagefind-entry.json': entry({ pl: { hash: 'pl_1', wasm: 'pl', page_count: 1 } }),
      'c/pagefind.js': 'one version',
      'd/pagefind-entry.json': entry({ ar: { hash: 'ar_1', wasm: 'ar', page_count: 1 } }),
      'd/pagefind.js': 'another version',
    });
    await expect(gatherPagefindOutputs([join(root, 'c'), join(root, 'd')], join(root, 'out2'))).rejects.toThrow(
      /wrote pagefind\.js differently/,
    );
  });
});

describe('the language Pagefind files a page under', () => {
  it('is its <html lang>, in lower case, whatever the address says', () => {
    expect(pagefindLanguage(page('zh-Hans', 'a', 'b'))).toBe('zh-hans');
    expect(pagefindLanguage('<html dir="rtl" lang="ar"><head>')).toBe('ar');
    expect(pagefindLanguage('<html data-lang="pl"><head>')).toBe('unknown');
  });
});
