import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** A phone number's spaces become non-breaking, so the number never wraps across two lines. */
export function keepPhoneNumberTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** Rehype plugin: applies keepPhoneNumberTogether to the text of every `tel:` link in Markdown content. */
export function rehypeTelLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const { href } = node.properties;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('tel:')) return;
      visit(node, 'text', (text) => {
        text.value = keepPhoneNumberTogether(text.value);
      });
    });
  };
}
