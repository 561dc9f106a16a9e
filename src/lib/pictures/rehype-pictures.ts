import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Picture } from '../../schemas/picture.ts';
import { languageOfFile } from '../markdown/rehype-localize-links.ts';
import { pictureFigure } from './draw-picture.ts';

/** A paragraph that is only `[[picture: <name>]]`; and a marker anywhere in a text. */
const marker = /^\[\[\s*picture\s*:\s*(.*?)\s*\]\]$/;
const anyMarker = /\[\[\s*picture\s*:/;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/**
 * Rehype plugin: a paragraph whose whole text is `[[picture: <name>]]` becomes the picture content/pictures/<name>.yaml
 * describes, drawn in the page's language (see draw-picture.ts). An unknown name, a page outside
 * content/pages/<lang>/, a language the picture lacks, or a marker inside other text stops the build: a marker must
 * never reach a reader. Runs first, so the later plugins see the figure.
 */
export function rehypePictures({ pictures }: { pictures: Readonly<Record<string, Picture>> }) {
  return (tree: Root, file: { path?: string }) => {
    const where = file.path ?? 'a Markdown file';
    const used = new Map<string, number>();
    visit(tree, 'element', (node: Element, index, parent) => {
      // Code shows a marker as it is written, to explain it.
      if (node.tagName === 'code' || node.tagName === 'pre') return SKIP;
      const text = textOf(node);
      if (!anyMarker.test(text)) return undefined;
      const name = node.tagName === 'p' ? marker.exec(text.trim())?.[1] : undefined;
      // A paragraph holding the marker and more, or a list item or heading: look inside for the marker's own paragraph.
      if (name === undefined) {
        if (node.children.some((child) => child.type === 'element' && anyMarker.test(textOf(child)))) {
          return undefined;
        }
        throw new Error(
          `${where}: "[[picture: ...]]" must be a paragraph of its own, with a blank line before and after`,
        );
      }
      if (!parent || index === undefined) return undefined;
      const picture = Object.hasOwn(pictures, name) ? pictures[name] : undefined;
      if (!picture) {
        const known = Object.keys(pictures).join(', ') || 'none';
        throw new Error(`${where}: no picture is called "${name}" in content/pictures/ (there are: ${known})`);
      }
      const code = languageOfFile(file.path);
      if (!code) throw new Error(`${where}: pictures are drawn only in content/pages/<lang>/, to know the language`);
      if (!Object.hasOwn(picture.words, code)) {
        throw new Error(`${where}: content/pictures/${name}.yaml has no words in "${code}"`);
      }
      const count = (used.get(name) ?? 0) + 1;
      used.set(name, count);
      const idPrefix = count === 1 ? `picture-${name}` : `picture-${name}-${count}`;
      parent.children[index] = pictureFigure(name, picture, code, idPrefix);
      return SKIP;
    });
  };
}
