import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/index.ts';
import { agesText, directoryStrings, facetLabels } from './directory-view.ts';

describe('directory strings for the browser', () => {
  it('carry every plural form, so a card says "25 de ani" and "5 ani" in Romanian', () => {
    const strings = directoryStrings(useTranslations('ro'), 'ro');
    expect(Object.keys(strings.ages).sort()).toEqual(['few', 'one', 'other']);
    expect(agesText(strings, 0, 25)).toBe('Vârste între 0 și 25 de ani');
    expect(agesText(strings, 0, 5)).toBe('Vârste între 0 și 5 ani');
    expect(agesText(strings, 18, undefined)).toBe('De la vârsta de 18 ani');
    expect(agesText(strings, undefined, undefined)).toBeUndefined();
  });

  it('say "do 1 roku" and "do 4 lat" in Polish, and keep one form in Chinese', () => {
    const polish = directoryStrings(useTranslations('pl'), 'pl');
    expect(agesText(polish, 0, 1)).toBe('Wiek od 0 do 1 roku');
    expect(agesText(polish, 0, 4)).toBe('Wiek od 0 do 4 lat');
    const chinese = directoryStrings(useTranslations('zh'), 'zh-Hans');
    expect(Object.keys(chinese.ages)).toEqual(['other']);
    expect(agesText(chinese, 0, 25)).toBe('0至25岁');
  });

  it("are worked out once for each language and shared, so no page can change another page's words", () => {
    const polish = directoryStrings(useTranslations('pl'), 'pl');
    expect(directoryStrings(useTranslations('pl'), 'pl')).toBe(polish);
    expect(directoryStrings(useTranslations('pt'), 'pt-PT').runBy).not.toBe(polish.runBy);
    expect(Object.isFrozen(polish)).toBe(true);
    const labels = facetLabels(useTranslations('ar'));
    expect(facetLabels(useTranslations('ar'))).toBe(labels);
    expect(facetLabels(useTranslations('en')).need.heading).not.toBe(labels.need.heading);
    expect(() => {
      labels.need.values.autism = 'changed';
    }).toThrow(TypeError);
  });
});
