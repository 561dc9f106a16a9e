import { describe, expect, it } from 'vitest';
import { choosePlural, pluralFormsOf } from './plural.ts';
import { uiStrings } from './index.ts';
import { useTranslations } from './index.ts';

describe('plural forms', () => {
  const polish = {
    other: '{{count}} minuty',
    one: '{{count}} minutę',
    few: '{{count}} minuty',
    many: '{{count}} minut',
  };

  it('picks the form the language needs for the number', () => {
    expect(choosePlural(polish, 'pl', 1)).toBe('{{count}} minutę');
    expect(choosePlural(polish, 'pl', 3)).toBe('{{count}} minuty');
    expect(choosePlural(polish, 'pl', 5)).toBe('{{count}} minut');
    expect(choosePlural(polish, 'pl', 22)).toBe('{{count}} minuty');
  });

  it('falls back to `other` for a form the strings leave out', () => {
    expect(choosePlural({ other: 'x' }, 'ar', 2)).toBe('x');
  });

  it("collects a key's forms from a section, and says when there are none", () => {
    expect(pluralFormsOf({ wait_one: 'a', wait_other: 'b', waiting: 'c' }, 'wait')).toEqual({ one: 'a', other: 'b' });
    expect(() => pluralFormsOf({ wait: 'a' }, 'wait')).toThrow(/wait_other/);
  });

  it('says "1 minute" and "2 minutes" in English, and each Polish form where Polish needs it', () => {
    const english = pluralFormsOf(uiStrings.en.feedback, 'tooManyText');
    expect(choosePlural(english, 'en-GB', 1)).toBe('Please wait {{count}} minute, then try again.');
    expect(choosePlural(english, 'en-GB', 2)).toBe('Please wait {{count}} minutes, then try again.');
    const t = useTranslations('pl');
    expect(t('feedback.tooManyText', { count: 1 })).toContain('1 minutę');
    expect(t('feedback.tooManyText', { count: 3 })).toContain('3 minuty');
    expect(t('feedback.tooManyText', { count: 10 })).toContain('10 minut,');
  });

  it('says "de ani" in Romanian for 20 and over, and "ani" below', () => {
    const t = useTranslations('ro');
    expect(t('directory.ages', { min: 0, max: 25, count: 25 })).toMatch(/0 și 25 de ani/);
    expect(t('directory.ages', { min: 0, max: 5, count: 5 })).toMatch(/0 și 5 ani/);
    expect(t('directory.agesTo', { max: 1, count: 1 })).toMatch(/1 an\b/);
  });
});
