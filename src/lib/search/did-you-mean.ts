/**
 * "Did you mean": suggestions for misspelt site words ("dislexia", "autisim", "ehcp plan"), worked out in the browser
 * from a small vocabulary of glossary terms, their aliases and page titles. No query leaves the browser.
 */

/** Edit distance counting a swap of two neighbouring letters as one edit ("autsim" is one edit from "autism"). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const here = rows[i] ?? [];
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      here[j] = Math.min((above[j] ?? 0) + 1, (here[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        here[j] = Math.min(here[j] ?? 0, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Lower case, letters and digits only, single spaces: how queries and vocabulary are compared. */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How many edits a word or phrase of this length may be from a site word and still be a likely misspelling. Short
 * words are never corrected: "son" is one letter from "SEN", but is not a mistake for it.
 */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/** Makes a suggester over a vocabulary of phrases, e.g. ["Dyslexia", "EHC plan", "Short breaks for disabled children"]. */
export function createSuggester(vocabulary: readonly string[]) {
  const phrases = new Map<string, string>();
  for (const phrase of vocabulary) {
    const key = normalise(phrase);
    if (key && !phrases.has(key)) phrases.set(key, phrase);
  }
  const words = new Set([...phrases.keys()].flatMap((key) => key.split(' ')));

  function closest<T>(target: string, candidates: Iterable<[string, T]>): T | undefined {
    const limit = allowedEdits(target.length);
    if (limit === 0) return undefined;
    let best: { value: T; distance: number } | undefined;
    for (const [key, value] of candidates) {
      if (Math.abs(key.length - target.length) > limit) continue;
      const distance = editDistance(target, key);
      if (distance > 0 && distance <= limit && (!best || distance < best.distance)) best = { value, distance };
    }
    return best?.value;
  }

  /** A suggestion for the query, or undefined when every word is a site word or nothing is close. */
  return function suggest(query: string): string | undefined {
    const key = normalise(query);
    if (!key || phrases.has(key)) return undefined;
    // The whole query may be one phrase misspelt: "ehcp plan" is "EHC plan".
    const phrase = closest(key, phrases.entries());
    if (phrase) return phrase;
    const wordPairs = [...words].map((w) => [w, w] as [string, string]);
    const corrected = key.split(' ').map((word) => (words.has(word) ? word : (closest(word, wordPairs) ?? word)));
    const suggestion = corrected.join(' ');
    return suggestion === key ? undefined : suggestion;
  };
}
