/**
 * Line breaking for labels drawn in SVG, where text never wraps by itself. The width of text is estimated, not
 * measured (there is no browser at build time), so the estimate errs wide: a label may end up with a line more than
 * it needs, never running out of its box.
 */

/** Han, kana, Hangul, CJK punctuation and full-width forms: about as wide as they are tall. */
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Latin letters and marks that take little room in any sans-serif. */
const narrow = /[fijlrt.,:;'’|!()[\]/\-–]/u;
const broad = /[mwMW@%]/u;
/** Punctuation that may not start a line in Chinese: it stays with the character before it. */
const noLineStart = /^[、。，．：；！？）」』】〉》…％”’]/u;
/** Punctuation that may not end a line in Chinese: it stays with the character after it. */
const noLineEnd = /[（「『【〈《“‘]$/u;

/** The estimated width of `text` in em (multiply by the font size for user units). */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const char of text) {
    if (wide.test(char)) width += 1;
    else if (char === ' ') width += 0.3;
    else if (narrow.test(char)) width += 0.36;
    else if (broad.test(char)) width += 0.9;
    else if (/[A-Z0-9]/u.test(char)) width += 0.68;
    else width += 0.58;
  }
  // Bold glyphs are wider; Latin more than Han, but one factor keeps the estimate on the wide side for both.
  return bold ? width * 1.08 : width;
}

// Chinese has no spaces between words: the segmenter's dictionary finds them, so a line never splits a word.
const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' });
// What a reader sees as one character (a letter with its accents or Arabic marks): a cut never falls inside one.
const characters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function charactersOf(text: string): string[] {
  return Array.from(characters.segment(text), ({ segment }) => segment);
}

/**
 * The pieces a line may break between: a word with the space after it, or, in Chinese, a word of the segmenter's
 * with its punctuation. A number stays with the word before it ("Year 11", "de 16–18 ani"), and English words in
 * Chinese text stay together.
 */
function pieces(text: string): string[] {
  const result: string[] = [];
  const push = (piece: string) => {
    const last = result.at(-1);
    const joins = /^\s*$/u.test(piece) || /^\d/u.test(piece) || noLineStart.test(piece) || noLineEnd.test(last ?? '');
    if (last !== undefined && joins) {
      result[result.length - 1] = last + piece;
    } else result.push(piece);
  };
  const chinese = wide.test(text);
  for (const [word = ''] of text.matchAll(/\S+\s*/gu)) {
    if (!wide.test(word)) {
      // English words in Chinese text are a name or a term ("EHC plan"): they stay on one line.
      const last = result.at(-1);
      if (chinese && last !== undefined && /[A-Za-z]\s$/u.test(last) && /^[A-Za-z]/u.test(word)) {
        result[result.length - 1] = last + word;
      } else push(word);
      continue;
    }
    for (const { segment } of chineseWords.segment(word)) push(segment);
  }
  return result;
}

/** Lines of at most `maxWidth`, filled greedily; `cut` says whether a word had to be cut to fit. */
function fill(all: string[], fits: (line: string) => boolean): { lines: string[]; cut: boolean } {
  const lines: string[] = [];
  let cutAny = false;
  let line = '';
  for (const piece of all) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    let rest = piece;
    while (!fits(rest) && charactersOf(rest.trimEnd()).length > 1) {
      const [head, tail] = cut(rest, fits);
      lines.push(head);
      rest = tail;
      cutAny = true;
    }
    line = rest;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return { lines, cut: cutAny };
}

/** The longest start of `word` that fits with a hyphen after it, and the rest. */
function cut(word: string, fits: (line: string) => boolean): [string, string] {
  const chars = charactersOf(word);
  let take = chars.length - 1;
  while (take > 1 && !fits(`${chars.slice(0, take).join('')}-`)) take -= 1;
  return [`${chars.slice(0, take).join('')}-`, chars.slice(take).join('')];
}

/**
 * `text` broken into lines that each fit `maxWidth` user units at `fontSize`: at spaces, and between words in
 * Chinese. The lines are then balanced (as CSS `text-wrap: balance` does), so a label does not end in one short word.
 * A word longer than a whole line is cut, with a hyphen, rather than overflow.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const all = pieces(text.trim());
  const within = (width: number) => (line: string) => textWidth(line.trimEnd(), bold) * fontSize <= width;
  const first = fill(all, within(maxWidth));
  if (first.lines.length < 2 || first.cut) return first.lines;
  let best = first.lines;
  for (let width = Math.floor(maxWidth) - 1; width > 0; width -= 1) {
    const narrower = fill(all, within(width));
    if (narrower.cut || narrower.lines.length !== first.lines.length) break;
    best = narrower.lines;
  }
  return best;
}
