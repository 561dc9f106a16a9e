import { describe, expect, it } from 'vitest';
import {
  asksForMeaning,
  hasFilters,
  parseSearchParams,
  searchParamsOf,
  searchWords,
  kindOfResult,
  pagesBeforeTheirEasyRead,
  spreadAlike,
  takePhrase,
  wordSet,
} from './search-query.ts';

const filler = wordSet('a the for what does mean my is');

describe('search state in the URL', () => {
  it('reads the query and filters, ignoring unknown keys and malformed values', () => {
    expect(parseSearchParams('?q=autism&type=easy-read&type=page&stage=primary&colour=red&need=%3Cb%3E')).toEqual({
      query: 'autism',
      filters: { type: ['easy-read', 'page'], stage: ['primary'] },
    });
    expect(parseSearchParams('')).toEqual({ query: '', filters: {} });
  });

  it('writes a stable address that reads back to the same state', () => {
    const state = { query: ' short breaks ', filters: { stage: ['secondary', 'primary'], type: ['page'] } };
    const written = searchParamsOf(state);
    expect(written).toBe('?q=short+breaks&type=page&stage=primary&stage=secondary');
    expect(parseSearchParams(written)).toEqual({
      query: 'short breaks',
      filters: { type: ['page'], stage: ['primary', 'secondary'] },
    });
    expect(searchParamsOf({ query: '', filters: {} })).toBe('');
  });

  it('knows when a filter is chosen', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ need: [] })).toBe(false);
    expect(hasFilters({ need: ['sensory-and-physical'] })).toBe(true);
  });
});

describe('searchWords', () => {
  it('drops the small words of a question and keeps the rest', () => {
    expect(searchWords('What does SENCO mean?', filler)).toBe('SENCO');
    expect(searchWords('waiting for speech therapy', filler)).toBe('waiting speech therapy');
  });

  it('keeps a query made only of small words', () => {
    expect(searchWords('what is', filler)).toBe('what is');
  });
});

describe('asksForMeaning', () => {
  it('notices a question about what a word means', () => {
    const meaning = wordSet('mean means meaning');
    expect(asksForMeaning('what does SENCO mean?', meaning)).toBe(true);
    expect(asksForMeaning('SENCO', meaning)).toBe(false);
  });
});

describe('takePhrase', () => {
  it('takes a filter phrase out of the query, in any case, as whole words', () => {
    expect(takePhrase('autism easy read', 'Easy read')).toEqual({ query: 'autism', found: true });
    expect(takePhrase('Easy  Read short breaks', 'Easy read')).toEqual({ query: 'short breaks', found: true });
    expect(takePhrase('easy reading', 'Easy read')).toEqual({ query: 'easy reading', found: false });
  });
});

describe('spreadAlike', () => {
  it('keeps one result of a kind in the first three and moves the rest just after', () => {
    const items = ['g1', 'g2', 'p1', 'g3', 'p2', 'p3', 'p4'];
    const kind = (i: string) => (i.startsWith('g') ? 'g' : undefined);
    expect(spreadAlike(items, kind)).toEqual(['g1', 'p1', 'p2', 'g2', 'g3', 'p3', 'p4']);
    expect(spreadAlike(['p1', 'p2'], kind)).toEqual(['p1', 'p2']);
  });

  it('puts directory entries after the first three other results', () => {
    const items = ['d1', 'p1', 'd2', 'p2', 'p3', 'p4'];
    const kind = (i: string) => (i.startsWith('d') ? 'directory' : undefined);
    expect(spreadAlike(items, kind)).toEqual(['p1', 'p2', 'p3', 'd1', 'd2', 'p4']);
    expect(spreadAlike(['d1', 'd2'], kind)).toEqual(['d1', 'd2']);
  });

  it('treats glossary entries as one kind, and the checklists of each OAP area as one kind', () => {
    const area = '/ordinarily-available-provision/sensory-and-physical/';
    expect(kindOfResult({ url: '/glossary/#senco', types: ['glossary'] })).toBe('glossary');
    expect(kindOfResult({ url: '/directory/9f4812ba-73ff-4482-8f5e-df7334c60127/', types: ['directory'] })).toBe(
      'directory',
    );
    expect(kindOfResult({ url: `${area}checklist/primary/`, types: ['oap'] })).toBe(`${area}checklist/`);
    expect(kindOfResult({ url: `/pl${area}checklist/post-16/`, types: ['oap'] })).toBe(`/pl${area}checklist/`);
    expect(kindOfResult({ url: area, types: ['oap'] })).toBeUndefined();
  });
});

describe('pagesBeforeTheirEasyRead', () => {
  it('puts a page before its easy-read version, and leaves everything else in order', () => {
    const urls = [
      '/short-breaks/easy-read/',
      '/social-care/easy-read/',
      '/glossary/#respite',
      '/short-breaks/',
      '/travel/easy-read/',
      '/social-care/',
    ];
    expect(pagesBeforeTheirEasyRead(urls, (url) => url)).toEqual([
      '/short-breaks/',
      '/short-breaks/easy-read/',
      '/social-care/',
      '/social-care/easy-read/',
      '/glossary/#respite',
      '/travel/easy-read/',
    ]);
  });

  it('changes nothing when the page already comes first, or is not among the results', () => {
    const urls = ['/pl/ehcp/', '/pl/ehcp/easy-read/', '/pl/travel/easy-read/'];
    expect(pagesBeforeTheirEasyRead(urls, (url) => url)).toEqual(urls);
  });
});
