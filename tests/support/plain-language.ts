import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { syllable } from 'syllable';
import { flesch } from 'flesch';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Nodes as MdastNodes } from 'mdast';

/** One sentence as a reader meets it, with where it sits in its file. */
export interface SentenceInfo {
  text: string;
  words: string[];
  line: number;
}

/**
 * An abbreviation: two or more capital letters (an optional plural s), e.g. SEND, SENCo is not one but SEN is.
 * Words with digits (postcodes such as PL1) are not abbreviations.
 */
const abbreviationPattern = /^[A-Z][A-Z&]*[A-Z]s?$/;

export function isAbbreviation(word: string): boolean {
  return abbreviationPattern.test(word) && !/\d/.test(word);
}

function sentencesOf(tree: NlcstRoot, lineOffset: number): SentenceInfo[] {
  const sentences: SentenceInfo[] = [];
  visit(tree, 'SentenceNode', (node: Sentence) => {
    const words = node.children.filter((child) => child.type === 'WordNode').map((word) => toString(word));
    if (words.length === 0) return;
    sentences.push({
      text: toString(node).replace(/\s+/g, ' ').trim(),
      words,
      line: (node.position?.start.line ?? 1) + lineOffset,
    });
  });
  return sentences;
}

/**
 * Raw HTML in Markdown (the site's diagrams) is read as text: tags become spaces of the same length so lines stay
 * true, and the end of each list item ends a sentence.
 */
function htmlAsText(html: string): string {
  return html.replace(/<\/li>/g, '.    ').replace(/<[^>]+>/g, (tag) => ' '.repeat(tag.length));
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
const english = new ParseEnglish();

/**
 * The sentences of a Markdown document, with their line numbers: remark finds the blocks a reader sees as separate
 * (paragraphs, headings, list items, table cells, diagrams), and retext's English parser splits each into sentences.
 * Frontmatter and code are skipped.
 */
export function markdownSentences(source: string): SentenceInfo[] {
  const sentences: SentenceInfo[] = [];
  visit(markdown.parse(source), (node: MdastNodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      sentences.push(...textSentences(mdastToString(node), line));
      return 'skip';
    }
    if (node.type === 'html') {
      sentences.push(...textSentences(htmlAsText(node.value), line));
      return 'skip';
    }
    return undefined;
  });
  return sentences;
}

/**
 * The English parser does not end a sentence after a number ("up to 25. PIAS is free." is one sentence to it, as if
 * "25." were an ordinal), so such sentences are split again there.
 */
const afterNumber = /(?<=\d\.)\s+(?=[A-Z])/;

/** The sentences of a plain string that sits at `line` of its file (a YAML field, say). */
export function textSentences(text: string, line = 1): SentenceInfo[] {
  return sentencesOf(english.parse(text), line - 1).flatMap((sentence) =>
    afterNumber.test(sentence.text)
      ? sentence.text.split(afterNumber).flatMap((part) => sentencesOf(english.parse(part), sentence.line - 1))
      : [sentence],
  );
}

/** Flesch reading ease (higher is easier; 60 to 70 is plain English, 80 and over is easy). */
export function readingEase(sentences: SentenceInfo[]): number {
  const words = sentences.flatMap((s) => s.words);
  if (words.length === 0) return 100;
  return flesch({
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((total, word) => total + syllable(word), 0),
  });
}

/** The line of `file` on which `needle` first appears (1 if it cannot be found). */
export function lineOf(file: string, needle: string): number {
  const at = file.indexOf(needle.slice(0, 40));
  return at === -1 ? 1 : file.slice(0, at).split('\n').length;
}
