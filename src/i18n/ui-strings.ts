/**
 * The interface strings of every language: the one place that imports src/i18n/ui/*.json. The build's translation
 * function (index.ts) and the web function (which has no i18next) both read them from here. Each language is checked
 * against the English shape on import; a key with plural forms has the forms its language needs, which differ from
 * English (hence the looser type for the other languages).
 */
import en from './ui/en.json' with { type: 'json' };
import pl from './ui/pl.json' with { type: 'json' };
import ro from './ui/ro.json' with { type: 'json' };
import zh from './ui/zh.json' with { type: 'json' };
import pt from './ui/pt.json' with { type: 'json' };
import ar from './ui/ar.json' with { type: 'json' };
import { getLocale, type LocaleCode } from './locales.ts';
import { schemaFromReference } from './ui-schema.ts';
import { siteConfig } from '../site.config.ts';
import { fill } from './fill.ts';

/** The placeholders every language's strings share, filled from the site's configuration, never translated. */
export const councilPlaceholders = {
  council: siteConfig.councilName,
  place: siteConfig.place,
  oapGuideTitle: siteConfig.oapGuide.title,
} as const;

/** A language's strings with `{{council}}`, `{{place}}` and `{{oapGuideTitle}}` filled in; every other placeholder is left for later. */
export function withCouncil<T>(strings: T): T {
  if (typeof strings === 'string') return fill(strings, councilPlaceholders) as T;
  if (strings === null || typeof strings !== 'object') return strings;
  return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, withCouncil(value)])) as T;
}

/** The strings as translators write them, with `{{council}}` and `{{place}}` still in. */
export const uiStringsAsWritten = { en, pl, ro, zh, pt, ar } as const satisfies Record<LocaleCode, object>;

/** Throws, naming the file and every key, when a language's strings do not match English's shape. */
export function checkUiStrings(all: Record<LocaleCode, object>): void {
  for (const [code, strings] of Object.entries(all) as [LocaleCode, object][]) {
    const result = schemaFromReference(en, getLocale(code).lang).safeParse(strings);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new Error(`src/i18n/ui/${code}.json does not match en.json: ${problems}`);
    }
  }
}

// Checked as written, so a translation must use the same {{council}} and {{place}} placeholders as English.
checkUiStrings(uiStringsAsWritten);

/** Every language's interface strings, with the council's name and place filled in. */
export const uiStrings = {
  en: withCouncil(en),
  pl: withCouncil(pl),
  ro: withCouncil(ro),
  zh: withCouncil(zh),
  pt: withCouncil(pt),
  ar: withCouncil(ar),
} as const satisfies Record<LocaleCode, object>;

export { fill };
