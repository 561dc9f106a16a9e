import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeGlossaryLinks } from './rehype-glossary-links.ts';

const terms = [
  { id: 'ehc-plan', term: 'EHC plan', aliases: ['EHCP'], plain: 'x'.repeat(10), easyRead: 'xxxxx', sources: [] },
];

function paragraph(...children: Root['children']): Root {
  return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: children as never }] };
}

describe('glossary links', () => {
  it('links the first use of a term on a page and leaves later uses as text', () => {
    const tree = paragraph({ type: 'text', value: 'An EHCP is a plan. Ask about an EHCP.' });
    rehypeGlossaryLinks({ terms })(tree, { path: '/content/pages/en/ehcp.md' });
    const html = JSON.stringify(tree);
    expect(html.match(/glossary-link/g)).toHaveLength(1);
    expect(html).toContain('"href":"/glossary/#ehc-plan"');
    expect(html).toContain('"value":" is a plan. Ask about an EHCP."');
  });

  it('does not link inside links or headings', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'EHCP' }] },
        { type: 'element', tagName: 'a', properties: { href: '/ehcp/' }, children: [{ type: 'text', value: 'EHCP' }] },
      ],
    };
    rehypeGlossaryLinks({ terms })(tree, {});
    expect(JSON.stringify(tree)).not.toContain('glossary-link');
  });

  it('does not link inside a picture (SVG), but still links the page text after it', () => {
    const tspan = { type: 'element', tagName: 'tspan', properties: {}, children: [{ type: 'text', value: 'EHCP' }] };
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'figure',
          properties: {},
          children: [{ type: 'element', tagName: 'svg', properties: {}, children: [tspan as never] }],
        },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'An EHCP.' }] },
      ],
    };
    rehypeGlossaryLinks({ terms })(tree, { path: '/content/pages/en/ehcp.md' });
    expect(JSON.stringify(tree.children[0])).not.toContain('glossary-link');
    expect(JSON.stringify(tree.children[1])).toContain('glossary-link');
  });

  it('leaves the glossary page itself alone', () => {
    const tree = paragraph({ type: 'text', value: 'EHCP' });
    rehypeGlossaryLinks({ terms })(tree, { path: '/content/pages/en/glossary.md' });
    expect(JSON.stringify(tree)).not.toContain('glossary-link');
  });
});
