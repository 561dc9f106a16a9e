/**
 * The languages the site is published in. English is the default and has no URL prefix.
 * The council chooses them: after English, the most spoken languages in its area (for this one, the 2021 Census,
 * seed 001).
 * Pages, the language switcher, search and tests all read this one list. `lang` is the BCP 47 tag pages carry: European
 * Portuguese is `pt-PT`, so screen readers choose a European voice (a bare `pt` gets a Brazilian one), and Chinese is
 * `zh-Hans`, Simplified characters.
 */
export const locales = [
  { code: 'en', lang: 'en-GB', label: 'English', englishLabel: 'English', dir: 'ltr' },
  { code: 'pl', lang: 'pl', label: 'Polski', englishLabel: 'Polish', dir: 'ltr' },
  { code: 'ro', lang: 'ro', label: 'Română', englishLabel: 'Romanian', dir: 'ltr' },
  { code: 'zh', lang: 'zh-Hans', label: '简体中文', englishLabel: 'Chinese (Simplified)', dir: 'ltr' },
  { code: 'pt', lang: 'pt-PT', label: 'Português', englishLabel: 'Portuguese', dir: 'ltr' },
  { code: 'ar', lang: 'ar', label: 'العربية', englishLabel: 'Arabic', dir: 'rtl' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleCode = Locale['code'];

export const defaultLocale = 'en' satisfies LocaleCode;
export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as string[]).includes(value);
}

export function getLocale(code: LocaleCode): Locale {
  const locale = locales.find((l) => l.code === code);
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
