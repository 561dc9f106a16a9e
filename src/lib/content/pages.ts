import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, type LocaleCode } from '../../i18n/locales.ts';
import { parseEntryId, pathOfSlug } from './slugs.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type EasyReadEntry = CollectionEntry<'easyRead'>;

/** One page as it is published in one language. */
export interface LocalizedPage<Entry> {
  code: LocaleCode;
  slug: string;
  /** The English URL path, e.g. `/early-years/`. */
  path: string;
  /** The entry shown: the translation when there is one, otherwise the English page. */
  entry: Entry;
  /** The English entry the page is made from. */
  english: Entry;
  /** True when `entry` is in the reader's language. */
  translated: boolean;
  /** True when the English page has changed since the translation was made. */
  outOfDate: boolean;
}

interface Versioned {
  id: string;
  data: { version: number; translationOf?: { version: number } | undefined };
}

function localize<Entry extends Versioned>(entries: Entry[], easyRead: boolean): LocalizedPage<Entry>[] {
  const byKey = new Map(entries.map((entry) => [entry.id, entry]));
  const english = entries.filter((entry) => parseEntryId(entry.id).code === defaultLocale);
  return english.flatMap((englishEntry) => {
    const { slug } = parseEntryId(englishEntry.id);
    return locales.map(({ code }) => {
      const translation = code === defaultLocale ? englishEntry : byKey.get(translatedId(englishEntry.id, code));
      const entry = translation ?? englishEntry;
      const translatedVersion = translation?.data.translationOf?.version ?? englishEntry.data.version;
      return {
        code,
        slug,
        path: pathOfSlug(slug, easyRead),
        entry,
        english: englishEntry,
        translated: translation !== undefined,
        outOfDate: translation !== undefined && translatedVersion < englishEntry.data.version,
      };
    });
  });
}

function translatedId(englishId: string, code: LocaleCode): string {
  return `${code}/${englishId.slice(defaultLocale.length + 1)}`;
}

function checkTranslationsHaveEnglish(entries: Versioned[], kind: string): void {
  const englishIds = new Set(entries.filter((e) => parseEntryId(e.id).code === defaultLocale).map((e) => e.id));
  for (const entry of entries) {
    const { code } = parseEntryId(entry.id);
    if (code === defaultLocale) continue;
    if (!englishIds.has(`${defaultLocale}/${entry.id.slice(code.length + 1)}`)) {
      throw new Error(`content/pages/${entry.id}.md: this ${kind} has no English page with the same path`);
    }
    if (!entry.data.translationOf) {
      throw new Error(
        `content/pages/${entry.id}.md: translationOf: say which version of the English page this translates`,
      );
    }
  }
}

let cache: Promise<{ pages: LocalizedPage<PageEntry>[]; easyRead: LocalizedPage<EasyReadEntry>[] }> | undefined;

/** Every page and easy-read twin in every language, worked out once per build. */
export function getSitePages() {
  cache ??= (async () => {
    const [pages, easyRead] = await Promise.all([getCollection('pages'), getCollection('easyRead')]);
    checkTranslationsHaveEnglish(pages, 'page');
    checkTranslationsHaveEnglish(easyRead, 'easy-read page');
    const pageSlugs = new Set(pages.map((p) => parseEntryId(p.id).slug));
    for (const twin of easyRead) {
      if (!pageSlugs.has(parseEntryId(twin.id).slug)) {
        throw new Error(`content/pages/${twin.id}.md: an easy-read page needs a standard page with the same slug`);
      }
    }
    return { pages: localize(pages, false), easyRead: localize(easyRead, true) };
  })();
  return cache;
}

/** The page with this slug in this language, if it exists. */
export async function findPage(slug: string, code: LocaleCode) {
  const { pages } = await getSitePages();
  return pages.find((p) => p.slug === slug && p.code === code);
}

/** The easy-read twin of a page in this language, if it exists. */
export async function findEasyRead(slug: string, code: LocaleCode) {
  const { easyRead } = await getSitePages();
  return easyRead.find((p) => p.slug === slug && p.code === code);
}
