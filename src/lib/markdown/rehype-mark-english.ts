import { Parser } from 'htmlparser2';
import { toHtml } from 'hast-util-to-html';
import { existsSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, RootContent } from 'hast';
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

/** What decides how an element is marked: its tag and the attributes that matter, from hast or from a tokenizer. */
interface ElementFacts {
  tagName: string;
  lang: unknown;
  href: unknown;
}

const factsOf = (element: Element): ElementFacts => ({
  tagName: element.tagName,
  lang: element.properties.lang,
  href: element.properties.href,
});

/**
 * Elements whose text is never prose (code, links that dial a number), is English already, or belongs to
 * an island, which React renders again in the browser and must find as it left it.
 */
function leaveAlone({ tagName, lang, href }: ElementFacts): boolean {
  if (skipped.has(tagName)) return true;
  // Already English (an untranslated fallback, or marked by an earlier step); the page's own `<html lang>` is not.
  if (typeof lang === 'string' && /^en(-|$)/i.test(lang)) return true;
  return isPhoneLink(href);
}

const isPhoneLink = (href: unknown): boolean => typeof href === 'string' && href.startsWith('tel:');

/**
 * A link that dials a number, not yet given a language, in a page not written in Latin letters: if its text has
 * Latin letters it names the number ("NHS 111"), which is then read in English.
 */
function mayNamePhone({ lang, href }: ElementFacts, pageLang: string): boolean {
  return isPhoneLink(href) && lang === undefined && !usesLatinScript(pageLang);
}

const namesInLatin = (text: string): boolean => /[A-Za-z]/.test(text);

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/**
 * Wraps each English fragment in the text of `node` (a page in the language `lang`) in `<span lang="en-GB">`, and
 * says how many it wrapped.
 */
export function markEnglish(node: Root | Element, lang: string, rtl: boolean, vocabulary: EnglishVocabulary): number {
  let marked = 0;
  node.children = node.children.flatMap((child): (RootContent & ElementContent)[] => {
    if (child.type === 'element') {
      const facts = factsOf(child);
      if (!leaveAlone(facts)) marked += markEnglish(child, lang, rtl, vocabulary);
      else if (mayNamePhone(facts, lang) && namesInLatin(textOf(child))) {
        // "NHS 111": the number's link keeps its own direction, and its name is read in English.
        child.properties.lang = getLocale(defaultLocale).lang;
        marked += 1;
      }
      return [child];
    }
    if (child.type !== 'text') return [child as RootContent & ElementContent];
    const replacement = markedText(child.value, lang, rtl, vocabulary);
    if (!replacement) return [child];
    marked += replacement.filter((node) => node.type === 'element').length;
    return replacement;
  });
  return marked;
}

/** A text's runs as nodes, each English one in `<span lang="en-GB">`; undefined when none is English. */
function markedText(
  text: string,
  lang: string,
  rtl: boolean,
  vocabulary: EnglishVocabulary,
): ElementContent[] | undefined {
  const fragments = englishFragments(text, lang, vocabulary);
  if (!fragments.some((f) => f.english)) return undefined;
  return fragments.map((fragment): ElementContent =>
    fragment.english
      ? {
          type: 'element',
          tagName: 'span',
          properties: { lang: getLocale(defaultLocale).lang, ...(rtl ? { dir: 'ltr' } : {}) },
          children: [{ type: 'text', value: fragment.text }],
        }
      : { type: 'text', value: fragment.text },
  );
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
 *
 * The same rules as markEnglish, read from a tokenizer (htmlparser2) rather than a tree: every Chinese and Arabic page
 * passes through here, and building parse5's tree and hast's for each took most of a county-sized directory's
 * finishing time.
 */
export function withEnglishMarked(html: string, lang: string, rtl: boolean): string | undefined {
  const vocabulary: EnglishVocabulary = { names: [] };
  const english = getLocale(defaultLocale).lang;
  const edits: { start: number; end: number; html: string }[] = [];
  /** The open elements: whether their text is left alone, and a phone link's text while it may name its number. */
  const open: { quiet: boolean; phone?: { at: number; text: string } }[] = [];
  const phones: { at: number; text: string }[] = [];
  const quiet = () => open.at(-1)?.quiet ?? false;
  let text = '';
  let textStart = -1;
  let textEnd = -1;
  // The tokenizer hands a text over in pieces (split at each character reference): they are joined before marking.
  const endText = () => {
    if (textStart < 0) return;
    const replacement = quiet() ? undefined : markedText(text, lang, rtl, vocabulary);
    if (replacement)
      edits.push({ start: textStart, end: textEnd, html: toHtml({ type: 'root', children: replacement }) });
    text = '';
    textStart = -1;
  };
  const parser: Parser = new Parser(
    {
      onopentag(tagName, attributes) {
        endText();
        const facts: ElementFacts = { tagName, lang: attributes.lang, href: attributes.href };
        const element: (typeof open)[number] = { quiet: quiet() || leaveAlone(facts) };
        if (!quiet() && mayNamePhone(facts, lang)) {
          // Where ` lang="en-GB"` goes if its text names the number: after the tag's name.
          element.phone = { at: parser.startIndex + 1 + tagName.length, text: '' };
          phones.push(element.phone);
        }
        open.push(element);
      },
      ontext(piece) {
        if (textStart < 0) textStart = parser.startIndex;
        text += piece;
        textEnd = parser.endIndex + 1;
        for (const phone of phones) phone.text += piece;
      },
      onclosetag() {
        endText();
        const phone = open.pop()?.phone;
        if (!phone) return;
        phones.pop();
        if (namesInLatin(phone.text)) edits.push({ start: phone.at, end: phone.at, html: ` lang="${english}"` });
      },
      oncomment: endText,
      onprocessinginstruction: endText,
    },
    { decodeEntities: true },
  );
  parser.end(html);
  endText();
  if (edits.length === 0) return undefined;
  let result = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.html + result.slice(edit.end);
  }
  return result;
}
