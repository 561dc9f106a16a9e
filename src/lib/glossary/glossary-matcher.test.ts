import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../schemas/glossary.ts';
import { createGlossaryMatcher } from './glossary-matcher.ts';

const terms = [
  { id: 'ehc-plan', term: 'Education, Health and Care plan', aliases: ['EHC plan', 'EHCP'] },
  { id: 'autism', term: 'Autism', aliases: ['ASD', 'autistic'] },
  { id: 'sen', term: 'special educational needs', aliases: ['SEN'] },
  { id: 'sen-support', term: 'SEN Support', aliases: [] },
  { id: 'carers-assessment', term: "Carer's assessment", aliases: ['carers assessment'] },
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

  it('finds a phrase written with either apostrophe, the keyboard’s or the typographic one', () => {
    expect(ids("Ask for a carer’s assessment. A carer's assessment is free, and so is a carers assessment.")).toEqual([
      'carers-assessment',
      'carers-assessment',
      'carers-assessment',
    ]);
    const typographic = createGlossaryMatcher([{ id: 'cdt', term: 'Children’s Disability Team', aliases: [] }]);
    expect(typographic("Ring the Children's Disability Team.").map((m) => m.id)).toEqual(['cdt']);
    expect(ids('The carer‘s assessment')).toEqual([]);
    // A phrase may even start with one: the characters checked first hold both.
    const quoted = createGlossaryMatcher([{ id: 'tween', term: "'tween years", aliases: [] }]);
    expect(quoted("In the ’tween years, and the 'tween years.").map((m) => m.id)).toEqual(['tween', 'tween']);
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

  it('finds what a plain search of the same phrases finds, in any text', () => {
    // The matcher's pattern without its first-character check, which must only make it faster.
    const phrases = [...new Set(terms.flatMap(({ term, aliases }) => [term, ...aliases]))].sort(
      (a, b) => b.length - a.length,
    );
    const plain = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${phrases.map((p) => p.replace(/\s+/g, '\\s+').replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    const byKey = new Map(terms.flatMap(({ id, term, aliases }) => [term, ...aliases].map((p) => [matchKey(p), id])));
    const plainSearch = (text: string) =>
      [...text.matchAll(plain)].flatMap((m) => {
        const words = m[0].replace(/\s+/g, ' ').replace(/’/g, "'");
        const id = byKey.get(matchKey(words)) ?? byKey.get(words.toLowerCase());
        return id ? [{ start: m.index, end: m.index + m[0].length, id }] : [];
      });
    const pieces = [
      'EHCP',
      'ehcp',
      'EHC plan',
      'EHC\u00a0plan',
      'Education, Health and Care\nplan',
      'autism',
      'AUTISM',
      'autistic',
      'SEN',
      'Sen',
      'SEN Support',
      'sen  support',
      'special educational needs',
      "Carer's assessment",
      'carer’s assessment',
      'carers',
      "'",
      '’',
      'ſen',
      'x',
      'é',
      '1',
      ' ',
      ',',
      '(',
      '-',
      '\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        expect(find(text)).toEqual(plainSearch(text));
      }),
      { numRuns: 500 },
    );
  });
});
