import { describe, expect, it } from 'vitest';
import { ancestorSlugs, parseEntryId, pathOfSlug } from './slugs.ts';

describe('content ids and paths', () => {
  it.each([
    ['en/index', { code: 'en', slug: '', easyRead: false }, '/'],
    ['en/early-years', { code: 'en', slug: 'early-years', easyRead: false }, '/early-years/'],
    ['pl/contact', { code: 'pl', slug: 'contact', easyRead: false }, '/contact/'],
    ['en/easy-read/primary', { code: 'en', slug: 'primary', easyRead: true }, '/primary/easy-read/'],
    [
      'ar/ordinarily-available-provision/index',
      { code: 'ar', slug: 'ordinarily-available-provision', easyRead: false },
      '/ordinarily-available-provision/',
    ],
  ])('%s', (id, parsed, path) => {
    expect(parseEntryId(id)).toEqual(parsed);
    expect(pathOfSlug(parsed.slug, parsed.easyRead)).toBe(path);
  });

  it('names the file when the first folder is not a language', () => {
    expect(() => parseEntryId('fr/contact')).toThrow('content/pages/fr/contact.md');
  });

  it('lists ancestors from the top down', () => {
    expect(ancestorSlugs('a/b/c')).toEqual(['a', 'a/b']);
    expect(ancestorSlugs('early-years')).toEqual([]);
  });
});
