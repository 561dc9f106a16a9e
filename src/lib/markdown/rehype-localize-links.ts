import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { defaultLocale, isLocaleCode, localizePath, type LocaleCode } from '../../i18n/locales.ts';

/**
 * The language of a page file from its place in <content>/pages/<lang>/, if it has one. Any content folder's name
 * (LOCAL_OFFER_CONTENT may name another council's), so only `pages/<lang>/` is looked for.
 */
export function languageOfFile(path: string | undefined): LocaleCode | undefined {
  const code = /\/pages\/([a-z]{2})\//.exec(path?.replace(/\\/g, '/') ?? '')?.[1];
  return code && isLocaleCode(code) ? code : undefined;
}

/**
 * Rehype plugin: in a translated page, links to the site's own pages go to the same language's pages. Translators keep
 * the English paths (`/contact/`); the reader of `/pl/...` is sent to `/pl/contact/`. Runs after the glossary step, so
 * the links it adds stay in the language too. Links to other sites, files and anchors on the page are left alone.
 */
export function rehypeLocalizeLinks() {
  return (tree: Root, file: { path?: string }) => {
    const code = languageOfFile(file.path);
    if (!code || code === defaultLocale) return;
    visit(tree, 'element', (node) => {
      const { href } = node.properties;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      if (href.startsWith(`/${code}/`)) return;
      node.properties.href = localizePath(href, code);
    });
  };
}
