import type { Root, Text } from 'mdast';
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
export const smartypants = unified().use(remarkSmartypants).freeze();

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
