import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { languageOfFile, rehypeLocalizeLinks } from './rehype-localize-links.ts';

const link = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });

function hrefsAfter(path: string, hrefs: string[]): unknown[] {
  const tree: Root = { type: 'root', children: hrefs.map(link) };
  rehypeLocalizeLinks()(tree, { path });
  return tree.children.map((node) => (node as Element).properties.href);
}

describe('links in translated pages', () => {
  it('keep the reader in their language, glossary anchors included', () => {
    expect(
      hrefsAfter('/work/content/pages/pl/short-breaks.md', [
        '/contact/',
        '/glossary/#ehc-plan',
        '/pl/ehcp/',
        'https://www.plymouthias.org.uk',
        'tel:+441752668000',
        '#top',
        '//elsewhere.example/',
      ]),
    ).toEqual([
      '/pl/contact/',
      '/pl/glossary/#ehc-plan',
      '/pl/ehcp/',
      'https://www.plymouthias.org.uk',
      'tel:+441752668000',
      '#top',
      '//elsewhere.example/',
    ]);
  });

  it('leave English pages and files outside the pages folder alone', () => {
    expect(hrefsAfter('/work/content/pages/en/short-breaks.md', ['/contact/'])).toEqual(['/contact/']);
    expect(hrefsAfter('/work/content/oap/sensory.yaml', ['/contact/'])).toEqual(['/contact/']);
    expect(languageOfFile('C:\\site\\content\\pages\\ar\\ehcp.md')).toBe('ar');
    expect(languageOfFile('/content/pages/xx/ehcp.md')).toBeUndefined();
  });
});
