import type { Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * What SmartyPants (remark-smartypants, with the defaults Astro gives it) turns into typographic punctuation: straight
 * quotes and apostrophes, backticks, two or three hyphens, and three dots with or without spaces. Text without any of
 * them comes out of it unchanged.
 */
const straightPunctuation = /["'`]|--|\.\s*\.\s*\./;

/** The transform SmartyPants makes on a Markdown tree, as Astro's Markdown pipeline runs it (after GFM). */
const smartypants = unified().use(remarkSmartypants).freeze();

/**
 * Remark plugin: typographic quotes, apostrophes, dashes and ellipses, as Astro's own SmartyPants step makes them,
 * but only on a page whose text still has straight ones. Astro ran SmartyPants on every page, and it costs about 1 s
 * of a build (retext parses every sentence of the site, twice); the site's Markdown is written with typographic
 * punctuation (`npm run typography`), so most pages skip it, while a page written with straight quotes still gets
 * curly ones.
 */
export function remarkTypography() {
  return async (tree: Root) => {
    const texts: string[] = [];
    visit(tree, 'text', (node: Text) => {
      texts.push(node.value);
    });
    if (texts.some((text) => straightPunctuation.test(text))) await smartypants.run(tree);
  };
}

/** Markdown with its punctuation made typographic, and the lines where that could not be done in its source. */
export interface TypographyResult {
  markdown: string;
  unfixedLines: number[];
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();

/**
 * A Markdown file written with the typographic punctuation the build's SmartyPants step would give it, so the page
 * reads the same and the build no longer needs the step for it. Only the text SmartyPants changes is rewritten, in
 * place: everything else in the file keeps its bytes. Text whose source differs from what it reads as (an escaped
 * quote, `\'`, or an entity) is left alone, and its line is reported.
 */
export async function withTypography(markdown: string): Promise<TypographyResult> {
  const tree = markdownParser.parse(markdown);
  await markdownParser.run(tree);
  const texts: { node: Text; before: string }[] = [];
  visit(tree, 'text', (node: Text) => {
    texts.push({ node, before: node.value });
  });
  await smartypants.run(tree);
  const edits: { start: number; end: number; text: string }[] = [];
  const unfixedLines: number[] = [];
  for (const { node, before } of texts) {
    if (node.value === before) continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || markdown.slice(start, end) !== before) {
      unfixedLines.push(node.position?.start.line ?? 0);
      continue;
    }
    edits.push({ start, end, text: node.value });
  }
  let fixed = markdown;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    fixed = fixed.slice(0, start) + text + fixed.slice(end);
  }
  return { markdown: fixed, unfixedLines };
}
