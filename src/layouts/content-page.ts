import { getLocale } from '../i18n/locales.ts';
import type { EasyReadEntry, LocalizedPage, PageEntry } from '../lib/content/pages.ts';

/**
 * BaseLayout's props for a topic page or its easy-read twin, written once so both follow the same rule: a title not
 * yet translated is marked as English, so screen readers read it in an English voice.
 */
export function contentPageLayoutProps<Crumbs>(page: LocalizedPage<PageEntry | EasyReadEntry>, crumbs: Crumbs) {
  const { data } = page.entry;
  return {
    code: page.code,
    path: page.path,
    title: data.title,
    titleLang: page.translated ? undefined : getLocale('en').lang,
    description: data.summary,
    crumbs,
  };
}
