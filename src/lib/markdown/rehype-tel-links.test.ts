import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTelLinks } from './rehype-tel-links.ts';

const paragraph = (...children: Root['children']): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: children as never }],
});

describe('phone links', () => {
  it('turns a number written as text into a tel: link that does not wrap', () => {
    const tree = paragraph({ type: 'text', value: 'Call Families First on 01752 668000 today.' });
    rehypeTelLinks()(tree);
    const p = tree.children[0] as { children: unknown[] };
    expect(p.children).toEqual([
      { type: 'text', value: 'Call Families First on ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: 'tel:+441752668000', dir: 'ltr' },
        children: [{ type: 'text', value: '01752\u00a0668000' }],
      },
      { type: 'text', value: ' today.' },
    ]);
  });

  it('keeps the digits of an existing tel: link on one line, and leaves other links alone', () => {
    const tree = paragraph(
      {
        type: 'element',
        tagName: 'a',
        properties: { href: 'tel:+441752668000' },
        children: [{ type: 'text', value: '01752 668000' }],
      },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/contact/' },
        children: [{ type: 'text', value: 'Contact us on 01752 668000' }],
      },
    );
    rehypeTelLinks()(tree);
    const json = JSON.stringify(tree);
    expect(json).toContain('01752\u00a0668000');
    // A number inside another link stays that link's words: links cannot nest.
    expect(json).toContain('Contact us on 01752 668000');
    expect(json.match(/tel:/g)).toHaveLength(1);
  });
});
