import { describe, expect, it } from 'vitest';
import { excerptParts } from './search-excerpt.ts';

const identity = (text: string) => text;
const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const join = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('excerptParts', () => {
  it('shows the words around a match, marked', () => {
    const content = [...words(50), 'respite', ...words(50, 'v')].join(' ');
    const text = join(excerptParts(content, [50], 0, identity, 10));
    expect(text).toBe('w45 w46 w47 w48 w49 [respite] v0 v1 v2 v3');
  });

  it('never shows the synonyms added at index time, and falls back to the start of the page', () => {
    const content = [...words(20), 'short', 'break', 'respite'].join(' ');
    expect(join(excerptParts(content, [22], 3, identity, 5))).toBe('w0 w1 w2 w3 w4');
    expect(join(excerptParts(content, [3, 22], 3, identity, 5))).toBe('w0 w1 w2 [w3] w4');
  });

  it('prefers the densest part of the page', () => {
    const content = words(100).join(' ');
    const text = join(excerptParts(content, [3, 60, 62, 64], 0, identity, 10));
    expect(text).toContain('[w60]');
    expect(text).toContain('[w64]');
  });

  it('decodes the escaped text Pagefind stores', () => {
    const parts = excerptParts(
      'Carers&#39; rights &amp; breaks',
      [2],
      0,
      (t) => t.replace('&#39;', "'").replace('&amp;', '&'),
      10,
    );
    expect(join(parts)).toBe("Carers' rights [&] breaks");
  });
});
