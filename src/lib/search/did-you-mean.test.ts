import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSuggester, editDistance } from './did-you-mean.ts';
import { readGlossary } from '../glossary/glossary-data.ts';

const vocabulary = [
  ...readGlossary().flatMap((t) => [t.term, ...t.aliases]),
  'Waiting for speech and language therapy',
  'Short breaks for disabled children and their families',
];
const suggest = createSuggester(vocabulary);

describe('editDistance', () => {
  it('counts insertions, deletions, changes and swaps of neighbours', () => {
    expect(editDistance('autism', 'autism')).toBe(0);
    expect(editDistance('autisim', 'autism')).toBe(1);
    expect(editDistance('dislexia', 'dyslexia')).toBe(1);
    expect(editDistance('autsim', 'autism')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('createSuggester', () => {
  it.each([
    ['dislexia', 'Dyslexia'],
    ['autisim', 'Autism'],
    ['ehcp plan', 'EHC plan'],
    ['Dyspraxa', 'Dyspraxia'],
    ['paediatrican', 'paediatrician'],
    ['speach therapy', 'speech therapy'],
  ])('suggests a site word for "%s"', (query, expected) => {
    expect(suggest(query)?.toLowerCase()).toBe(expected.toLowerCase());
  });

  it.each([
    'autism',
    'EHCP',
    'respite',
    'short breaks',
    'my son',
    'what does SENCO mean',
    'waiting for speech therapy',
  ])('suggests nothing for "%s", which is spelt as the site spells it or too short to correct', (query) => {
    expect(suggest(query)).toBeUndefined();
  });
});
