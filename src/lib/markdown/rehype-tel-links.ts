import type { Element, ElementContent, Root, RootContent } from 'hast';
import { keepPhoneNumberTogether, splitPhoneNumbers } from './phone-numbers.ts';

function telLink(text: string, tel: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `tel:${tel}`, dir: 'ltr' },
    children: [{ type: 'text', value: keepPhoneNumberTogether(text) }],
  };
}

/** Links the phone numbers in one node's children; existing links only have their numbers kept on one line. */
function linkNumbers(node: Root | Element): void {
  node.children = node.children.flatMap((child): (RootContent & ElementContent)[] => {
    if (child.type === 'element') {
      if (child.tagName === 'a') {
        const { href } = child.properties;
        if (typeof href === 'string' && href.startsWith('tel:')) keepNumbersTogether(child);
        return [child];
      }
      linkNumbers(child);
      return [child];
    }
    if (child.type !== 'text') return [child as RootContent & ElementContent];
    const parts = splitPhoneNumbers(child.value);
    if (parts.length === 1 && parts[0]?.tel === undefined) return [child];
    return parts.map((part) => (part.tel ? telLink(part.text, part.tel) : { type: 'text', value: part.text }));
  });
}

function keepNumbersTogether(link: Element): void {
  for (const child of link.children) {
    if (child.type === 'text') child.value = keepPhoneNumberTogether(child.value);
    else if (child.type === 'element') keepNumbersTogether(child);
  }
}

/**
 * Rehype plugin: every UK phone number in Markdown content becomes a `tel:` link people can tap to call (authors write
 * the number as plain text), and no number wraps across two lines. Numbers already inside a link are left as links.
 */
export function rehypeTelLinks() {
  return (tree: Root) => {
    linkNumbers(tree);
  };
}
