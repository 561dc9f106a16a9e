import type { Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { smartypants } from './typography.ts';

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
 * quote, `\'`, or an entity) is left alone, and its line is reported; so is every changed line of a file that the new
 * punctuation would make read differently.
 */
export async function withTypography(markdown: string): Promise<TypographyResult> {
  const { tree, texts } = await parsed(markdown);
  const before = texts.map((node) => node.value);
  await smartypants.run(tree);
  const edits: { start: number; end: number; text: string }[] = [];
  const unfixedLines: number[] = [];
  const expected: string[] = [];
  const changedLines: number[] = [];
  texts.forEach((node, i) => {
    const was = before[i] ?? '';
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const fixable = start !== undefined && end !== undefined && markdown.slice(start, end) === was;
    expected.push(fixable ? node.value : was);
    if (node.value === was) return;
    changedLines.push(node.position?.start.line ?? 0);
    if (fixable) edits.push({ start, end, text: node.value });
    else unfixedLines.push(node.position?.start.line ?? 0);
  });
  let fixed = markdown;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    fixed = fixed.slice(0, start) + text + fixed.slice(end);
  }
  // New punctuation can change how the rest is read (backticks that opened nothing become a quote, and what was
  // text becomes a code fence): then the file is left as it was, every changed line reported.
  const reread = (await parsed(fixed)).texts.map((node) => node.value);
  if (reread.join('\u0000') !== expected.join('\u0000')) return { markdown, unfixedLines: changedLines };
  return { markdown: fixed, unfixedLines };
}

/** A Markdown file's tree, as the build parses it (after its frontmatter), and its text nodes in order. */
async function parsed(markdown: string): Promise<{ tree: Root; texts: Text[] }> {
  const tree = markdownParser.parse(markdown);
  await markdownParser.run(tree);
  const texts: Text[] = [];
  visit(tree, 'text', (node: Text) => {
    texts.push(node);
  });
  return { tree, texts };
}
