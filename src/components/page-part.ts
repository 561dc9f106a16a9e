import type { LocaleCode } from '../i18n/locales.ts';

/** What a part of a page that depends only on the reader's language is given. */
export interface LanguageProps {
  code: LocaleCode;
}

/** What a part of every page is given: the reader's language, and the page's English path (each language's address is made from it). */
export interface PagePartProps extends LanguageProps {
  /** The English path of the page, e.g. `/short-breaks/` for `/pl/short-breaks/`. */
  path: string;
}
