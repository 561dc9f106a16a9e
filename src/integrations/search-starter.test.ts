import { gzipSync } from 'node:zlib';
import { encode } from 'cbor-x';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../tests/support/temporary-folder.ts';
import { readPagefindMetadata, searchStarterValues, withSearchStarter } from './search-starter.ts';

const entry = JSON.stringify({
  version: '1.6.0',
  languages: {
    'en-gb': { hash: 'en-gb_2cda596', wasm: 'en-gb', page_count: 2 },
    'zh-hans': { hash: 'zh-hans_8beeea5', wasm: null, page_count: 2 },
  },
});

/** A metadata file laid out as Pagefind 1.x writes it: gzip of a signature and CBOR. */
const metadata = (chunks: string[][], filters: string[][]) =>
  gzipSync(
    Buffer.concat([
      Buffer.from('pagefind_dcd'),
      encode(['1.6.0', [['en-gb_5c7fc28', 243, '']], chunks, filters, [], ['title']]),
    ]),
  );

describe('the search starter', () => {
  const root = temporaryFolder('search-starter', {
    'pagefind/pagefind-entry.json': entry,
    'pagefind/pagefind.en-gb_2cda596.pf_meta': metadata(
      [
        ['0', 'ask', 'en-gb_2a7e8e5'],
        ['asks', 'r&d"', 'en-gb_665f48d'],
      ],
      [
        ['audience', 'en-gb_82b8329'],
        ['need', 'en-gb_8310f84'],
      ],
    ),
    'pagefind/pagefind.zh-hans_8beeea5.pf_meta': metadata([['短期', '照顾', 'zh-hans_1a2b3c4']], []),
  });

  it('lists, for each language, the tag of the index and the files any search needs', async () => {
    const values = await searchStarterValues(root);
    expect([...values.keys()]).toEqual(['en-gb', 'zh-hans']);
    const [tag, ...files] = (values.get('en-gb')?.files ?? '').split(' ');
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(files).toEqual([
      '/pagefind/pagefind-worker.js',
      `/pagefind/pagefind-entry.json?ts=${tag}`,
      '/pagefind/wasm.en-gb.pagefind',
      '/pagefind/pagefind.en-gb_2cda596.pf_meta',
      '/pagefind/filter/en-gb_82b8329.pf_filter',
      '/pagefind/filter/en-gb_8310f84.pf_filter',
    ]);
    // No WebAssembly of its own: Pagefind loads the one for any language.
    expect(values.get('zh-hans')?.files).toContain('/pagefind/wasm.unknown.pagefind');
    expect(values.get('zh-hans')?.files).toContain('/pagefind/pagefind.zh-hans_8beeea5.pf_meta');
    expect(values.get('zh-hans')?.files).not.toContain('en-gb');
  });

  it('gives each language the words each chunk of its index holds, first and last, and the chunk’s name', async () => {
    const values = await searchStarterValues(root);
    expect(values.get('en-gb')?.index).toBe('0 ask en-gb_2a7e8e5 asks r&d" en-gb_665f48d');
    expect(values.get('zh-hans')?.index).toBe('短期 照顾 zh-hans_1a2b3c4');
  });

  it('stops the build when Pagefind’s metadata is not laid out as it reads it', () => {
    const changed = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(['2.0.0', { chunks: [] }])]));
    expect(() => readPagefindMetadata(changed)).toThrow(/has Pagefind changed its format/);
    expect(() => readPagefindMetadata(gzipSync('not pagefind'))).toThrow(/has Pagefind changed its format/);
  });

  const values = new Map([
    ['en-gb', { files: 'abc /pagefind/a', index: 'ask r&d" en-gb_1 s$&t zz en-gb_2' }],
    ['ar', { files: 'def /pagefind/b', index: 'ا ي ar_1' }],
  ]);
  const search =
    '<html lang="ar" dir="rtl"><head><script data-search-starter="" data-search-index="">go()</script></head></html>';

  it('fills the starter for the page’s language, and leaves other pages alone', () => {
    expect(withSearchStarter(search, values)).toContain(
      '<script data-search-starter="def /pagefind/b" data-search-index="ا ي ar_1">go()</script>',
    );
    const other = '<html lang="ar"><p>No search here</p></html>';
    expect(withSearchStarter(other, values)).toBe(other);
  });

  it('writes the index’s words as they are, escaped for the attribute', () => {
    const english = withSearchStarter(search.replace('lang="ar"', 'lang="en-GB"'), values);
    expect(english).toContain('data-search-starter="abc /pagefind/a"');
    expect(english).toContain('data-search-index="ask r&amp;d&quot; en-gb_1 s$&amp;t zz en-gb_2"');
  });

  it('refuses a search page in a language the index does not have', () => {
    const cy = '<html lang="cy"><script data-search-starter=""></script></html>';
    expect(() => withSearchStarter(cy, new Map([['en-gb', { files: 'abc', index: '' }]]))).toThrow(
      /"cy" has no search index/,
    );
  });
});
