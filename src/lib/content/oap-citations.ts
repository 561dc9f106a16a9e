import type { StrategySource } from '../../schemas/oap.ts';

/** A document that one or more examples of good practice come from, numbered for printed references. */
export interface CitedDocument {
  /** Its number in the list, from 1, in the order the examples first cite it. */
  number: number;
  /** The document's name, as the first example that cites it gives it. */
  title: string;
  /** Its web address: two sources with the same address are the same document. */
  url: string;
}

/** The documents a list of examples cites, and each example's reference into that list. */
export interface Citations {
  /** Each document once, numbered in the order the examples first cite it. */
  documents: CitedDocument[];
  /** The number of the document a source points to. Throws for a source that is not one of the examples'. */
  numberOf: (source: Pick<StrategySource, 'url'>) => number;
}

/**
 * Numbers the documents a list of examples cites, so a printed checklist can put a short "[1]" beside each example
 * and the full web addresses once, at the end, where a printout can still show them.
 */
export function citations(examples: readonly { source: Pick<StrategySource, 'title' | 'url'> }[]): Citations {
  const byUrl = new Map<string, CitedDocument>();
  for (const { source } of examples) {
    if (!byUrl.has(source.url)) byUrl.set(source.url, { number: byUrl.size + 1, title: source.title, url: source.url });
  }
  return {
    documents: [...byUrl.values()],
    numberOf: (source) => {
      const document = byUrl.get(source.url);
      if (!document) throw new Error(`${source.url} is not cited by these examples`);
      return document.number;
    },
  };
}
