import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { readEnglishNames } from '../markdown/english-names.ts';
import { readGlossary } from '../glossary/glossary-data.ts';
import { rehypeGlossaryLinks } from '../markdown/rehype-glossary-links.ts';
import { rehypeLocalizeLinks } from '../markdown/rehype-localize-links.ts';
import { rehypeMarkEnglish } from '../markdown/rehype-mark-english.ts';
import { rehypeTelLinks } from '../markdown/rehype-tel-links.ts';
import type { Picture } from '../../schemas/picture.ts';
import { readPictures } from './picture-data.ts';
import { rehypePictures } from './rehype-pictures.ts';

const pictures = readPictures();
const page = (code: string, slug = 'short-breaks') => `/work/main/content/pages/${code}/${slug}.md`;

function paragraph(text: string): Element {
  return { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] };
}

function run(children: RootContent[], path: string | undefined = page('en')): Root {
  const tree: Root = { type: 'root', children };
  rehypePictures({ pictures })(tree, { path });
  return tree;
}

describe('pictures in Markdown', () => {
  it("replaces a paragraph that is only the marker with the picture, in the page's language", () => {
    const tree = run(
      [paragraph('Before.'), paragraph('[[picture: kinds-of-short-breaks]]'), paragraph('After.')],
      page('pl'),
    );
    const [before, figure, after] = tree.children as Element[];
    expect(before).toEqual(paragraph('Before.'));
    expect(after).toEqual(paragraph('After.'));
    expect(figure?.tagName).toBe('figure');
    expect(figure?.properties.dataPicture).toBe('kinds-of-short-breaks');
    const json = JSON.stringify(figure);
    expect(json).toContain(pictures['kinds-of-short-breaks']?.words.pl.title);
    expect(json).not.toContain('[[picture');
  });

  it('accepts the marker split over text nodes (as Markdown may leave it) and with spaces inside', () => {
    const split: Element = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'text', value: '[[' },
        { type: 'text', value: ' picture :  routes-after-year-11 ]]' },
      ],
    };
    const [figure] = run([split], page('ar', 'preparing-for-adulthood')).children as Element[];
    expect(figure?.tagName).toBe('figure');
  });

  it('throws on a picture that does not exist, naming it and the file', () => {
    expect(() => run([paragraph('[[picture: kinds-of-short-brakes]]')])).toThrow(
      /short-breaks\.md: no picture is called "kinds-of-short-brakes"/,
    );
  });

  it('throws on a marker inside other text, rather than publish it', () => {
    expect(() => run([paragraph('See [[picture: kinds-of-short-breaks]] here.')])).toThrow(/paragraph of its own/);
    const item: Element = {
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [{ type: 'text', value: '[[picture: x]]' }],
    };
    expect(() => run([item])).toThrow(/paragraph of its own/);
  });

  it('throws where the language is unknown or the picture lacks it', () => {
    expect(() =>
      run([paragraph('[[picture: kinds-of-short-breaks]]')], '/work/main/content/you-said-we-did/2026.md'),
    ).toThrow(/content\/pages\/<lang>/);
    const english = pictures['kinds-of-short-breaks'];
    if (!english) throw new Error('missing picture');
    const { pl: _, ...withoutPolish } = english.words;
    const partial = { 'kinds-of-short-breaks': { ...english, words: withoutPolish } as unknown as Picture };
    const tree: Root = { type: 'root', children: [paragraph('[[picture: kinds-of-short-breaks]]')] };
    expect(() => {
      rehypePictures({ pictures: partial })(tree, { path: page('pl') });
    }).toThrow(/has no words in "pl"/);
  });

  it('leaves a marker in code alone, and gives a second use of a picture its own ids', () => {
    const code: Element = {
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [{ type: 'text', value: '[[picture: x]]' }],
    };
    const tree = run([
      code,
      paragraph('[[picture: kinds-of-short-breaks]]'),
      paragraph('[[picture: kinds-of-short-breaks]]'),
    ]);
    const [kept, first, second] = tree.children as Element[];
    expect(kept).toBe(code);
    expect(JSON.stringify(first)).toContain('"id":"picture-kinds-of-short-breaks-title"');
    expect(JSON.stringify(second)).toContain('"id":"picture-kinds-of-short-breaks-2-title"');
  });

  it.each(['en', 'ar'])(
    "draws the real preparing for adulthood page (%s) through Astro's Markdown pipeline and the site's plugins",
    async (code) => {
      const file = join(process.cwd(), 'content', 'pages', code, 'preparing-for-adulthood.md');
      const markdown = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      // The same plugins, in the same order, as astro.config.mjs.
      const processor = await createMarkdownProcessor({
        syntaxHighlight: false,
        rehypePlugins: [
          [rehypePictures, { pictures }],
          rehypeTelLinks,
          [rehypeGlossaryLinks, { terms: readGlossary() }],
          rehypeLocalizeLinks,
          [rehypeMarkEnglish, { names: readEnglishNames() }],
        ],
      });
      const { code: html } = await processor.render(markdown, { fileURL: pathToFileURL(file) });
      expect(html).not.toContain('[[picture');
      const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      expect(svg).toContain('role="img"');
      expect(svg).toContain(`viewBox="0 0 320 `);
      expect(svg).toContain('aria-labelledby="picture-routes-after-year-11-title picture-routes-after-year-11-desc"');
      expect(svg).toContain('<title id="picture-routes-after-year-11-title">');
      expect(svg).toContain('text-anchor="middle"');
      // The later plugins leave the picture's words alone: no glossary links, and no language spans, inside it.
      expect(svg).not.toContain('<a ');
      expect(svg).not.toContain('<span');
      // The figure sits between paragraphs, not inside one.
      expect(html).toMatch(/<\/p>\s*<figure class="picture picture--routes"/);
    },
  );
});
