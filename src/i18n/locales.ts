import { siteConfig } from '../site.config.ts';
import { defaultLocale, supportedLocales, type Locale, type LocaleCode } from './supported-locales.ts';

export { defaultLocale, type Locale, type LocaleCode };

/**
 * The languages the site is published in, in the council's order (`languages` in content/site.yaml), English first
 * with no URL prefix. Pages, the language switcher, search, the function and tests all read this one list.
 */
export const locales: readonly Locale[] = siteConfig.languages.map((code) => getLocale(code));

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/** Whether a word is the code of a published language (a path's first segment, a form's language). */
export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as string[]).includes(value);
}

export function getLocale(code: LocaleCode): Locale {
  const locale = supportedLocales.find((l) => l.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}"`);
  return locale;
}

/** The `[...lang]` route parameter for a language: none for English, whose pages have no prefix. */
export function langParam(code: LocaleCode): string | undefined {
  return code === defaultLocale ? undefined : code;
}

/** `getStaticPaths` for a `[...lang]` page that exists once in every language, with the language as its prop. */
export function everyLanguage() {
  return locales.map(({ code }) => ({ params: { lang: langParam(code) }, props: { code } }));
}

/** The URL of a page (given by its English path, e.g. `/early-years/`) in a language. */
export function localizePath(path: string, code: LocaleCode): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return code === defaultLocale ? clean : `/${code}${clean}`;
}

/** Splits a site path into its language and its English path: `/pl/contact/` gives `pl` and `/contact/`. */
export function splitLocale(path: string): { code: LocaleCode; path: string } {
  const [, first = '', ...rest] = path.split('/');
  if (isLocaleCode(first) && first !== defaultLocale) {
    return { code: first, path: `/${rest.join('/')}` };
  }
  return { code: defaultLocale, path };
}

/**
 * Attributes for words shown in English on a page in another language (content not yet translated): screen readers
 * switch voice, and in Arabic the English text still runs left to right.
 */
export function fallbackAttributes(translated: boolean): { lang?: string; dir?: 'ltr' } {
  return translated ? {} : { lang: getLocale(defaultLocale).lang, dir: 'ltr' };
}

/**
 * For an island's English words on a page in another language (directory entries, an untranslated checker): the
 * attributes that mark them English, or nothing when the page is English or the words are translated.
 */
export function englishContentLang(translated: boolean): { lang: string; dir: 'ltr' } | undefined {
  return translated ? undefined : { lang: getLocale(defaultLocale).lang, dir: 'ltr' };
}
