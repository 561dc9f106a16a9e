import { isLocaleCode, type LocaleCode } from '../../i18n/locales.ts';

/**
 * A content entry id is its file path under content/pages without `.md`, e.g. `en/early-years`,
 * `pl/index`, `en/easy-read/primary` or `en/ordinarily-available-provision/index`.
 */
export interface ParsedId {
  code: LocaleCode;
  /** The page's slug: '' for the home page, otherwise e.g. `early-years` or `ordinarily-available-provision/cognition-and-learning`. */
  slug: string;
  easyRead: boolean;
}

export function parseEntryId(id: string): ParsedId {
  const [code = '', ...rest] = id.split('/');
  if (!isLocaleCode(code)) {
    throw new Error(`content/pages/${id}.md: the first folder must be a language code, not "${code}"`);
  }
  const easyRead = rest[0] === 'easy-read';
  const parts = easyRead ? rest.slice(1) : rest;
  if (parts.at(-1) === 'index') parts.pop();
  return { code, slug: parts.join('/'), easyRead };
}

/** The English URL path of a slug: `''` gives `/`, `early-years` gives `/early-years/`. */
export function pathOfSlug(slug: string, easyRead = false): string {
  const base = slug === '' ? '/' : `/${slug}/`;
  return easyRead ? `${base}easy-read/` : base;
}

/** Each ancestor path of a page, from the home page down, not including the page itself. */
export function ancestorSlugs(slug: string): string[] {
  const parts = slug.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
