import { describe, expect, it } from 'vitest';
import { localeCodes } from './locales.ts';
import { uiStrings, useTranslations } from './index.ts';

/** Every string of a language's UI by its dotted key, leaving out plural forms (`key_one`), which need a count. */
function plainStrings(strings: object, prefix = ''): [string, string][] {
  return Object.entries(strings).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'object' && value !== null) return plainStrings(value as object, `${prefix}${key}.`);
    if (typeof value !== 'string' || /_(zero|one|two|few|many|other)$/.test(key)) return [];
    return [[`${prefix}${key}`, value]];
  });
}

describe('translation functions', () => {
  it.each(localeCodes)('gives each %s string as written, asked once or again', (code) => {
    const t = useTranslations(code);
    const strings = plainStrings(uiStrings[code]).filter(([, value]) => !value.includes('{{'));
    expect(strings.length).toBeGreaterThan(100);
    for (const [key, value] of strings) {
      expect(t(key)).toBe(value);
      expect(useTranslations(code)(key)).toBe(value);
    }
  });

  it('keeps each language its own words though every language asks for the same keys', () => {
    expect(useTranslations('en')('site.name')).toBe(uiStrings.en.site.name);
    expect(useTranslations('pl')('site.name')).toBe(uiStrings.pl.site.name);
    expect(uiStrings.pl.site.name).not.toBe(uiStrings.en.site.name);
  });

  it('still fills values and picks plural forms after the same key was asked for without them', () => {
    const t = useTranslations('pl');
    expect(t('directory.filteredBy')).toContain('{{filter}}');
    expect(t('directory.filteredBy', { filter: 'Autyzm' })).toContain('Autyzm');
    expect(t('feedback.tooManyText', { count: 1 })).toContain('1 minutę');
    expect(t('feedback.tooManyText', { count: 10 })).toContain('10 minut,');
    expect(t('feedback.tooManyText', { count: 3 })).toContain('3 minuty');
  });
});
