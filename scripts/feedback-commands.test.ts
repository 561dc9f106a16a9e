import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FeedbackRecord, SearchGapRecord } from '../src/functions/feedback-store.ts';
import { openSqliteStore } from '../src/functions/stores/sqlite-store.ts';
import { frontMatter, publishedResponses } from '../src/lib/feedback/you-said-we-did-data.ts';
import { youSaidWeDidYear } from '../src/schemas/you-said-we-did.ts';
import { scriptWithFeedbackStore } from '../tests/support/scripts.ts';
import {
  commonGaps,
  cutoffFor,
  draftMarkdown,
  draftYear,
  gapsCsv,
  gapsPerMonth,
  gapsReport,
  summarise,
  themeOf,
  toCsv,
} from './feedback-commands.ts';

const record = (overrides: Partial<FeedbackRecord>): FeedbackRecord => ({
  id: randomUUID(),
  receivedAt: new Date('2026-03-01T12:00:00Z'),
  kind: 'problem',
  page: '/short-breaks/',
  useful: null,
  doing: null,
  wrong: 'The phone number is out of date',
  ...overrides,
});

const gap = (query: string, overrides: Partial<SearchGapRecord> = {}): SearchGapRecord => ({
  id: randomUUID(),
  receivedAt: new Date('2026-03-01T12:00:00Z'),
  language: 'en',
  query,
  ...overrides,
});

/** `count` copies of a search, sent from the given languages in turn. */
const sent = (query: string, count: number, languages: SearchGapRecord['language'][] = ['en']) =>
  Array.from({ length: count }, (_, i) => gap(query, { language: languages[i % languages.length] ?? 'en' }));

describe('what people could not find', () => {
  it('shows only searches sent at least 3 times, most often first, with their languages', () => {
    const gaps = [...sent('hydrotherapy', 3, ['en', 'pl']), ...sent('sensory room', 5), ...sent('my son jo', 2)];
    expect(commonGaps(gaps)).toEqual([
      { query: 'sensory room', count: 5, languages: ['en'] },
      { query: 'hydrotherapy', count: 3, languages: ['en', 'pl'] },
    ]);
    expect(commonGaps(gaps, 4).map((g) => g.query)).toEqual(['sensory room']);
    // Asking for fewer than 3 still shows nothing sent fewer than 3 times.
    expect(commonGaps(gaps, 1).map((g) => g.query)).not.toContain('my son jo');
    const report = gapsReport(gaps);
    expect(report).not.toContain('my son jo');
    expect(report).toMatch(/5\s+en\s+sensory room/);
    expect(report).toMatch(/2026-03\s+10/);
  });

  it('counts reports per month, oldest first', () => {
    const gaps = [
      gap('a', { receivedAt: new Date('2026-05-31T23:59:59Z') }),
      gap('b', { receivedAt: new Date('2026-04-01T00:00:00Z') }),
      gap('c', { receivedAt: new Date('2026-05-01T00:00:00Z') }),
    ];
    expect(gapsPerMonth(gaps)).toEqual([
      { month: '2026-04', reports: 1 },
      { month: '2026-05', reports: 2 },
    ]);
  });

  it('writes CSV a spreadsheet will not run', () => {
    const rows = parse<Record<string, string>>(gapsCsv(sent('=cmd|calc', 3)), { columns: true });
    expect(rows).toEqual([{ times: '3', languages: 'en', query: `'=cmd|calc` }]);
  });
});

describe('export as CSV', () => {
  it('is RFC 4180, and makes formula-like cells safe', () => {
    const records = [
      record({ wrong: '=HYPERLINK("http://evil.example","click")' }),
      record({ wrong: '+1', doing: '-2' }),
      record({ wrong: '@SUM(A1)', doing: '\tTabbed' }),
      record({ wrong: 'Line one\nLine "two", with comma' }),
    ];
    const text = toCsv(records);
    expect(text.split('\r\n')[0]).toBe('id,received_at,kind,page,useful,doing,wrong');
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows.map((r) => r['wrong'])).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      `'+1`,
      `'@SUM(A1)`,
      'Line one\nLine "two", with comma',
    ]);
    expect(rows[1]?.['doing']).toBe(`'-2`);
    expect(rows[2]?.['doing']).toBe(`'\tTabbed`);
  });
});

describe('summary', () => {
  it('counts answers and problems by page, with the useful rate', () => {
    const summary = summarise([
      record({ kind: 'useful', useful: 'yes', wrong: null }),
      record({ kind: 'useful', useful: 'yes', wrong: null }),
      record({ kind: 'useful', useful: 'no', wrong: null }),
      record({}),
      record({ page: '/ehcp/', kind: 'accessibility' }),
    ]);
    expect(summary).toEqual([
      { page: '/short-breaks/', yes: 2, no: 1, usefulRate: 2 / 3, problems: 1, accessibility: 0 },
      { page: '/ehcp/', yes: 0, no: 0, usefulRate: null, problems: 0, accessibility: 1 },
    ]);
  });
});

describe('purge periods', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it.each([
    ['2y', '2024-11-23T10:00:00.000Z'],
    ['18m', '2025-05-23T10:00:00.000Z'],
    ['2w', '2026-11-09T10:00:00.000Z'],
    ['30d', '2026-10-24T10:00:00.000Z'],
  ])('%s before now', (period, expected) => {
    expect(cutoffFor(period, now).toISOString()).toBe(expected);
  });
  it('refuses what is not a period', () => {
    expect(() => cutoffFor('two years', now)).toThrow(/not a period/);
  });
});

describe('draft "You said, we did"', () => {
  it('groups a year by page and theme, with empty fields for the officer, and nothing published', () => {
    const draft = draftYear(
      [
        record({}),
        record({ wrong: 'I could not find anything about transport', doing: 'Looking for buses' }),
        record({ kind: 'useful', useful: 'no', wrong: null }),
        record({ kind: 'accessibility', page: '/accessibility/', wrong: 'Focus is hard to see' }),
        record({ receivedAt: new Date('2025-12-31T23:00:00Z'), wrong: 'Last year' }),
      ],
      2026,
    );
    expect(draft.status).toBe('draft');
    expect(draft.totals).toEqual({ problem: 2, useful: 1, accessibility: 1 });
    expect(draft.entries.map((e) => [e.page, e.theme])).toEqual([
      ['/accessibility/', 'accessibility'],
      ['/short-breaks/', 'missing-information'],
      ['/short-breaks/', 'out-of-date'],
      ['/short-breaks/', 'page-useful'],
    ]);
    expect(draft.entries[1]?.comments).toEqual(['Doing: Looking for buses\nI could not find anything about transport']);
    expect(draft.entries[3]?.usefulCounts).toEqual({ no: 1, yes: 0 });
    expect(draft.entries.every((e) => e.youSaid === '' && e.weDid === '')).toBe(true);

    const reread = youSaidWeDidYear.parse(frontMatter(draftMarkdown(draft)));
    expect(reread).toEqual(draft);
    expect(publishedResponses([reread])).toEqual([]);
  });

  it("adds the year's common searches that found nothing, for the officer to answer", () => {
    const gaps = [
      ...sent('hydrotherapy', 3),
      ...sent('once only', 1),
      gap('last year', { receivedAt: new Date('2025-06-01') }),
    ];
    const draft = draftYear([], 2026, [...gaps, ...sent('last year', 2)]);
    expect(draft.searchGaps).toEqual([{ query: 'hydrotherapy', count: 3, youSaid: '', weDid: '' }]);
    expect(youSaidWeDidYear.parse(frontMatter(draftMarkdown(draft)))).toEqual(draft);
    const published = youSaidWeDidYear.parse({
      ...draft,
      status: 'published',
      searchGaps: [{ query: 'hydrotherapy', count: 3, youSaid: 'Hydrotherapy.', weDid: 'We added the pool.' }],
    });
    expect(publishedResponses([published])[0]?.searchGaps.map((g) => g.weDid)).toEqual(['We added the pool.']);
  });

  it('publishes only completed entries of published years', () => {
    const year = youSaidWeDidYear.parse({
      year: 2026,
      status: 'published',
      entries: [
        { page: '/ehcp/', theme: 'out-of-date', youSaid: 'Dates were old.', weDid: 'We checked every date.' },
        { page: '/ehcp/', theme: 'other', youSaid: 'Something', weDid: '' },
      ],
    });
    expect(publishedResponses([year])[0]?.entries.map((e) => e.weDid)).toEqual(['We checked every date.']);
  });

  it('sorts problem reports into themes by their words', () => {
    expect(themeOf(record({ wrong: 'This page is confusing' }))).toBe('hard-to-understand');
    expect(themeOf(record({ wrong: 'The service has closed' }))).toBe('out-of-date');
    expect(themeOf(record({ wrong: 'Lovely colours' }))).toBe('other');
  });
});

describe('npm run feedback', () => {
  const { dir, db, run } = scriptWithFeedbackStore('scripts/feedback.ts', 'feedback-cli');

  it('exports, summarises, purges and drafts from the store the function writes', async () => {
    const store = openSqliteStore(db);
    await store.add(record({ receivedAt: new Date('2020-01-01T00:00:00Z'), wrong: 'Very old' }));
    await store.add(record({ receivedAt: new Date() }));
    await store.close();

    expect(run('export', '--format', 'json', '--since', '2021-01-01')).toContain('The phone number is out of date');
    expect(run('export', '--format', 'csv')).toContain('Very old');
    expect(run('summary')).toMatch(/\/short-breaks\/\s+0\s+0\s+-\s+2/);
    expect(run('purge', '--older-than', '2y')).toContain('Deleted 1 ');
    expect(run('export')).not.toContain('Very old');

    const year = String(new Date().getUTCFullYear());
    expect(run('draft-you-said-we-did', '--year', year, '--out', dir)).toContain('1 entries');
    const draft = youSaidWeDidYear.parse(frontMatter(readFileSync(join(dir, `${year}.md`), 'utf8')));
    expect(draft.entries[0]?.comments).toEqual(['The phone number is out of date']);
    expect(() => run('draft-you-said-we-did', '--year', year, '--out', dir)).toThrow();
  });

  it('reports searches that found nothing from the store, and refuses to show fewer than 3', async () => {
    const store = openSqliteStore(db);
    for (const g of [...sent('respite', 3, ['en', 'ar']), ...sent('private words', 2)]) await store.addSearchGap(g);
    await store.close();
    const report = run('gaps', '--since', '2026-01-01');
    expect(report).toMatch(/3\s+ar en\s+respite/);
    expect(report).not.toContain('private words');
    expect(run('gaps', '--format', 'csv').split('\r\n')[0]).toBe('times,languages,query');
    expect(() => run('gaps', '--min', '1')).toThrow();
  });
});
