/**
 * The build's compressed copies (src/integrations/precompress.ts), which the server and static hosts send instead of
 * the file: each must unpack to exactly the file beside it, or a reader gets an old or broken page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/lib/build/built-files.ts';
import { distDir } from '../site-pages.ts';

const text = /\.(html|css|js|json|svg|xml|txt)$/;
const pagefindGzipped = /\.(pf_meta|pf_index|pf_filter)$|^wasm\.[\w-]+\.pagefind$/;

describe('compressed copies in the build', async () => {
  const files = (await builtFiles(distDir)).filter((file) => !/\.(br|gz)$/.test(file.name));

  it('gives every text file a .br and a .gz that unpack to the file itself', () => {
    const textFiles = files.filter((file) => text.test(file.name));
    expect(textFiles.length).toBeGreaterThan(1000);
    const wrong = textFiles.filter((file) => {
      const body = readFileSync(file.path);
      if (!existsSync(`${file.path}.br`) || !existsSync(`${file.path}.gz`)) return true;
      return (
        !brotliDecompressSync(readFileSync(`${file.path}.br`)).equals(body) ||
        !gunzipSync(readFileSync(`${file.path}.gz`)).equals(body)
      );
    });
    expect(wrong.map((file) => file.relativePath)).toEqual([]);
  });

  it('gives every gzipped Pagefind file a .br of what is inside it', () => {
    const indexFiles = files.filter((file) => pagefindGzipped.test(file.name));
    expect(indexFiles.length).toBeGreaterThan(50);
    const wrong = indexFiles.filter(
      (file) =>
        !existsSync(`${file.path}.br`) ||
        !brotliDecompressSync(readFileSync(`${file.path}.br`)).equals(gunzipSync(readFileSync(file.path))),
    );
    expect(wrong.map((file) => file.relativePath)).toEqual([]);
  });

  it('leaves Pagefind’s fragments, one for each page, as Pagefind wrote them', () => {
    const fragments = files.filter((file) => file.name.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(100);
    expect(fragments.filter((file) => existsSync(`${file.path}.br`)).map((file) => file.relativePath)).toEqual([]);
  });
});
