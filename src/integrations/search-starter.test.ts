import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../tests/support/temporary-folder.ts';
import { searchStarterValues, withSearchStarter } from './search-starter.ts';

const entry = JSON.stringify({
  version: '1.6.0',
  languages: {
    'en-gb': { hash: 'en-gb_2cda596', wasm: 'en-gb', page_count: 2 },
    'zh-hans': { hash: 'zh-hans_8beeea5', wasm: null, page_count: 2 },
  },
});

describe('the search starter', () => {
  const root = temporaryFolder('search-starter', {
    'pagefind/pagefind-entry.json': entry,
  });

  it('lists, for each language, the tag of the index and the files Pagefind needs before it can search', async () => {
    const values = await searchStarterValues(root);
    expect([...values.keys()]).toEqual(['en-gb', 'zh-hans']);
    const [tag, ...files] = (values.get('en-gb') ?? '').split(' ');
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(files).toEqual([
      '/pagefind/pagefind-worker.js',
      `/pagefind/pagefind-entry.json?ts=${tag}`,
      '/pagefind/wasm.en-gb.pagefind',
      '/pagefind/pagefind.en-gb_2cda596.pf_meta',
    ]);
    // No WebAssembly of its own: Pagefind loads the one for any language.
    expect(values.get('zh-hans')).toContain('/pagefind/wasm.unknown.pagefind');
    expect(values.get('zh-hans')).toContain('/pagefind/pagefind.zh-hans_8beeea5.pf_meta');
    expect(values.get('zh-hans')).not.toContain('en-gb');
  });

  it('fills the starter for the page’s language, and leaves other pages alone', () => {
    const values = new Map([
      ['en-gb', 'abc /pagefind/a'],
      ['ar', 'def /pagefind/b'],
    ]);
    const search = '<html lang="ar" dir="rtl"><head><script data-search-starter="">go()</script></head></html>';
    expect(withSearchStarter(search, values)).toContain('<script data-search-starter="def /pagefind/b">go()</script>');
    const english = search.replace('lang="ar"', 'lang="en-GB"');
    expect(withSearchStarter(english, values)).toContain('data-search-starter="abc /pagefind/a"');
    const other = '<html lang="ar"><p>No search here</p></html>';
    expect(withSearchStarter(other, values)).toBe(other);
  });

  it('refuses a search page in a language the index does not have', () => {
    const search = '<html lang="cy"><script data-search-starter=""></script></html>';
    expect(() => withSearchStarter(search, new Map([['en-gb', 'abc']]))).toThrow(/"cy" has no search index/);
  });
});
