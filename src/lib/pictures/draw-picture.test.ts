import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../i18n/locales.ts';
import type { Picture } from '../../schemas/picture.ts';
import { pictureFigure } from './draw-picture.ts';
import { innerWidth, lineHeight, padding, pictureWidth, sceneOf } from './layout.ts';
import { readPictures } from './picture-data.ts';
import { textWidth, wrapText } from './text-wrap.ts';

const pictures = readPictures();
const every = Object.entries(pictures).flatMap(([name, picture]) =>
  localeCodes.map((code) => ({ name, picture, code })),
);

function all(node: Element, tagName?: string): Element[] {
  const found: Element[] = [];
  const walk = (child: ElementContent) => {
    if (child.type !== 'element') return;
    if (tagName === undefined || child.tagName === tagName) found.push(child);
    child.children.forEach(walk);
  };
  walk(node);
  return found;
}

function svgOf(figure: Element): Element {
  const svg = all(figure, 'svg')[0];
  if (!svg) throw new Error('no svg');
  return svg;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The numbers in an SVG path, as [x, y] pairs (the paths here use only M, L and C, all absolute). */
function pairs(d: unknown): number[][] {
  const numbers =
    String(d)
      .match(/-?\d+(\.\d+)?/g)
      ?.map(Number) ?? [];
  return numbers.flatMap((value, index) => (index % 2 === 0 ? [[value, numbers[index + 1] ?? NaN]] : []));
}

describe('a picture', () => {
  it.each(every)('$name in $code is an image named by its title and described by its text alternative', (each) => {
    const figure = pictureFigure(each.name, each.picture, each.code);
    expect(figure.tagName).toBe('figure');
    expect(figure.properties.className).toContain('picture');
    const svg = svgOf(figure);
    expect(svg.properties.role).toBe('img');
    expect(svg.properties.focusable).toBe('false');
    const [titleId, descId] = [`picture-${each.name}-title`, `picture-${each.name}-desc`];
    expect(svg.properties.ariaLabelledBy).toEqual([titleId, descId]);
    const byId = (id: string | undefined) => all(svg).filter((element) => element.properties.id === id);
    expect(byId(titleId).map((e) => [e.tagName, textOf(e)])).toEqual([['title', each.picture.words[each.code].title]]);
    expect(byId(descId).map((e) => [e.tagName, textOf(e)])).toEqual([['desc', each.picture.words[each.code].alt]]);
    // The title and the description come first, so every screen reader finds them.
    expect(svg.children.slice(0, 2).map((child) => (child as Element).tagName)).toEqual(['title', 'desc']);
  });

  it('gives its ids the prefix asked for, so two pictures on a page never share one', () => {
    const picture = pictures['kinds-of-short-breaks'];
    if (!picture) throw new Error('missing picture');
    const first = all(pictureFigure('kinds-of-short-breaks', picture, 'en')).map((e) => e.properties.id);
    const second = all(pictureFigure('kinds-of-short-breaks', picture, 'en', 'picture-kinds-of-short-breaks-2')).map(
      (e) => e.properties.id,
    );
    const ids = [...first, ...second].filter((id) => id !== undefined);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^picture-kinds-of-short-breaks-/);
  });

  it.each(Object.entries(pictures))(
    '%s in Arabic is the English layout mirrored: every x becomes 320 - x',
    (name, picture) => {
      // The same words both ways round, so only the direction differs.
      const same: Picture = { ...picture, words: { ...picture.words, en: picture.words.ar } } as Picture;
      const ltr = svgOf(pictureFigure(name, same, 'en'));
      const rtl = svgOf(pictureFigure(name, same, 'ar'));
      expect(rtl.properties.direction).toBe('rtl');
      expect(ltr.properties.direction).toBe('ltr');

      const rects = (svg: Element) => all(svg, 'rect').map((r) => r.properties as Record<string, number>);
      const [left, right] = [rects(ltr), rects(rtl)];
      expect(right).toHaveLength(left.length);
      left.forEach((box, index) => {
        const mirrored = right[index];
        expect(mirrored?.['x']).toBeCloseTo(pictureWidth - (box['x'] ?? 0) - (box['width'] ?? 0), 1);
        expect(mirrored?.['y']).toBe(box['y']);
        expect(mirrored?.['width']).toBe(box['width']);
      });

      const xs = (svg: Element) => all(svg, 'tspan').map((t) => Number(t.properties.x));
      expect(xs(rtl)).toEqual(xs(ltr).map((x) => pictureWidth - x));
      // Words are never flipped: no transforms, and labels stay centred on their boxes.
      expect(all(rtl).some((e) => e.properties.transform !== undefined)).toBe(false);
      for (const text of all(rtl, 'text')) expect(text.properties.textAnchor).toBe('middle');

      const paths = (svg: Element) => all(svg, 'path').map((p) => pairs(p.properties.d));
      const [ltrPaths, rtlPaths] = [paths(ltr), paths(rtl)];
      expect(rtlPaths).toHaveLength(ltrPaths.length);
      ltrPaths.forEach((path, index) => {
        path.forEach(([x = 0, y = 0], point) => {
          const [mx = 0, my = 0] = rtlPaths[index]?.[point] ?? [];
          expect(mx).toBeCloseTo(pictureWidth - x, 0);
          expect(my).toBe(y);
        });
      });
    },
  );

  it.each(every)('$name in $code: every label fits its box, and every box fits the picture', (each) => {
    const scene = sceneOf(each.picture, each.code);
    for (const box of scene.boxes) {
      const width = innerWidth(box);
      const needed = box.parts.reduce((sum, part) => {
        const lines = wrapText(part.text, width, part.size, part.bold);
        for (const line of lines) {
          expect(textWidth(line, part.bold) * part.size, line).toBeLessThanOrEqual(width);
          // No word of the real words has to be cut to fit.
          expect(line.endsWith('-') && !part.text.includes(line), line).toBe(false);
        }
        return sum + lines.length * lineHeight(part.size);
      }, 0);
      expect(needed + 2 * padding.block, box.parts.map((p) => p.text).join(' / ')).toBeLessThanOrEqual(box.height);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(scene.width);
      expect(box.y + box.height).toBeLessThanOrEqual(scene.height);
    }
    // No two boxes overlap.
    scene.boxes.forEach((a, i) => {
      for (const b of scene.boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.parts[0]?.text ?? ''} and ${b.parts[0]?.text ?? ''}`).toBe(true);
      }
    });
    // The drawing holds every line the layout wrapped, in order.
    const drawn = all(svgOf(pictureFigure(each.name, each.picture, each.code)), 'tspan').map(textOf);
    expect(drawn).toEqual(scene.boxes.flatMap((box) => box.lines.map((line) => line.text)));
  });

  it.each(every)('$name in $code takes its colours from the stylesheet, with text of 15 or 16 units', (each) => {
    const svg = svgOf(pictureFigure(each.name, each.picture, each.code));
    expect(svg.properties.viewBox).toMatch(new RegExp(`^0 0 ${pictureWidth} `));
    for (const element of all(svg)) {
      expect(element.properties.style).toBeUndefined();
      for (const paint of [element.properties.fill, element.properties.stroke]) {
        if (paint !== undefined) expect(['none', 'currentColor']).toContain(paint);
      }
      if (element.properties.strokeWidth !== undefined) {
        expect(Number(element.properties.strokeWidth)).toBeGreaterThanOrEqual(2);
      }
      if (element.tagName === 'tspan') expect([15, 16]).toContain(Number(element.properties.fontSize));
    }
  });
});
