/**
 * English words inside a translated page: the English names of SEND terms kept in brackets ("plan EHC (EHC plan)"),
 * names of organisations and teams, which are never translated. Marked `lang="en"` they are read by an English voice,
 * and inside Arabic `dir="ltr"` keeps each name whole and its brackets in place.
 *
 * Hand-written rather than a library: what counts as English here is a rule about this site's content (names it
 * knows, and words the English page itself uses), not language detection, which is unreliable on two or three words.
 */

import { withPlainApostrophes } from '../glossary/apostrophes.ts';
import { remembered } from '../memo/remembered.ts';

/** One run of a text: in the page's language, or English. */
export interface Fragment {
  text: string;
  english: boolean;
}

export interface EnglishVocabulary {
  /** Names that are always English wherever they appear: organisations, teams, acronyms such as SENCo or PIAS. */
  names: readonly string[];
  /** The English page the translation follows, as text: a bracketed phrase it also uses is English. */
  englishText?: string | undefined;
}

// Latin letters only: a run of them in Chinese or Arabic text is English (a name, an acronym, a term in brackets).
const latinRun = /[A-Za-z][A-Za-z0-9'’&./+@_-]*(?:[ \u00a0,]+[A-Za-z0-9][A-Za-z0-9'’&./+@_-]*)*/g;
const bracketed = /\(([^()]{2,120})\)/g;
const letter = /\p{L}/u;

/** Scripts other than Latin, where every run of Latin letters is a foreign word. */
export function usesLatinScript(lang: string): boolean {
  return !/^(zh|ar|ja|ko|ru|uk|el|he|fa)(-|$)/i.test(lang);
}

function normalize(text: string): string {
  return withPlainApostrophes(text).replace(/\s+/g, ' ').toLowerCase();
}

/** True when `phrase` appears in `text` as whole words. */
function containsWords(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  let from = at;
  while (from >= 0) {
    const before = text[from - 1] ?? ' ';
    const after = text[from + phrase.length] ?? ' ';
    if (!letter.test(before) && !letter.test(after)) return true;
    from = text.indexOf(phrase, from + 1);
  }
  return false;
}

const normalizedEnglish = new WeakMap<EnglishVocabulary, string>();

/**
 * The English page's text, normalized once per vocabulary: a translated page's every text node is checked against
 * the same English page, and normalizing it for each node took most of the time the cold build spent marking English.
 */
function englishOf(vocabulary: EnglishVocabulary): string {
  return remembered(normalizedEnglish, vocabulary, ({ englishText = '' }) => normalize(englishText));
}

const sortedNames = new WeakMap<readonly string[], string[]>();

/**
 * The names, longest first and with the keyboard's apostrophe, sorted once per list (a build marks thousands of strings
 * with the same list).
 */
function longestFirst(names: readonly string[]): string[] {
  return remembered(sortedNames, names, (list) => list.map(withPlainApostrophes).sort((a, b) => b.length - a.length));
}

/** Where English runs are in `text`, as [start, end) ranges, in order and not overlapping. */
function englishRanges(text: string, lang: string, vocabulary: EnglishVocabulary): [number, number][] {
  const ranges: [number, number][] = [];
  if (!usesLatinScript(lang)) {
    for (const match of text.matchAll(latinRun)) {
      const trimmed = match[0].replace(/[\s,.]+$/, '');
      ranges.push([match.index, match.index + trimmed.length]);
    }
    return ranges;
  }
  // A bracketed phrase the English page also uses is the English name kept beside a translation.
  if (vocabulary.englishText) {
    for (const match of text.matchAll(bracketed)) {
      const inner = (match[1] ?? '').trim();
      if (/[A-Za-z]/.test(inner) && containsWords(englishOf(vocabulary), normalize(inner))) {
        const start = match.index + 1 + (match[1] ?? '').indexOf(inner);
        ranges.push([start, start + inner.length]);
      }
    }
  }
  // Known names anywhere, longest first so "Special Educational Needs" wins over "Special"; "Children’s Disability
  // Team" is the name "Children's Disability Team".
  const searched = withPlainApostrophes(text);
  for (const name of longestFirst(vocabulary.names)) {
    let from = searched.indexOf(name);
    while (from >= 0) {
      const end = from + name.length;
      const whole = !letter.test(text[from - 1] ?? ' ') && !letter.test(text[end] ?? ' ');
      if (whole && !ranges.some(([a, b]) => from < b && end > a)) ranges.push([from, end]);
      from = searched.indexOf(name, end);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Splits `text`, in a page in the language `lang`, into runs in that language and English runs. */
export function englishFragments(text: string, lang: string, vocabulary: EnglishVocabulary): Fragment[] {
  if (/^en(-|$)/i.test(lang)) return [{ text, english: false }];
  const fragments: Fragment[] = [];
  let at = 0;
  for (const [start, end] of englishRanges(text, lang, vocabulary)) {
    if (start < at) continue;
    if (start > at) fragments.push({ text: text.slice(at, start), english: false });
    fragments.push({ text: text.slice(start, end), english: true });
    at = end;
  }
  if (at < text.length) fragments.push({ text: text.slice(at), english: false });
  return fragments.length > 0 ? fragments : [{ text, english: false }];
}
