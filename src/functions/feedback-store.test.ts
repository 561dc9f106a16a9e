import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { forEachStore } from '../../tests/support/feedback-stores.ts';
import { commitModeFromEnv, type FeedbackRecord, type FeedbackStore, type SearchGapRecord } from './feedback-store.ts';

const record = (overrides: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  id: randomUUID(),
  receivedAt: new Date('2026-11-01T10:00:00.000Z'),
  kind: 'problem',
  page: '/short-breaks/',
  useful: null,
  doing: 'Looking for respite',
  wrong: 'The <script>alert(1)</script> "><img onerror=x> phone number is out of date',
  ...overrides,
});

const gap = (overrides: Partial<SearchGapRecord> = {}): SearchGapRecord => ({
  id: randomUUID(),
  receivedAt: new Date('2026-11-03T10:00:00.000Z'),
  language: 'pl',
  query: "sensory room ' OR 1=1; --",
  ...overrides,
});

/** Adds a feedback record, or a search that found nothing, to the store. */
const save = (store: FeedbackStore, item: FeedbackRecord | SearchGapRecord) =>
  'query' in item ? store.addSearchGap(item) : store.add(item);

/** The same behaviour is expected of every store. */
function describeStore(name: string, open: () => Promise<FeedbackStore>, reset: () => Promise<void>) {
  describe(`${name} feedback store`, () => {
    let store: FeedbackStore;
    beforeEach(async () => {
      await reset();
      store = await open();
      return () => store.close();
    });

    it('keeps records exactly, text included, and lists them oldest first', async () => {
      const later = record({ receivedAt: new Date('2026-11-02T09:00:00.000Z') });
      const earlier = record({ kind: 'useful', useful: 'no', doing: null, wrong: null });
      await store.add(later);
      await store.add(earlier);
      expect(await store.list()).toEqual([earlier, later]);
    });

    it('lists records since a date', async () => {
      const old = record({ receivedAt: new Date('2025-01-01T00:00:00.000Z') });
      const recent = record();
      await store.add(old);
      await store.add(recent);
      expect(await store.list({ since: new Date('2026-01-01') })).toEqual([recent]);
    });

    for (const { name, old, kept, list } of [
      {
        name: 'purges records older than a cutoff and says how many',
        old: [record({ receivedAt: new Date('2024-01-01') }), record({ receivedAt: new Date('2024-06-01') })],
        kept: record(),
        list: (s: FeedbackStore) => s.list(),
      },
      {
        name: 'purges search gaps with feedback, in one count',
        old: [record({ receivedAt: new Date('2024-01-01') }), gap({ receivedAt: new Date('2024-02-01') })],
        kept: gap(),
        list: (s: FeedbackStore) => s.listSearchGaps(),
      },
    ]) {
      it(name, async () => {
        for (const item of [...old, kept]) await save(store, item);
        expect(await store.purgeBefore(new Date('2025-01-01'))).toBe(2);
        expect(await list(store)).toEqual([kept]);
      });
    }

    it('keeps what people could not find apart from feedback, and lists it since a date', async () => {
      const old = gap({ receivedAt: new Date('2025-03-01T00:00:00.000Z'), language: 'en', query: 'hydrotherapy' });
      const recent = gap();
      await store.addSearchGap(recent);
      await store.addSearchGap(old);
      await store.add(record());
      expect(await store.listSearchGaps()).toEqual([old, recent]);
      expect(await store.listSearchGaps({ since: new Date('2026-01-01') })).toEqual([recent]);
      expect((await store.list()).map((r) => r.kind)).toEqual(['problem']);
    });

    it('keeps every one of many records and search gaps added at once', async () => {
      const records = Array.from({ length: 30 }, (_, index) => record({ wrong: `problem ${index}` }));
      const gaps = Array.from({ length: 10 }, (_, index) => gap({ query: `search ${index}` }));
      await Promise.all([...records, ...gaps].map((item) => save(store, item)));
      expect((await store.list()).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
      expect((await store.listSearchGaps()).map((g) => g.id).sort()).toEqual(gaps.map((g) => g.id).sort());
    });

    it('refuses a duplicate added with others alone, and keeps the others', async () => {
      const first = record({ wrong: 'first' });
      const others = Array.from({ length: 5 }, (_, index) => record({ wrong: `other ${index}` }));
      const adds = [first, { ...first, wrong: 'same id' }, ...others].map((r) => store.add(r));
      const outcomes = (await Promise.allSettled(adds)).map((o) => o.status);
      expect(outcomes.filter((status) => status === 'rejected')).toHaveLength(1);
      expect(outcomes.slice(2)).toEqual(others.map(() => 'fulfilled'));
      const kept = await store.list();
      expect(kept.map((r) => r.id).sort()).toEqual([first, ...others].map((r) => r.id).sort());
    });

    it('refuses a record with an impossible kind', async () => {
      await expect(store.add(record({ kind: 'spam' as FeedbackRecord['kind'] }))).rejects.toThrow();
    });

    it('passes its integrity check', async () => {
      await store.add(record());
      expect(await store.checkIntegrity()).toBe(true);
    });
  });
}

forEachStore(describeStore);

describe('FEEDBACK_COMMIT', () => {
  it('is group commits unless the benchmark asks for each post alone, and refuses anything else', () => {
    expect([undefined, '', 'group', 'each'].map(commitModeFromEnv)).toEqual(['group', 'group', 'group', 'each']);
    expect(() => commitModeFromEnv('batch')).toThrow('FEEDBACK_COMMIT must be "group"');
  });
});
