import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTelLinks } from './rehype-tel-links.ts';

describe('phone links', () => {
  it('keeps the digits of a tel: link on one line, and leaves other links alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
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
          children: [{ type: 'text', value: 'Contact us' }],
        },
      ],
    };
    rehypeTelLinks()(tree);
    expect(JSON.stringify(tree)).toContain('01752\u00a0668000');
    expect(JSON.stringify(tree)).toContain('Contact us');
  });
});
