/** A glossary entry's name as the reader sees it, in the glossary's language. */
interface Named {
  name: string;
}

/** Terms under one initial letter; `initial` is empty where the script has no letters to group by. */
export interface InitialGroup<T extends Named> {
  initial: string;
  terms: T[];
}

// Arabic dictionaries file a word under the letter after the article "ال" (al-), so "التوحد" is found under ت;
// grouping by the first character would put almost every term under ا.
const arabicArticle = /^ال(?=\p{L})/u;

/** Scripts whose words are not spelt with letters, so a letter index would be one heading per word. */
const unlettered = /^(zh|ja|ko)(-|$)/i;

/**
 * The glossary's terms in the reader's alphabetical order (the language's own collation, which knows that "ł" comes
 * after "l" in Polish), grouped by initial letter for the letter index. Chinese has no letters, so its terms come as
 * one group, in the collation's pinyin order.
 */
export function groupByInitial<T extends Named>(entries: readonly T[], lang: string): InitialGroup<T>[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const key = (name: string) => name.replace(arabicArticle, '');
  const sorted = [...entries].sort((a, b) => collator.compare(key(a.name), key(b.name)));
  if (unlettered.test(lang)) return sorted.length > 0 ? [{ initial: '', terms: sorted }] : [];
  const groups: InitialGroup<T>[] = [];
  for (const entry of sorted) {
    // The first character as a reader sees it (a letter with its accent), not a UTF-16 half of one.
    const [first = ''] = Array.from(new Intl.Segmenter(lang).segment(key(entry.name)), (s) => s.segment);
    const upper = first.toLocaleUpperCase(lang);
    // "É" is headed "E" where the language counts them as one letter; Polish "Ś" stays a letter of its own.
    const base = upper.normalize('NFD').charAt(0) || upper;
    const initial = collator.compare(upper, base) === 0 ? base : upper;
    const last = groups.at(-1);
    if (last && collator.compare(last.initial, initial) === 0) last.terms.push(entry);
    else groups.push({ initial, terms: [entry] });
  }
  return groups;
}
