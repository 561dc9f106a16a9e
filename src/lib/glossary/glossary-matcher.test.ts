import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher } from './glossary-matcher.ts';

const terms = [
  { id: 'ehc-plan', term: 'Education, Health and Care plan', aliases: ['EHC plan', 'EHCP'] },
  { id: 'autism', term: 'Autism', aliases: ['ASD', 'autistic'] },
  { id: 'sen', term: 'special educational needs', aliases: ['SEN'] },
  { id: 'sen-support', term: 'SEN Support', aliases: [] },
];
const find = createGlossaryMatcher(terms);
const ids = (text: string) => find(text).map((m) => m.id);

describe('glossary matcher', () => {
  it('finds terms and aliases as whole words', () => {
    expect(ids('Ask for an EHCP. Your autistic child may have an EHC plan.')).toEqual([
      'ehc-plan',
      'autism',
      'ehc-plan',
    ]);
  });

  it('prefers the longest phrase', () => {
    expect(ids('SEN Support comes first.')).toEqual(['sen-support']);
  });

  it('matches acronyms only in capitals, and other words in any case', () => {
    expect(ids('sen and Sen and asd')).toEqual([]);
    expect(ids('SEN and sen')).toEqual(['sen']);
    expect(ids('AUTISM and Autism and autism')).toEqual(['autism', 'autism', 'autism']);
    expect(ids('ASD')).toEqual(['autism']);
  });

  it('never matches inside a longer word', () => {
    expect(ids('Senior staff sent the ASDA receipt.')).toEqual([]);
  });

  it('skips excluded terms', () => {
    expect(find('EHCP and ASD', new Set(['ehc-plan'])).map((m) => m.id)).toEqual(['autism']);
  });

  it('returns ranges that cut the exact words out of any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('EHCP', 'autism', 'the', 'SEN', 'Support', 'x', ',', '.')), (words) => {
        const text = words.join(' ');
        for (const match of find(text)) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(match.start, match.end).trim()).toBe(text.slice(match.start, match.end));
        }
      }),
    );
  });
});
