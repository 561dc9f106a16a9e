import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../src/functions/feedback-store.ts';
import { openSqliteStore } from '../src/functions/stores/sqlite-store.ts';
import { readDirectory } from '../src/lib/directory/directory-data.ts';
import { scriptWithFeedbackStore } from '../tests/support/scripts.ts';
import { staleCsv, staleEntries, staleTable } from './directory-commands.ts';

const entries = readDirectory();
const [first, second] = entries.toSorted((a, b) => a.assured_date.getTime() - b.assured_date.getTime());

const report = (page: string, wrong: string, overrides: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  id: randomUUID(),
  receivedAt: new Date('2026-10-01T09:00:00Z'),
  kind: 'problem',
  page,
  useful: null,
  doing: null,
  wrong,
  ...overrides,
});

describe('directory entries due for checking', () => {
  it('lists entries not checked for 12 months, longest first, with their contacts and problem reports', () => {
    if (!first || !second) throw new Error('the directory needs at least two entries for this test');
    const now = new Date(second.assured_date);
    now.setUTCFullYear(now.getUTCFullYear() + 1);
    now.setUTCDate(now.getUTCDate() + 1);
    const feedback = [
      report(`/pl/directory/${first.id}/`, 'Numer telefonu jest nieaktualny'),
      report(`/directory/${first.id}/`, '', { kind: 'useful', useful: 'no', wrong: null }),
      report('/short-breaks/', 'Not about the directory'),
    ];
    const stale = staleEntries(entries, feedback, now);
    expect(stale.map((e) => e.id)).toContain(first.id);
    expect(stale.map((e) => e.id)).toContain(second.id);
    expect(stale.every((e, i) => i === 0 || (stale[i - 1]?.checkedOn ?? '') <= e.checkedOn)).toBe(true);
    const row = stale.find((e) => e.id === first.id);
    expect(row?.reports).toEqual(['2026-10-01: Numer telefonu jest nieaktualny']);
    expect(row?.phones).toEqual(first.phones.map((p) => p.number));
    expect(staleTable(stale)).toContain(first.name);
    const rows = parse<Record<string, string>>(staleCsv(stale), { columns: true });
    expect(rows.find((r) => r['id'] === first.id)?.['reports']).toContain('nieaktualny');
  });

  it('says so when every entry is recent', () => {
    expect(staleEntries(entries, [], new Date('2000-01-01'))).toEqual([]);
    expect(staleTable([])).toMatch(/checked in the last 12 months/);
  });
});

describe('npm run directory', () => {
  const { db, run } = scriptWithFeedbackStore('scripts/directory.ts', 'directory-cli');

  it('prints the stale entries with the reports from the store, as a table or CSV', async () => {
    if (!first) throw new Error('the directory is empty');
    const store = openSqliteStore(db);
    await store.add(report(`/directory/${first.id}/`, '=The address has changed'));
    await store.close();
    expect(run('stale')).toContain('The address has changed');
    const rows = parse<Record<string, string>>(run('stale', '--format', 'csv'), { columns: true });
    expect(rows.find((r) => r['id'] === first.id)?.['reports']).toMatch(/: =The address has changed$/);
    expect(() => run('stale', '--format', 'xml')).toThrow();
    expect(() => run('fresh')).toThrow();
  });
});
