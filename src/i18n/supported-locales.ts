/**
 * Every language this project has interface strings for (src/i18n/ui/<code>.json). A council publishes some or all of
 * them, English first: `languages` in its content/site.yaml; `locales.ts` gives the published ones. `lang` is the BCP
 * 47 tag pages carry: European Portuguese is `pt-PT`, so screen readers choose a European voice (a bare `pt` gets a
 * Brazilian one), and Chinese is `zh-Hans`, Simplified characters. No imports, so the site's configuration can check
 * its languages against this list.
 */
export const supportedLocales = [
  { code: 'en', lang: 'en-GB', label: 'English', englishLabel: 'English', dir: 'ltr' },
  { code: 'pl', lang: 'pl', label: 'Polski', englishLabel: 'Polish', dir: 'ltr' },
  { code: 'ro', lang: 'ro', label: 'Română', englishLabel: 'Romanian', dir: 'ltr' },
  { code: 'zh', lang: 'zh-Hans', label: '简体中文', englishLabel: 'Chinese (Simplified)', dir: 'ltr' },
  { code: 'pt', lang: 'pt-PT', label: 'Português', englishLabel: 'Portuguese', dir: 'ltr' },
  { code: 'ar', lang: 'ar', label: 'العربية', englishLabel: 'Arabic', dir: 'rtl' },
] as const;

export type Locale = (typeof supportedLocales)[number];
export type LocaleCode = Locale['code'];

/** English: every page is written in it first, and its URLs have no language prefix. */
export const defaultLocale = 'en' satisfies LocaleCode;

export const supportedLocaleCodes: readonly LocaleCode[] = supportedLocales.map((l) => l.code);
