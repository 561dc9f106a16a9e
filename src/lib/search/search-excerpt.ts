/** A run of words in an excerpt, marked when it matched the search. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** How Pagefind splits a page's text into the words its match locations count. */
const wordSeparators = /[^\S\uFEFF]+/;

/**
 * An excerpt of a result's text around the words that matched, like Pagefind's own, but never from the glossary
 * synonyms added at index time (src/lib/search/search-index.ts): those are the last `synonymWords` words of the text, and
 * are not on the page. When only synonyms matched, the excerpt is the start of the page (its title and summary).
 * Pagefind's text is HTML-escaped; `decode` turns it back into plain text.
 */
export function excerptParts(
  content: string,
  locations: readonly number[],
  synonymWords: number,
  decode: (html: string) => string,
  length = 30,
): ExcerptPart[] {
  const words = content.split(wordSeparators);
  const end = Math.max(0, words.length - synonymWords);
  const matched = new Set(locations.filter((location) => location < end));
  let start = 0;
  let best = -1;
  for (const location of matched) {
    const from = Math.max(0, Math.min(location - 5, end - length));
    let count = 0;
    for (const other of matched) if (other >= from && other < from + length) count += 1;
    if (count > best) {
      best = count;
      start = from;
    }
  }
  const parts: ExcerptPart[] = [];
  for (let i = start; i < Math.min(end, start + length); i += 1) {
    const mark = matched.has(i);
    const last = parts.at(-1);
    const word = words[i] ?? '';
    if (last?.mark === mark) last.text += ` ${word}`;
    else parts.push({ text: last ? ` ${word}` : word, mark });
  }
  // A space between runs belongs to the unmarked side, so a highlight covers only the words.
  for (const part of parts) {
    if (part.mark && part.text.startsWith(' ')) {
      part.text = part.text.slice(1);
      const index = parts.indexOf(part);
      const before = parts[index - 1];
      if (before) before.text += ' ';
    }
  }
  return parts.map((part) => ({ text: decode(part.text), mark: part.mark }));
}
