import type { Element } from 'hast';
import { h, s } from 'hastscript';
import { getLocale, type LocaleCode } from '../../i18n/locales.ts';
import type { Picture } from '../../schemas/picture.ts';
import { lineHeight, sceneOf, type Arrow, type Box, type Point, type Scene } from './layout.ts';

/** One decimal place is finer than a pixel at any size the picture is shown. */
function n(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The arrowhead's length and half its width. */
const head = { length: 10, halfWidth: 5 };

/**
 * Draws `scene` in user units, mirrored for a right-to-left language: every x becomes `width - x`, so the picture
 * reads from the right, while the words themselves are never flipped. Labels are centred on their boxes (text-anchor
 * middle), so only their x moves. The svg's `direction` is rtl, which makes Arabic run right to left; it also makes
 * an anchor of `start` mean the right-hand end, so a label anchored at its start would keep `start` when mirrored.
 */
function drawing(scene: Scene, rtl: boolean) {
  const x = (value: number) => n(rtl ? scene.width - value : value);
  const point = (p: Point) => `${x(p.x)} ${n(p.y)}`;

  function drawBox(box: Box): Element[] {
    const left = rtl ? scene.width - box.x - box.width : box.x;
    const rect = s('rect', {
      className: ['picture__box', `picture__box--${box.style}`],
      x: n(left),
      y: n(box.y),
      width: n(box.width),
      height: n(box.height),
      rx: 6,
      // Without the stylesheet (a reader mode, a feed) the picture is still outlines and text in the text colour.
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 2,
    });
    const textHeight = box.lines.reduce((sum, line) => sum + lineHeight(line.size), 0);
    let top = box.y + (box.height - textHeight) / 2;
    const centre = x(box.x + box.width / 2);
    const lines = box.lines.map((line) => {
      const height = lineHeight(line.size);
      // The baseline sits about a third of the font size below the middle of the line.
      const baseline = top + height / 2 + line.size * 0.35;
      top += height;
      return s(
        'tspan',
        {
          x: centre,
          y: n(baseline),
          fontSize: line.size,
          ...(line.bold ? { fontWeight: 'bold', className: ['picture__name'] } : {}),
        },
        line.text,
      );
    });
    const label = s(
      'text',
      {
        className: ['picture__label', `picture__label--${box.style}`],
        x: centre,
        textAnchor: 'middle',
        fill: 'currentColor',
      },
      lines,
    );
    return [rect, label];
  }

  function drawArrow(arrow: Arrow): Element[] {
    // The head points along the curve's last stretch: from the second control point (or the start) to the tip.
    const before = arrow.controls?.[1] ?? arrow.from;
    const dx = arrow.to.x - before.x;
    const dy = arrow.to.y - before.y;
    const length = Math.hypot(dx, dy) || 1;
    const along = { x: dx / length, y: dy / length };
    const base = { x: arrow.to.x - along.x * head.length, y: arrow.to.y - along.y * head.length };
    const side = { x: -along.y * head.halfWidth, y: along.x * head.halfWidth };
    // The line stops inside the head, so its square end never shows past the point.
    const end = { x: base.x + along.x * 2, y: base.y + along.y * 2 };
    const d = arrow.controls
      ? `M${point(arrow.from)} C${point(arrow.controls[0])} ${point(arrow.controls[1])} ${point(end)}`
      : `M${point(arrow.from)} L${point(end)}`;
    const tip = [arrow.to, { x: base.x + side.x, y: base.y + side.y }, { x: base.x - side.x, y: base.y - side.y }];
    return [
      s('path', { className: ['picture__arrow'], d, fill: 'none', stroke: 'currentColor', strokeWidth: 2.5 }),
      s('path', {
        className: ['picture__arrowhead'],
        d: `M${tip.map(point).join(' L')} Z`,
        fill: 'currentColor',
      }),
    ];
  }

  return [...scene.arrows.flatMap(drawArrow), ...scene.boxes.flatMap(drawBox)];
}

/**
 * The picture `name` in the language `code`: `<figure class="picture">` holding an `<svg role="img">` named by its
 * `<title>` and described by its `<desc>` (the text alternative), with its labels as real text. `idPrefix` makes the
 * ids unique on the page (the default is `picture-<name>`).
 */
export function pictureFigure(name: string, picture: Picture, code: LocaleCode, idPrefix = `picture-${name}`): Element {
  const words = picture.words[code];
  const scene = sceneOf(picture, code);
  const rtl = getLocale(code).dir === 'rtl';
  const ids = { title: `${idPrefix}-title`, desc: `${idPrefix}-desc` };
  return h(
    'figure',
    {
      className: ['picture', `picture--${picture.kind}`],
      dataPicture: name,
      // The page's own words say all the picture says, and search excerpts would run its labels together.
      dataPagefindIgnore: '',
    },
    [
      s(
        'svg',
        {
          className: ['picture__drawing'],
          role: 'img',
          ariaLabelledBy: `${ids.title} ${ids.desc}`,
          focusable: 'false',
          viewBox: `0 0 ${scene.width} ${n(scene.height)}`,
          width: scene.width,
          height: n(scene.height),
          direction: rtl ? 'rtl' : 'ltr',
        },
        [s('title', { id: ids.title }, words.title), s('desc', { id: ids.desc }, words.alt), ...drawing(scene, rtl)],
      ),
    ],
  );
}
