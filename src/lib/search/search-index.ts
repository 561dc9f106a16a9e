import { defaultLocale, getLocale, localizePath, type LocaleCode } from '../../i18n/locales.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Phase } from '../../schemas/oap.ts';
import type { LifeStage } from '../../schemas/taxonomy.ts';
import type { SearchSynonyms } from '../../schemas/search.ts';
import { createGlossaryMatcher } from '../glossary/glossary-matcher.ts';
import { siteConfig } from '../../site.config.ts';

/**
 * Whether a built page belongs in the search index. Left out: the 404 pages, the search page itself, the feedback
 * thank-you page, the directory's filter, page-number and shortlist pages (the entries are indexed), and the short
 * breaks checker: a tool rather than information, with hundreds of question pages that would crowd out the short
 * breaks page, which search finds and which links to the checker.
 */
export function isSearchablePage(urlPath: string): boolean {
  const path = urlPath.replace(/^\/(?:pl|ro|zh|pt|ar)\//, '/');
  if (['/404.html', '/404/', '/search/', siteConfig.thankYouPath].includes(path)) return false;
  // The directory's own list, filter and page-number pages repeat its entries; the entries themselves are indexed.
  if (path.startsWith('/directory/') && path !== '/directory/') return /^\/directory\/[0-9a-f-]{36}\/$/.test(path);
  return !path.startsWith('/short-breaks/check/');
}

/**
 * What Pagefind needs of a built page: its head and `<html>` tag (language, title) and its `<main>`, where the page
 * marks its searchable body (`data-pagefind-body`), filters and weights. The header, breadcrumbs, feedback forms and
 * footer around it are left out: Pagefind would parse them only to ignore them, and on a county-sized directory,
 * 30,000 entry pages each over three-quarters such parts, that parsing was a large share of the index's time. The
 * built site keeps them: a dist test checks no Pagefind attribute outside `<main>` is lost. A page without a
 * `<main>` is given whole.
 */
export function searchDocument(html: string): string {
  const bodyStart = /<body\b[^>]*>/.exec(html);
  const mainStart = html.indexOf('<main');
  const mainEnd = html.lastIndexOf('</main>');
  if (!bodyStart || mainStart < bodyStart.index || mainEnd < mainStart) return html;
  const head = html.slice(0, bodyStart.index + bodyStart[0].length);
  return `${head}${html.slice(mainStart, mainEnd + '</main>'.length)}</body></html>`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The readable text of a built page's <main>: enough to find which glossary terms it uses. (Tags are dropped and
 * character references decoded; it is not an HTML parser, and need not be one for counting words.)
 */
export function mainText(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end) : html;
  return withoutIgnored(main)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      return entities[ref.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The HTML without elements marked `data-pagefind-ignore="all"`, which Pagefind leaves out of the index (the glossary
 * page's list of terms, lists of links repeated on many pages): their words must not add synonyms either. Astro's
 * output is well formed, so counting nested tags of the same name finds each element's end.
 */
export function withoutIgnored(html: string): string {
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore="all"[^>]*>/i;
  let rest = html;
  for (let match = opening.exec(rest); match; match = opening.exec(rest)) {
    const name = match[1] ?? '';
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = rest.length;
    for (let tag = tags.exec(rest); tag; tag = tags.exec(rest)) {
      depth += tag[1] === '/' ? -1 : tag[0].endsWith('/>') ? 0 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    rest = `${rest.slice(0, match.index)} ${rest.slice(end)}`;
  }
  return rest;
}

/** The most weight a term's other names get on a page for using the term often (one use weighs 1). */
export const maxRepeats = 10;

/** Pagefind's weight for names of a term in a page's title: as strong as an `h1` (Pagefind weighs those 7). */
export const titleWeight = 7;

/** The glossary with what families call each term in every language, for matching and for the index. */
export interface SearchVocabulary {
  terms: Pick<GlossaryTerm, 'id' | 'term' | 'aliases'>[];
  synonyms: SearchSynonyms[];
}

/** Every name of a term that a reader of this language might type: the English term and aliases, then theirs. */
export function namesOf(
  term: Pick<GlossaryTerm, 'id' | 'term' | 'aliases'>,
  synonyms: SearchSynonyms[],
  code: LocaleCode,
): string[] {
  const translated = code === defaultLocale ? [] : (synonyms.find((s) => s.id === term.id)?.[code] ?? []);
  return [...new Set([term.term, ...term.aliases, ...translated])];
}

/**
 * Expands glossary terms at index time. For every term a page uses, under any of its names, the page is indexed with
 * all the term's other names too, in English and the page's language: so "respite" finds the short breaks page,
 * "autistic" finds pages that say "autism", and "autyzm" finds them on the Polish search. A term the page uses often
 * weighs more (up to `maxRepeats`), so the pages about it rank above pages that mention it once.
 *
 * The words go in a `hidden` element just before `</main>`, in the HTML given to the indexer only: readers and
 * assistive technology never meet them, and the page in dist/ is unchanged.
 */
export function createSynonymExpander({ terms, synonyms }: SearchVocabulary) {
  // A page is matched against the names in English and in its own language, so a page translated later (saying
  // "autyzm") gains the English names. One matcher per language, made when first needed: one for every language's
  // names at once was a pattern three to six times as long, run on every page (most of the time indexing took).
  const matchers = new Map<LocaleCode, ReturnType<typeof createGlossaryMatcher>>();
  const findTerms = (text: string, code: LocaleCode) => {
    let matcher = matchers.get(code);
    if (!matcher) {
      matcher = createGlossaryMatcher(terms.map((term) => ({ ...term, aliases: namesOf(term, synonyms, code) })));
      matchers.set(code, matcher);
    }
    return matcher(text);
  };
  const byId = new Map(terms.map((term) => [term.id, term]));

  /** The names to add for each term in this text, in this language, and how often the text uses the term. */
  function synonymsFor(text: string, code: LocaleCode): { names: string; uses: number }[] {
    const counts = new Map<string, number>();
    for (const { id } of findTerms(text, code)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].flatMap(([id, uses]) => {
      const term = byId.get(id);
      return term ? [{ names: namesOf(term, synonyms, code).join('. '), uses }] : [];
    });
  }

  /** The page's HTML with its synonyms added for the indexer. */
  return function expand(html: string, code: LocaleCode): string {
    const end = html.lastIndexOf('</main>');
    if (end < 0) return html;
    // A term in the page's title is as strong a sign as the title itself, so its other names weigh as a title does.
    // Brackets are dropped too, so the title "Education, Health and Care (EHC) plans" names the term it is about.
    const h1 = /<h1\b[\s\S]*?<\/h1>/.exec(html)?.[0] ?? '';
    const title = mainText(h1);
    // A page that weighs its own title differently (the OAP checklists) weighs its title's synonyms the same.
    const weight = /^<h1\b[^>]*\sdata-pagefind-weight="([\d.]+)"/.exec(h1)?.[1] ?? String(titleWeight);
    const inTitle = synonymsFor(`${title} ${title.replace(/\s*\([^)]*\)/g, '')}`, code).map((s) => s.names);
    // Names once each, weighed by how often the page uses the term (Pagefind's weights go up to 10), rather than
    // repeated: the same ranking, with less text in the index and in each result's fragment.
    const byUses = new Map<number, string[]>();
    for (const { names, uses } of synonymsFor(mainText(html), code)) {
      const bucket = Math.min(uses, maxRepeats);
      byUses.set(bucket, [...(byUses.get(bucket) ?? []), names]);
    }
    const inBody = [...byUses].sort(([a], [b]) => b - a);
    if (inTitle.length + inBody.length === 0) return html;
    const paragraphs = [
      ...(inTitle.length > 0 ? [{ weight, text: [...new Set(inTitle)].join('. ') }] : []),
      ...inBody.map(([uses, names]) => ({ weight: String(uses), text: names.join('. ') })),
    ];
    const wordCount = paragraphs.map((p) => p.text.split(/\s+/).length).reduce((a, b) => a + b, 0);
    const block = [
      `<div hidden data-search-synonyms>`,
      // The island leaves these words out of excerpts: it counts them from the end of the page's indexed text.
      `<span data-pagefind-meta="synonym_words:${wordCount}"></span>`,
      ...paragraphs.map(({ weight: w, text }) =>
        w === '1' ? `<p>${escapeHtml(text)}</p>` : `<p data-pagefind-weight="${w}">${escapeHtml(text)}</p>`,
      ),
      `</div>`,
    ];
    return `${html.slice(0, end)}${block.join('')}${html.slice(end)}`;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A search result that is not an HTML page: one glossary term, at its anchor on the glossary page. */
export interface GlossaryRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: { type: ['glossary'] };
}

/**
 * Each glossary term as its own search result in each language, linking to its entry on /glossary/ (whose list of
 * terms is kept out of the page's own index entry, so a term is found once, here). Where the glossary is translated
 * the result reads in the language, titled with both names, e.g. "Autyzm (Autism)"; elsewhere the English meaning is
 * titled with the reader's word beside it, e.g. "Autism (autyzm)".
 */
export function glossaryRecords(
  terms: Pick<GlossaryTerm, 'id' | 'term' | 'aliases' | 'plain'>[],
  synonyms: SearchSynonyms[],
  codes: readonly LocaleCode[],
  /** "Also called: " in each language, with its separator, as the glossary page says it. */
  alsoCalled: (code: LocaleCode) => string,
  /** The term's name and plain meaning in a language, where the glossary has them. */
  translatedTerm: (code: LocaleCode, id: string) => { term: string; plain: string } | undefined = () => undefined,
): GlossaryRecord[] {
  return codes.flatMap((code) =>
    terms.map((term) => {
      const own = code === defaultLocale ? undefined : translatedTerm(code, term.id);
      const translated = code === defaultLocale ? undefined : synonyms.find((s) => s.id === term.id)?.[code]?.[0];
      const names = namesOf(term, synonyms, code)
        .slice(1)
        .filter((name) => name !== own?.term);
      const title = own ? `${own.term} (${term.term})` : translated ? `${term.term} (${translated})` : term.term;
      const meaning = own ? `${own.term}. ${own.plain}` : `${term.term}. ${term.plain}`;
      return {
        url: `${localizePath('/glossary/', code)}#${term.id}`,
        content: `${meaning}${names.length > 0 ? ` ${alsoCalled(code)}${names.join(', ')}.` : ''}`,
        // Pagefind names its indexes by the page's lang in lower case (en-gb), and records must match.
        language: getLocale(code).lang.toLowerCase(),
        meta: { title },
        filters: { type: ['glossary'] },
      };
    }),
  );
}

/** The life stage an Ordinarily Available Provision phase belongs to, for the search `stage` filter. */
export const stageOfPhase: Record<Phase, LifeStage> = {
  'early-years': 'early-years',
  primary: 'primary',
  secondary: 'secondary',
  'post-16': 'preparing-for-adulthood',
};
