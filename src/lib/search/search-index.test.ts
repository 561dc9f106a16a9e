import { describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/glossary-data.ts';
import { readSearchSynonyms } from './search-synonyms-data.ts';
import {
  createSynonymExpander,
  glossaryRecords,
  isSearchablePage,
  mainText,
  searchDocument,
  maxRepeats,
  titleWeight,
  withoutIgnored,
} from './search-index.ts';
import { locales } from '../../i18n/locales.ts';

const terms = readGlossary();
const synonyms = readSearchSynonyms();
const expand = createSynonymExpander({ terms, synonyms });
const page = (title: string, body: string) =>
  `<html lang="en-GB"><body><header>Respite header</header><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;
const added = (html: string) => /<div hidden data-search-synonyms>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';

describe('search synonyms', () => {
  it('name only glossary terms, each once, with names in every language', () => {
    const ids = new Set(terms.map((t) => t.id));
    for (const entry of synonyms) expect(ids, entry.id).toContain(entry.id);
    expect(new Set(synonyms.map((s) => s.id)).size).toBe(synonyms.length);
    for (const entry of synonyms) {
      for (const { code } of locales.filter((l) => l.code !== 'en')) {
        expect(entry[code as 'pl'], `${entry.id} ${code}`).toBeDefined();
      }
    }
  });
});

describe('isSearchablePage', () => {
  it('leaves out 404 pages, the search page and the short breaks checker, in every language', () => {
    for (const path of [
      '/404.html',
      '/pl/404/',
      '/search/',
      '/ar/search/',
      '/pl/feedback/thank-you/',
      '/directory/kind/service/',
      '/directory/page/2/',
      '/ar/directory/shortlist/',
      '/short-breaks/check/',
      '/zh/short-breaks/check/easy-read/ask/plymouth/',
    ]) {
      expect(isSearchablePage(path), path).toBe(false);
    }
    for (const path of [
      '/',
      '/pl/',
      '/short-breaks/',
      '/ehcp/easy-read/',
      '/ar/glossary/',
      '/directory/',
      '/directory/9f4812ba-73ff-4482-8f5e-df7334c60127/',
    ]) {
      expect(isSearchablePage(path), path).toBe(true);
    }
  });
});

describe('searchDocument', () => {
  it('keeps the head and <main>, and leaves out the rest of the body', () => {
    const html =
      '<!doctype html><html lang="pl" dir="ltr"><head><title>Wpis</title></head><body class="x"><header>Menu</header>' +
      '<main id="main-content" data-pagefind-body><h1>Entry</h1><span data-pagefind-filter="type:directory"></span></main>' +
      '<section data-pagefind-ignore="all">Feedback</section><footer>Footer</footer></body></html>';
    expect(searchDocument(html)).toBe(
      '<!doctype html><html lang="pl" dir="ltr"><head><title>Wpis</title></head><body class="x">' +
        '<main id="main-content" data-pagefind-body><h1>Entry</h1><span data-pagefind-filter="type:directory"></span></main>' +
        '</body></html>',
    );
  });

  it('gives a page without a <main> whole', () => {
    const html = '<html lang="en-GB"><head></head><body><h1>Old page</h1></body></html>';
    expect(searchDocument(html)).toBe(html);
  });
});

describe('mainText', () => {
  it('reads the words of <main> only, decoding character references and skipping ignored elements', () => {
    const html =
      '<header>Header words</header><main><h1>Carers&#39; rights &amp; breaks</h1><nav data-pagefind-ignore="all"><div><div>ASD</div></div>x</nav><p>After</p></main><footer>F</footer>';
    expect(mainText(html)).toBe("Carers' rights & breaks After");
  });

  it('drops nested ignored elements of the same name whole', () => {
    expect(withoutIgnored('<div data-pagefind-ignore="all">a<div>b</div>c</div>d')).toBe(' d');
  });
});

describe('createSynonymExpander', () => {
  it('adds every name of a term the page uses, hidden, before </main>, and leaves the rest of the page alone', () => {
    const html = page('Extra help', '<p>Ask about short breaks.</p>');
    const expanded = expand(html, 'en');
    expect(added(expanded)).toContain('respite');
    expect(added(expanded)).toContain('overnight respite');
    expect(expanded.replace(/<div hidden data-search-synonyms>[\s\S]*?<\/div><\/main>/, '</main>')).toBe(html);
  });

  it('works both ways: a page saying "ASD" is found by "autism" and "autistic"', () => {
    const words = added(expand(page('Assessments', '<p>Waiting for an ASD assessment.</p>'), 'en'));
    expect(words).toContain('Autism');
    expect(words).toContain('autistic');
  });

  it('finds a term by its name in the page’s own language, and not by another language’s', () => {
    const polish = page('Pomoc', '<p>Ocena w kierunku autyzmu: autyzm.</p>');
    expect(added(expand(polish, 'pl'))).toContain('Autism');
    // The same Polish word on a Romanian page is not Romanian: no term is found in it.
    expect(added(expand(polish, 'ro'))).not.toContain('Autism');
  });

  it("adds the reader's own words on pages in other languages", () => {
    const html = page('Autism', '<p>Autism assessments.</p>');
    expect(added(expand(html, 'pl'))).toContain('autyzm');
    expect(added(expand(html, 'ar'))).toContain('التوحد');
    expect(added(expand(html, 'en'))).not.toContain('autyzm');
  });

  it('adds nothing for a page with no glossary term, and ignores terms outside <main>', () => {
    const html = page('Contact', '<p>Call us.</p>');
    expect(expand(html, 'en')).toBe(html);
  });

  it('weighs names by how often the term is used, up to a limit, so pages about a term rank first', () => {
    const often = added(expand(page('Help', '<p>short breaks </p>'.repeat(maxRepeats + 5)), 'en'));
    const twice = added(expand(page('Help', '<p>short breaks and short breaks</p>'), 'en'));
    const once = added(expand(page('Help', '<p>short breaks</p>'), 'en'));
    expect(often).toMatch(new RegExp(`<p data-pagefind-weight="${maxRepeats}">[^<]*overnight respite`));
    expect(twice).toMatch(/<p data-pagefind-weight="2">[^<]*overnight respite/);
    expect(once).toMatch(/<p>[^<]*overnight respite/);
    expect(often.split('overnight respite').length - 1).toBe(1);
  });

  it('weighs names of terms in the title as Pagefind weighs a title, and counts the words it added', () => {
    const expanded = expand(page('Education, Health and Care (EHC) plans', '<p>Text.</p>'), 'en');
    expect(expanded).toMatch(new RegExp(`<p data-pagefind-weight="${titleWeight}">[^<]*EHCP`));
    const words = /synonym_words:(\d+)/.exec(expanded)?.[1];
    const text = added(expanded)
      .replace(/<[^>]+>/g, ' ')
      .trim();
    expect(Number(words)).toBe(text.split(/\s+/).length);
  });

  it("weighs a title's synonyms as the page weighs its title", () => {
    const expanded = expand(page('SEMH', '<p>Text.</p>').replace('<h1>', '<h1 data-pagefind-weight="3">'), 'en');
    expect(expanded).toMatch(/<p data-pagefind-weight="3">[^<]*Social, emotional and mental health/);
  });
});

describe('glossaryRecords', () => {
  it('makes one result per term per language, linking to its entry, in the lower-case language Pagefind uses', () => {
    const records = glossaryRecords(terms, synonyms, ['en', 'pl', 'zh'], (code) => `also-${code}: `);
    expect(records).toHaveLength(terms.length * 3);
    const senco = records.find((r) => r.url === '/glossary/#senco');
    expect(senco?.meta.title).toBe('Special educational needs coordinator');
    expect(senco?.content).toContain('also-en: SENCo');
    expect(senco?.filters).toEqual({ type: ['glossary'] });
    expect(senco?.language).toBe('en-gb');
    const polish = records.find((r) => r.url === '/pl/glossary/#autism');
    expect(polish?.meta.title).toBe('Autism (autyzm)');
    expect(polish?.content).toContain('autyzm');
    expect(records.find((r) => r.url === '/zh/glossary/#autism')?.language).toBe('zh-hans');
  });

  it('reads in the language where the glossary is translated, with both names in the title', () => {
    const translated = (code: string, id: string) =>
      code === 'pl' && id === 'autism' ? { term: 'Autyzm', plain: 'Sposób, w jaki mózg przetwarza świat.' } : undefined;
    const records = glossaryRecords(terms, synonyms, ['en', 'pl'], (code) => `also-${code}: `, translated);
    const polish = records.find((r) => r.url === '/pl/glossary/#autism');
    expect(polish?.meta.title).toBe('Autyzm (Autism)');
    expect(polish?.content).toMatch(/^Autyzm\. Sposób, w jaki mózg przetwarza świat\. also-pl: /);
    expect(records.find((r) => r.url === '/glossary/#autism')?.meta.title).toBe('Autism');
  });
});
