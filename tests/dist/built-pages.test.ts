import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse, TextNode } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { phoneNumbersIn } from '../../src/lib/markdown/phone-numbers.ts';
import { locales } from '../../src/i18n/locales.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import {
  distDir,
  htmlFiles,
  islandPagePattern,
  listenPagePattern,
  unlistedPaths,
  readHtml,
  sitemapPaths,
  urlPathOf,
} from '../site-pages.ts';
import { brokenReferences } from '../support/links.ts';

const files = htmlFiles();
const pages = files.map((file) => ({ file, path: urlPathOf(file), root: parse(readHtml(file)) }));
// Read once: asking for each page reads dist/ again, which takes minutes once the site has a thousand pages.
const unlisted = unlistedPaths();

describe('the built site', () => {
  it('has every page in every language', () => {
    const english = sitemapPaths().filter((p) => !/^\/(pl|ro|zh|pt|ar)\//.test(p));
    expect(english.length).toBeGreaterThan(5);
    for (const { code } of locales.filter((l) => l.code !== 'en')) {
      for (const path of english) {
        expect(files, `${code}${path}`).toContain(`${code}${path}index.html`);
      }
    }
  });

  it('lists every page in the sitemap but the 404 and thank-you pages', () => {
    const fromFiles = pages.map((p) => p.path).filter((p) => !unlisted.includes(p));
    expect(sitemapPaths()).toEqual(fromFiles.sort());
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: links and images resolve', (path, { root }) => {
    expect(brokenReferences(root, path, distDir)).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: is a complete, script-free page', (path, { root }) => {
    const html = root.querySelector('html');
    const code = /^\/(pl|ro|zh|pt|ar)\//.exec(path)?.[1] ?? 'en';
    const locale = locales.find((l) => l.code === code);
    expect(html?.getAttribute('lang')).toBe(locale?.lang);
    expect(html?.getAttribute('dir')).toBe(locale?.dir);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('title')?.text.trim()).not.toBe('');
    expect(root.querySelector('main[data-pagefind-body]#main-content')).not.toBeNull();
    // Search is given the head and <main> only (searchDocument): a filter, weight or metadata outside <main> would be
    // lost from the index. Ignoring marks outside it change nothing.
    const outsideMain = root
      .querySelectorAll('body *:not(main, main *)')
      .flatMap((element) => Object.keys(element.attributes).filter((name) => name.startsWith('data-pagefind-')))
      .filter((name) => name !== 'data-pagefind-ignore');
    expect(outsideMain).toEqual([]);
    expect(root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main-content');
    // Content pages ship no JavaScript at all, and never inline event handlers or styles (the Content-Security-Policy
    // forbids them). Island pages carry Astro's small hydration script, allowed by hash; easy-read pages the one
    // "Listen to this page" module, and nothing else.
    expect(readHtml(pages.find((p) => p.path === path)?.file ?? '')).not.toMatch(/\son[a-z]+=/i);
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
    if (listenPagePattern.test(path) && !islandPagePattern.test(path)) {
      const scripts = root.querySelectorAll('script');
      expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['module']);
      expect(scripts[0]?.getAttribute('src') ?? scripts[0]?.text, path).toMatch(/ListenButton|speechSynthesis/);
      expect(root.querySelectorAll('style')).toHaveLength(0);
    } else if (!islandPagePattern.test(path)) {
      expect(root.querySelectorAll('script')).toHaveLength(0);
      expect(root.querySelectorAll('style')).toHaveLength(0);
    }
  });

  it.each(pages.filter((p) => !unlisted.includes(p.path)).map((p) => [p.path, p] as const))(
    '%s: names the same page in every language for search engines',
    (_, { root }) => {
      const hreflangs = root.querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'));
      expect(hreflangs.sort()).toEqual([...locales.map((l) => l.lang), 'x-default'].sort());
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))('%s: every phone number is a link people can tap to call', (_, { root }) => {
    const main = root.querySelector('main');
    // Text outside links: a number there was written as plain text and not linked by the build.
    const unlinked = (main?.querySelectorAll('*') ?? [])
      .filter((el) => el.tagName !== 'A' && !el.closest('a') && !['SCRIPT', 'STYLE', 'TEXTAREA'].includes(el.tagName))
      .flatMap((el) => el.childNodes.filter((node) => node instanceof TextNode).map((node) => node.text))
      .flatMap((text) => phoneNumbersIn(text.replace(/\u00a0/g, ' ')));
    expect(unlinked).toEqual([]);
  });

  it.each(pages.filter((p) => /^\/(pl|ro|zh|pt|ar)\//.test(p.path)).map((p) => [p.path, p] as const))(
    '%s: links to the site keep the reader in their language',
    (path, { root }) => {
      const code = path.split('/')[1] ?? '';
      // Words still shown in English (marked lang="en-GB") keep their English links until they are translated;
      // the language switcher links to the other languages on purpose.
      const strays = root
        .querySelectorAll('a[href^="/"]')
        .filter((a) => !a.closest('[lang="en-GB"]') && !a.hasAttribute('hreflang'))
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => !href.startsWith(`/${code}/`) && !href.startsWith('//'));
      expect(strays).toEqual([]);
    },
  );

  it('shows the reader when a page is not yet translated, and marks the English text', () => {
    // Every standard page is translated now; some easy-read twins are not yet. Each of those says so in Polish and
    // marks its English heading, which runs left to right in Arabic.
    const notice = (path: string) => pages.find((p) => p.path === path)?.root.querySelector('.notice');
    const untranslated = pages.filter(
      (p) => /^\/pl\/.*\/easy-read\/$/.test(p.path) && notice(p.path)?.text.includes('Polski'),
    );
    expect(untranslated.length).toBeGreaterThan(0);
    for (const { path, root } of untranslated) {
      expect(notice(path)?.getAttribute('lang'), path).toBe('pl');
      expect(notice(path.replace(/^\/pl/, '')), path).toBeNull();
      expect(root.querySelector('h1')?.getAttribute('lang'), path).toBe('en-GB');
      const arabic = pages.find((p) => p.path === path.replace(/^\/pl\//, '/ar/'));
      expect(arabic?.root.querySelector('h1')?.getAttribute('dir'), path).toBe('ltr');
    }
  });

  it('shows a translated page in its language, with no notice, saying when it was translated from English', () => {
    const polishShortBreaks = pages.find((p) => p.path === '/pl/short-breaks/');
    expect(polishShortBreaks?.root.querySelector('.notice')).toBeNull();
    expect(polishShortBreaks?.root.querySelector('.prose')?.getAttribute('lang')).toBeUndefined();
    const meta = polishShortBreaks?.root.querySelectorAll('.page-meta dt').map((dt) => dt.text.trim());
    expect(meta).toContain(uiStrings.pl.page.translatedOn);
    expect(polishShortBreaks?.root.querySelector('h1')?.text).not.toBe(
      pages.find((p) => p.path === '/short-breaks/')?.root.querySelector('h1')?.text,
    );
  });
});

describe('English inside Chinese and Arabic pages', () => {
  const unlettered = pages.filter((p) => /^\/(zh|ar)\//.test(p.path));
  const englishAbove = (node: { parentNode: HTMLElement | null }) => {
    for (let el = node.parentNode; el; el = el.parentNode) {
      const lang = el.getAttribute('lang');
      if (lang) return lang.startsWith('en');
    }
    return false;
  };
  /** Text with Latin words that no element marks English: a screen reader would read it with the page's voice. */
  function unmarked(root: HTMLElement): string[] {
    const found: string[] = [];
    const walk = (el: HTMLElement) => {
      for (const child of el.childNodes) {
        if (child instanceof TextNode) {
          if (/[A-Za-z]{2,}/.test(child.rawText) && !englishAbove(child)) found.push(child.rawText.trim());
        } else if (child instanceof HTMLElement && !['SCRIPT', 'STYLE', 'SVG', 'ASTRO-ISLAND'].includes(child.tagName)) {
          walk(child);
        }
      }
    };
    for (const scope of root.querySelectorAll('main, nav.breadcrumbs')) walk(scope);
    return found;
  }

  it('has pages to check', () => {
    expect(unlettered.length).toBeGreaterThan(300);
  });

  it.each(unlettered.map((p) => [p.path, p] as const))('%s: every English word is marked lang="en-GB"', (_, { root }) => {
    expect(unmarked(root)).toEqual([]);
  });

  it('marks them inside the checker too, left to right in Arabic', () => {
    const question = pages.find((p) => p.path === '/ar/short-breaks/check/ask/')?.root.querySelector('h1');
    expect(question?.querySelector('span[lang="en-GB"][dir="ltr"]')?.text).toBe('Plymouth');
  });
});

describe('islands', () => {
  it('ship JavaScript only on island and easy-read pages, every inline script allowed by a recorded hash', async () => {
    const { inlineHashes } = await import('../../src/integrations/csp-hashes.ts');
    const recorded = JSON.parse(readFileSync(join(distDir, '_csp-hashes.json'), 'utf8')) as { scripts: string[] };
    const withScripts = pages.filter((p) => p.root.querySelectorAll('script').length > 0);
    expect(withScripts.length).toBeGreaterThan(0);
    for (const page of withScripts) {
      expect(islandPagePattern.test(page.path) || listenPagePattern.test(page.path), page.path).toBe(true);
      for (const hash of inlineHashes(readHtml(page.file)).scripts) expect(recorded.scripts, page.path).toContain(hash);
    }
  });
});

describe('feedback forms', () => {
  it('say which page they are about, except on checker steps, whose addresses hold the answers', () => {
    const pageField = (path: string) =>
      pages.find((p) => p.path === path)?.root.querySelector('.feedback input[name=page]')?.getAttribute('value');
    expect(pageField('/pl/short-breaks/')).toBe('/pl/short-breaks/');
    expect(pageField('/short-breaks/check/ask/plymouth/under-18/')).toBe('/short-breaks/check/');
    expect(pageField('/short-breaks/check/easy-read/ask/plymouth/')).toBe('/short-breaks/check/easy-read/');
    expect(pages.filter((p) => p.root.querySelector('.feedback input[name=page]')).length).toBeGreaterThan(600);
  });
});
