import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { readGlossary, readGlossaryTranslation, withGlossaryTranslations } from '../../src/lib/glossary/glossary-data.ts';
import { readSearchSynonyms } from '../../src/lib/search/search-synonyms-data.ts';

const terms = readGlossary();
const codes = locales.map((l) => l.code).filter((code) => code !== 'en');

describe.each(codes)('the glossary in %s', (code) => {
  const translation = readGlossaryTranslation(code);

  it('gives every term its name and plain meaning in the language', () => {
    expect(translation).toBeDefined();
    const missing = terms.filter((term) => !translation?.terms[term.id]).map((term) => term.id);
    expect(missing).toEqual([]);
  });

  it('translates rather than copies: meanings differ from the English', () => {
    const copied = terms.filter((term) => translation?.terms[term.id]?.plain === term.plain).map((term) => term.id);
    expect(copied).toEqual([]);
  });

  it('keeps phone numbers exactly as the English meaning has them', () => {
    for (const term of terms) {
      for (const number of term.plain.match(/\b0\d{3,4} ?\d{3} ?\d{3,4}\b/g) ?? []) {
        expect(translation?.terms[term.id]?.plain, term.id).toContain(number);
      }
    }
  });

  it('gives search words in the language for every term, no word naming two terms', () => {
    const synonyms = withGlossaryTranslations(readSearchSynonyms(), terms, [code]);
    const without = terms.filter((term) => !synonyms.find((s) => s.id === term.id)?.[code]?.length);
    expect(without.map((term) => term.id)).toEqual([]);
    const owners = new Map<string, string[]>();
    for (const entry of synonyms) {
      for (const word of entry[code] ?? []) owners.set(word.toLowerCase(), [...(owners.get(word.toLowerCase()) ?? []), entry.id]);
    }
    const shared = [...owners].filter(([, ids]) => new Set(ids).size > 1);
    expect(shared).toEqual([]);
  });
});

describe('reading a translated glossary', () => {
  it('stops at an id the English glossary does not have', () => {
    const folder = new URL('./fixtures/glossary/', import.meta.url);
    expect(() => readGlossaryTranslation('pl', folder, terms)).toThrow(/no term in content\/glossary.yaml has the id not-a-term/);
  });
});
