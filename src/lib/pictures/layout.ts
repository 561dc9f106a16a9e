import type { LocaleCode } from '../../i18n/locales.ts';
import type { CycleWords, KindsWords, Picture, RoutesWords } from '../../schemas/picture.ts';
import { wrapText } from './text-wrap.ts';

/**
 * Where everything in a picture goes, worked out left to right in the viewBox's user units (about one CSS pixel
 * each at a phone's 320 px width). Drawing (draw-picture.ts) mirrors it for right-to-left languages.
 */

/** The viewBox is this wide; its height follows from the words. */
export const pictureWidth = 320;
/** Room at the edges, so a 2-unit stroke on the outermost boxes is not cut off. */
const margin = 4;
/** Space between a box's edge and its words. */
export const padding = { inline: 8, block: 8 };
/** Names (step names, kinds, the starting point) and everything else: 16 and 15 units stay about 14 px on a phone. */
export const nameSize = 16;
export const textSize = 15;

/** The height of one line of text at `size`. */
export function lineHeight(size: number): number {
  return Math.round(size * 1.3);
}

/** A label as written, before wrapping. */
export interface Part {
  text: string;
  size: number;
  bold: boolean;
}

/** A line of a label after wrapping. */
export type Line = Part;

/** A box with its words: `key` boxes (the names that lead the picture) are filled with the brand colour. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  style: 'key' | 'plain';
  parts: Part[];
  lines: Line[];
}

export interface Point {
  x: number;
  y: number;
}

/** A straight arrow, or a curve when it has two control points (a cubic Bézier curve). */
export interface Arrow {
  from: Point;
  to: Point;
  controls?: [Point, Point];
}

/** A whole picture: its height, boxes and arrows, in the order they are drawn. */
export interface Scene {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
}

/** The width a box leaves for its words. */
export function innerWidth(box: Pick<Box, 'width'>): number {
  return box.width - 2 * padding.inline;
}

/** The lines `parts` take in a box `width` wide. */
export function wrapParts(parts: Part[], width: number): Line[] {
  return parts.flatMap((part) =>
    wrapText(part.text, width - 2 * padding.inline, part.size, part.bold).map((text) => ({ ...part, text })),
  );
}

/** The height the lines need, with the padding above and below them. */
export function heightOf(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + lineHeight(line.size), 0) + 2 * padding.block;
}

function name(text: string, size = nameSize): Part {
  return { text, size, bold: true };
}

function text(value: string): Part {
  return { text: value, size: textSize, bold: false };
}

/** A box at x, y, `width` wide and at least as high as its words need (`height` makes rows line up). */
function box(x: number, y: number, width: number, style: Box['style'], parts: Part[], height = 0): Box {
  const lines = wrapParts(parts, width);
  return { x, y, width, height: Math.max(height, heightOf(lines)), style, parts, lines };
}

/** How high a box of these words would be at this width. */
function neededHeight(parts: Part[], width: number): number {
  return heightOf(wrapParts(parts, width));
}

/**
 * A loop of 4 steps as a 2 by 2 grid, clockwise from the top left: first, second (top right), third (below it),
 * fourth (bottom left), with an arrow from each to the next and from the fourth back up to the first.
 */
export function cycleScene(words: CycleWords): Scene {
  const width = 136;
  const gap = { inline: pictureWidth - 2 * margin - 2 * width, block: 40 };
  const partsOf = words.steps.map((step) => [name(step.name), text(step.detail)]);
  const height = Math.max(...partsOf.map((parts) => neededHeight(parts, width)));
  const left = margin;
  const right = pictureWidth - margin - width;
  const top = margin;
  const bottom = margin + height + gap.block;
  const places = [
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
  ] as const;
  const boxes = partsOf.map((parts, index) => {
    const [x, y] = places[index] ?? [left, top];
    return box(x, y, width, 'plain', parts, height);
  });
  const space = 5;
  const middle = { top: top + height / 2, bottom: bottom + height / 2 };
  const centre = { left: left + width / 2, right: right + width / 2 };
  const arrows: Arrow[] = [
    { from: { x: left + width + space, y: middle.top }, to: { x: right - space, y: middle.top } },
    { from: { x: centre.right, y: top + height + space }, to: { x: centre.right, y: bottom - space } },
    { from: { x: right - space, y: middle.bottom }, to: { x: left + width + space, y: middle.bottom } },
    { from: { x: centre.left, y: bottom - space }, to: { x: centre.left, y: top + height + space } },
  ];
  return { width: pictureWidth, height: bottom + height + margin, boxes, arrows };
}

/**
 * One starting point on the left, its routes stacked on the right, and a curved arrow from the start to each route.
 */
export function routesScene(words: RoutesWords): Scene {
  const startWidth = 104;
  const gap = { inline: 40, block: 10 };
  const routeX = margin + startWidth + gap.inline;
  const routeWidth = pictureWidth - margin - routeX;
  const routes: Box[] = [];
  let y = margin;
  for (const route of words.routes) {
    const routeBox = box(routeX, y, routeWidth, 'plain', [
      name(route.name),
      ...(route.note === undefined ? [] : [text(route.note)]),
    ]);
    routes.push(routeBox);
    y += routeBox.height + gap.block;
  }
  const routesHeight = y - gap.block - margin;
  const startParts = [name(words.start)];
  const startHeight = neededHeight(startParts, startWidth);
  const start = box(margin, margin + Math.max(0, (routesHeight - startHeight) / 2), startWidth, 'key', startParts);
  const height = Math.max(routesHeight, start.height) + 2 * margin;
  const from = { x: start.x + start.width + 3, y: start.y + start.height / 2 };
  const arrows = routes.map((route): Arrow => {
    const to = { x: route.x - 4, y: route.y + route.height / 2 };
    const bend = (to.x - from.x) / 2;
    return {
      from,
      to,
      controls: [
        { x: from.x + bend, y: from.y },
        { x: to.x - bend, y: to.y },
      ],
    };
  });
  return { width: pictureWidth, height, boxes: [start, ...routes], arrows };
}

/**
 * What the kinds are kinds of across the top, an arrow down to each kind, and each kind's examples stacked under it
 * in its column. Rows line up across the two columns.
 */
export function kindsScene(words: KindsWords): Scene {
  const gap = { inline: 12, block: 8, arrows: 30 };
  const width = (pictureWidth - 2 * margin - gap.inline) / 2;
  const columns = [margin, margin + width + gap.inline];
  const whole = box(margin, margin, pictureWidth - 2 * margin, 'key', [name(words.whole)]);
  // The kinds' names are a size smaller: a column is half the width, and long words (Polish "Specjalistyczne") must fit.
  const headParts = words.kinds.map((kind) => [
    name(kind.name, textSize),
    ...(kind.note === undefined ? [] : [text(kind.note)]),
  ]);
  const headHeight = Math.max(...headParts.map((parts) => neededHeight(parts, width)));
  const headY = whole.y + whole.height + gap.arrows;
  const boxes: Box[] = [whole];
  headParts.forEach((parts, index) => {
    boxes.push(box(columns[index] ?? margin, headY, width, 'key', parts, headHeight));
  });
  let y = headY + headHeight + gap.block;
  const rows = Math.max(...words.kinds.map((kind) => kind.examples.length));
  for (let row = 0; row < rows; row += 1) {
    const parts = words.kinds.map((kind) => {
      const example = kind.examples[row];
      return example === undefined ? undefined : [text(example)];
    });
    const rowHeight = Math.max(...parts.map((p) => (p ? neededHeight(p, width) : 0)));
    parts.forEach((p, index) => {
      if (p) boxes.push(box(columns[index] ?? margin, y, width, 'plain', p, rowHeight));
    });
    y += rowHeight + gap.block;
  }
  const arrows = columns.map((x): Arrow => ({
    from: { x: x + width / 2, y: whole.y + whole.height + 3 },
    to: { x: x + width / 2, y: headY - 4 },
  }));
  return { width: pictureWidth, height: y - gap.block + margin, boxes, arrows };
}

/** The scene for a picture in one language. */
export function sceneOf(picture: Picture, code: LocaleCode): Scene {
  switch (picture.kind) {
    case 'cycle':
      return cycleScene(picture.words[code]);
    case 'routes':
      return routesScene(picture.words[code]);
    case 'kinds':
      return kindsScene(picture.words[code]);
  }
}
