import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { createGlossaryMatcher } from '../glossary/glossary-matcher.ts';

/**
 * Words inside these are left alone: links must not nest, headings and code stay as written, and a picture's labels
 * (SVG text, see src/lib/pictures/) are drawn in boxes sized to them and read out by its title and description.
 */
const skipInside = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'summary', 'svg']);

/**
 * Rehype plugin: links the first use of each glossary term on a page to its entry on /glossary/, so a reader who
 * meets "EHCP" or "SALT" can find out what it means. Later uses stay plain text.
 */
export function rehypeGlossaryLinks({
  terms,
  glossaryPath = '/glossary/',
}: {
  terms: GlossaryTerm[];
  glossaryPath?: string;
}) {
  const findTerms = createGlossaryMatcher(terms);
  return (tree: Root, file: { path?: string }) => {
    // The glossary page explains every term already.
    if (file.path?.replace(/\\/g, '/').endsWith('/glossary.md')) return;
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && skipInside.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const matches = firstUses(findTerms(node.value, linked));
      if (matches.length === 0) return undefined;
      const pieces: ElementContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (match.start > cursor) pieces.push(text(node.value.slice(cursor, match.start)));
        pieces.push(link(`${glossaryPath}#${match.id}`, node.value.slice(match.start, match.end)));
        linked.add(match.id);
        cursor = match.end;
      }
      if (cursor < node.value.length) pieces.push(text(node.value.slice(cursor)));
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

function firstUses<T extends { id: string }>(matches: T[]): T[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.id) && seen.add(m.id));
}

function text(value: string): Text {
  return { type: 'text', value };
}

function link(href: string, value: string): Element {
  return { type: 'element', tagName: 'a', properties: { href, className: ['glossary-link'] }, children: [text(value)] };
}
