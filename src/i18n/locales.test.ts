import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  englishContentLang,
  fallbackAttributes,
  getLocale,
  localeCodes,
  localizePath,
  locales,
  splitLocale,
} from './locales.ts';

const sitePath = fc
  .array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 })
  .filter((parts) => !localeCodes.includes(parts[0] as never))
  .map((parts) => (parts.length ? `/${parts.join('/')}/` : '/'));

describe('locales', () => {
  it('has English first, with Arabic right to left and Chinese as Simplified', () => {
    expect(locales[0]?.code).toBe('en');
    expect(getLocale('ar').dir).toBe('rtl');
    expect(getLocale('zh').lang).toBe('zh-Hans');
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it('gives English paths no prefix and other languages their code', () => {
    expect(localizePath('/contact/', 'en')).toBe('/contact/');
    expect(localizePath('/contact/', 'pl')).toBe('/pl/contact/');
    expect(localizePath('/', 'ar')).toBe('/ar/');
  });

  it('splits any localized path back into its language and English path', () => {
    fc.assert(
      fc.property(sitePath, fc.constantFrom(...localeCodes), (path, code) => {
        expect(splitLocale(localizePath(path, code))).toEqual({ code, path });
      }),
    );
  });

  it('marks English fallback text as English and left to right', () => {
    expect(fallbackAttributes(false)).toEqual({ lang: 'en-GB', dir: 'ltr' });
    expect(fallbackAttributes(true)).toEqual({});
  });

  it("marks English words on another language's page, and nothing on an English or translated one", () => {
    expect(englishContentLang(false)).toEqual({ lang: 'en-GB', dir: 'ltr' });
    expect(englishContentLang(true)).toBeUndefined();
  });
});
