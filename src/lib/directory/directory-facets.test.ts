import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  facetKeys,
  facets,
  isStale,
  maskOf,
  matches,
  paginate,
  parseQuery,
  summaryOf,
  toQuery,
  valuesOf,
  type Selection,
} from './directory-facets.ts';
import { pack, unpack } from './directory-index.ts';

const entry = (values: Partial<Parameters<typeof maskOf>[0]> = {}) =>
  maskOf({ need: [], stage: [], audience: ['parents'], kind: 'service', ...values });

const selection = fc.record(
  Object.fromEntries(facetKeys.map((key) => [key, fc.subarray([...facets[key]])])) as Record<
    keyof typeof facets,
    fc.Arbitrary<string[]>
  >,
  { requiredKeys: [] },
);

describe('directory facets', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    const primaryTraining = entry({ stage: ['primary'], kind: 'training' });
    expect(matches(primaryTraining, { stage: ['primary', 'secondary'] })).toBe(true);
    expect(matches(primaryTraining, { stage: ['secondary'] })).toBe(false);
    expect(matches(primaryTraining, { stage: ['primary'], kind: ['service'] })).toBe(false);
    expect(matches(primaryTraining, { stage: ['primary'], kind: ['training', 'service'] })).toBe(true);
    expect(matches(primaryTraining, {})).toBe(true);
  });

  it('treats an entry with no need, stage or audience as for all of them, but never guesses a level', () => {
    const general = maskOf({ need: [], stage: [], audience: [], kind: 'resource' });
    for (const value of facets.need) expect(matches(general, { need: [value] })).toBe(true);
    for (const value of facets.audience) expect(matches(general, { audience: [value] })).toBe(true);
    expect(matches(general, { level: ['universal'] })).toBe(false);
    expect(valuesOf(entry({ level: 'targeted' }), 'level')).toEqual(['targeted']);
  });

  it('counts what each value would show alongside the other facets’ choices', () => {
    const masks = [
      entry({ stage: ['primary'], kind: 'training' }),
      entry({ stage: ['primary'], kind: 'service' }),
      entry({ stage: ['secondary'], kind: 'service' }),
    ];
    const counts = facetCounts(masks, { kind: ['service'], stage: ['primary'] });
    expect(counts.stage).toMatchObject({ primary: 1, secondary: 1, 'early-years': 0 });
    expect(counts.kind).toMatchObject({ service: 1, training: 1, resource: 0 });
  });

  it('agrees with a plain count for any selection (property)', () => {
    const anyEntry = fc.record({
      need: fc.subarray([...facets.need]),
      stage: fc.subarray([...facets.stage]),
      level: fc.option(fc.constantFrom(...facets.level), { nil: undefined }),
      audience: fc.subarray([...facets.audience]),
      kind: fc.constantFrom(...facets.kind),
    });
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 30 }), selection, (entries, chosen: Selection) => {
        const masks = entries.map(maskOf);
        const counts = facetCounts(masks, chosen);
        for (const key of facetKeys) {
          for (const value of facets[key]) {
            const expected = masks.filter((m) => matches(m, { ...chosen, [key]: [value] })).length;
            expect(counts[key][value]).toBe(expected);
          }
        }
      }),
    );
  });

  it('writes any selection into the address and reads it back (property)', () => {
    fc.assert(
      fc.property(selection, fc.integer({ min: 1, max: 500 }), fc.string(), (chosen: Selection, page, text) => {
        const parsed = parseQuery(toQuery(chosen, page, text.trim()));
        for (const key of facetKeys)
          expect(parsed.selection[key] ?? []).toEqual(facets[key].filter((v) => chosen[key]?.includes(v)));
        expect(parsed.page).toBe(page);
        expect(parsed.text).toBe(text.trim());
      }),
    );
    expect(parseQuery('?need=made-up,sensory-and-physical&page=-3&kind=').selection).toEqual({
      need: ['sensory-and-physical'],
    });
    expect(parseQuery('?page=-3').page).toBe(1);
    expect(toQuery({})).toBe('');
  });

  it('pages a list, clamping pages past either end', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(paginate(items, 1, 20)).toMatchObject({ page: 1, pages: 3, from: 1, to: 20 });
    expect(paginate(items, 3, 20)).toMatchObject({ page: 3, from: 41, to: 45, items: [40, 41, 42, 43, 44] });
    expect(paginate(items, 9, 20).page).toBe(3);
    expect(paginate([], 1, 20)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0, items: [] });
  });

  it('summarises with the first sentence, cut at a word', () => {
    expect(summaryOf('PIAS gives free advice. It helps parents.')).toBe('PIAS gives free advice.');
    const long = summaryOf(`${'word '.repeat(60)}end.`, 40);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('calls a check stale only when it is more than 12 months old', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(isStale(new Date('2025-11-24'), now)).toBe(false);
    expect(isStale(new Date('2025-11-22'), now)).toBe(true);
  });

  it('packs list items into arrays and back without loss', () => {
    const item = {
      id: 'a',
      name: 'N',
      org: 'O',
      mask: 5,
      minAge: 0,
      maxAge: undefined,
      checked: '2024-12-09',
      summary: 'S.',
    };
    expect(unpack(pack(item))).toEqual(item);
  });
});
