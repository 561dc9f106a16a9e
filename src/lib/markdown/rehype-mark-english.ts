import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { existsSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { defaultLocale, getLocale } from '../../i18n/locales.ts';
import { englishFragments, usesLatinScript, type EnglishVocabulary } from './english-fragments.ts';
import { languageOfFile } from './rehype-localize-links.ts';

// Code; the head; elements whose text may not hold a span (a select's options, a text area); and islands.
const skipped = new Set([
  'code',
  'pre',
  'script',
  'style',
  'svg',
  'template',
  'head',
  'title',
  'select',
  'option',
  'textarea',
  'astro-island',
]);

/**
 * Elements whose text is never prose (code, links that dial a number), is English already, or belongs to
 * an island, which React renders again in the browser and must find as it left it.
 */
function leaveAlone(element: Element): boolean {
  if (skipped.has(element.tagName)) return true;
  // Already English (an untranslated fallback, or marked by an earlier step); the page's own `<html lang>` is not.
  const lang = element.properties.lang;
  if (typeof lang === 'string' && /^en(-|$)/i.test(lang)) return true;
  const href = element.properties.href;
  return typeof href === 'string' && href.startsWith('tel:');
}

/** A link that dials a number and names it in Latin letters ("NHS 111"), in a page not written in them. */
function isNamedPhoneLink(element: Element, lang: string): boolean {
  const href = element.properties.href;
  if (typeof href !== 'string' || !href.startsWith('tel:') || element.properties.lang !== undefined) return false;
  return !usesLatinScript(lang) && /[A-Za-z]/.test(textOf(element));
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** What marking changed, for a caller that edits the source rather than the tree (see finishedPage in src/integrations/post-build.ts). */
export interface EnglishMarks {
  /** A text node replaced by these nodes. */
  text(original: Text, replacement: ElementContent[]): void;
  /** An element given `lang="en-GB"`. */
  element(element: Element): void;
}

/**
 * Wraps each English fragment in the text of `node` (a page in the language `lang`) in `<span lang="en-GB">`, and
 * says how many it wrapped; `marks` hears of each change.
 */
export function markEnglish(
  node: Root | Element,
  lang: string,
  rtl: boolean,
  vocabulary: EnglishVocabulary,
  marks?: EnglishMarks,
): number {
  let marked = 0;
  node.children = node.children.flatMap((child): (RootContent & ElementContent)[] => {
    if (child.type === 'element') {
      if (!leaveAlone(child)) marked += markEnglish(child, lang, rtl, vocabulary, marks);
      else if (isNamedPhoneLink(child, lang)) {
        // "NHS 111": the number's link keeps its own direction, and its name is read in English.
        child.properties.lang = getLocale(defaultLocale).lang;
        marks?.element(child);
        marked += 1;
      }
      return [child];
    }
    if (child.type !== 'text') return [child as RootContent & ElementContent];
    const fragments = englishFragments(child.value, lang, vocabulary);
    if (!fragments.some((f) => f.english)) return [child];
    marked += fragments.filter((f) => f.english).length;
    const replacement = fragments.map((fragment): ElementContent =>
      fragment.english
        ? {
            type: 'element',
            tagName: 'span',
            properties: { lang: getLocale(defaultLocale).lang, ...(rtl ? { dir: 'ltr' } : {}) },
            children: [{ type: 'text', value: fragment.text }],
          }
        : { type: 'text', value: fragment.text },
    );
    marks?.text(child, replacement);
    return replacement;
  });
  return marked;
}

/** The English page a translated file follows, as text (the Markdown body is enough to find its phrases). */
function englishTwinText(path: string, code: string): string | undefined {
  const english = path.replace(/\\/g, '/').replace(`/pages/${code}/`, `/pages/${defaultLocale}/`);
  return existsSync(english) ? readFileSync(english, 'utf8') : undefined;
}

/**
 * Rehype plugin: in a translated page, each English fragment (a term's English name in brackets, an organisation's
 * name) becomes `<span lang="en-GB">`, with `dir="ltr"` in right-to-left languages, so screen readers read it with
 * an English voice and Arabic text keeps it whole. Translators write plain text; the build does the marking.
 */
export function rehypeMarkEnglish(options: { names: readonly string[] }) {
  return (tree: Root, file: { path?: string }) => {
    const code = languageOfFile(file.path);
    if (!code || code === defaultLocale || !file.path) return;
    const locale = getLocale(code);
    markEnglish(tree, locale.lang, locale.dir === 'rtl', {
      names: options.names,
      englishText: englishTwinText(file.path, code),
    });
  };
}

/**
 * A built page (or a piece of one the web function answers with) in Chinese or Arabic with every run of Latin letters in its body marked English: the names, acronyms
 * and English terms that interface strings, checker answers, summaries and directory entries carry, as well as the
 * Markdown (which the rehype step has marked already). Screen readers then switch to an English voice, and in Arabic
 * each name stays whole, left to right. Islands are left as React rendered them, so hydration finds what it expects.
 * Only the marked text changes: the rest of the page stays byte for byte as Astro wrote it (its attribute escaping,
 * which later steps and checks read). Undefined when nothing needed marking.
 */
export function withEnglishMarked(html: string, lang: string, rtl: boolean): string | undefined {
  const edits: { start: number; end: number; html: string }[] = [];
  markEnglish(
    fromHtml(html),
    lang,
    rtl,
    { names: [] },
    {
      text(original, replacement) {
        const { start, end } = original.position ?? {};
        if (start?.offset === undefined || end?.offset === undefined) throw new Error('text without a source position');
        edits.push({ start: start.offset, end: end.offset, html: toHtml({ type: 'root', children: replacement }) });
      },
      element(element) {
        const start = element.position?.start.offset;
        if (start === undefined) throw new Error(`<${element.tagName}> without a source position`);
        const at = start + 1 + element.tagName.length;
        edits.push({ start: at, end: at, html: ` lang="${String(element.properties.lang)}"` });
      },
    },
  );
  if (edits.length === 0) return undefined;
  let result = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.html + result.slice(edit.end);
  }
  return result;
}
