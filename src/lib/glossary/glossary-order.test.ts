import { describe, expect, it } from 'vitest';
import { groupByInitial } from './glossary-order.ts';

const named = (...names: string[]) => names.map((name) => ({ name }));
const summary = (groups: ReturnType<typeof groupByInitial>) =>
  groups.map((g) => [g.initial, g.terms.map((t) => t.name)]);

describe('glossary order', () => {
  it("sorts and groups by the language's alphabet: Polish Ł after L, not inside it", () => {
    expect(
      summary(groupByInitial(named('łatwy tekst', 'logopeda', 'autyzm', 'Ocena', 'środki', 'szkoła'), 'pl')),
    ).toEqual([
      ['A', ['autyzm']],
      ['L', ['logopeda']],
      ['Ł', ['łatwy tekst']],
      ['O', ['Ocena']],
      ['S', ['szkoła']],
      ['Ś', ['środki']],
    ]);
  });

  it('puts accented and plain letters under one heading where the language counts them as one', () => {
    expect(summary(groupByInitial(named('Escola', 'Équipa', 'apoio'), 'pt-PT'))).toEqual([
      ['A', ['apoio']],
      ['E', ['Équipa', 'Escola']],
    ]);
  });

  it('files Arabic terms under the letter after the article', () => {
    const groups = groupByInitial(named('التوحد', 'خطة', 'الدعم'), 'ar');
    expect(groups.map((g) => g.initial)).toEqual(['ت', 'خ', 'د']);
  });

  it('gives Chinese one group, in pinyin order', () => {
    const groups = groupByInitial(named('自闭症', '阅读障碍', '护理'), 'zh-Hans');
    expect(summary(groups)).toEqual([['', ['护理', '阅读障碍', '自闭症']]]);
  });
});
