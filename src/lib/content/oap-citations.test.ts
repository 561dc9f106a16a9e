import { describe, expect, it } from 'vitest';
import { citations } from './oap-citations.ts';

const eef = { title: 'EEF guidance', url: 'https://example.org/eef', where: 'recommendation 1' };
const code = { title: 'Code of Practice', url: 'https://example.org/code', where: 'paragraph 6.37' };

describe('citations', () => {
  it('lists each document once, numbered in the order the examples first cite it', () => {
    const { documents } = citations([
      { source: code },
      { source: eef },
      { source: { ...code, where: 'paragraph 6.57' } },
    ]);
    expect(documents).toEqual([
      { number: 1, title: 'Code of Practice', url: 'https://example.org/code' },
      { number: 2, title: 'EEF guidance', url: 'https://example.org/eef' },
    ]);
  });

  it('treats two sources with the same address as one document, keeping the first title', () => {
    const { documents, numberOf } = citations([{ source: eef }, { source: { ...eef, title: 'The EEF report' } }]);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.title).toBe('EEF guidance');
    expect(numberOf({ url: eef.url })).toBe(1);
  });

  it("gives each example its document's number", () => {
    const examples = [{ source: eef }, { source: code }, { source: eef }];
    const { numberOf } = citations(examples);
    expect(examples.map((e) => numberOf(e.source))).toEqual([1, 2, 1]);
  });

  it('refuses a source the examples do not cite, rather than print a wrong number', () => {
    const { numberOf } = citations([{ source: eef }]);
    expect(() => numberOf({ url: 'https://example.org/other' })).toThrow(/not cited/);
  });

  it('has no documents for no examples', () => {
    expect(citations([]).documents).toEqual([]);
  });
});
