/**
 * What only the SQLite store promises: posts added together share a commit, each is acknowledged only once its row
 * is committed, and a batch whose transaction fails acknowledges nothing. (Both stores' shared behaviour is in
 * feedback-store.test.ts.)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../feedback-store.ts';
import { openSqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const freshFile = () => join(dir, `${randomUUID()}.sqlite`);

const record = (wrong: string): FeedbackRecord => ({
  id: randomUUID(),
  receivedAt: new Date('2026-11-01T10:00:00.000Z'),
  kind: 'problem',
  page: '/short-breaks/',
  useful: null,
  doing: null,
  wrong,
});

/**
 * The commits in the database's write-ahead log, counted from the file: the last frame of each commit records the
 * database's size in pages (frame header bytes 4-7); every other frame holds 0. Frames left from an earlier cycle of
 * the log carry other salts and are not counted.
 */
function walCommits(file: string): number {
  const wal = readFileSync(`${file}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const salts = wal.subarray(16, 24);
  let commits = 0;
  for (let frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
    if (!wal.subarray(frame + 8, frame + 16).equals(salts)) break;
    if (wal.readUInt32BE(frame + 4) !== 0) commits += 1;
  }
  return commits;
}

describe('SQLite store commits', () => {
  it('commits posts added in the same turn in one transaction, keeping every one', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    const before = walCommits(file);
    const records = Array.from({ length: 50 }, (_, index) => record(`post ${index}`));
    await Promise.all(records.map((r) => store.add(r)));
    expect(walCommits(file) - before).toBe(1);
    expect((await store.list()).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    await store.close();
  });

  it('commits each post alone in the old design the benchmark compares with', async () => {
    const file = freshFile();
    const store = openSqliteStore(file, { commit: 'each' });
    const before = walCommits(file);
    await Promise.all(Array.from({ length: 20 }, (_, index) => store.add(record(`post ${index}`))));
    expect(walCommits(file) - before).toBe(20);
    await store.close();
  });

  it('acknowledges a post only once its row is committed, as another connection sees it', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    const reader = new DatabaseSync(file, { readOnly: true });
    const seen = await Promise.all(
      Array.from({ length: 5 }, (_, index) => record(`post ${index}`)).map(async (r) => {
        await store.add(r);
        return reader.prepare('SELECT count(*) AS n FROM feedback WHERE id = ?').get(r.id)?.['n'];
      }),
    );
    expect(seen).toEqual([1, 1, 1, 1, 1]);
    reader.close();
    await store.close();
  });

  it('refuses every post of a batch whose transaction is rolled back, and stores none of them', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    // A trigger (made by another connection, as a damaged database or a full disk would) that rolls the whole
    // transaction back when one row arrives.
    const admin = new DatabaseSync(file);
    admin.exec(`CREATE TRIGGER roll_back BEFORE INSERT ON feedback WHEN NEW.wrong = 'roll back'
      BEGIN SELECT RAISE(ROLLBACK, 'rolled back'); END`);
    admin.close();

    const batch = ['before', 'roll back', 'after'].map((wrong) => store.add(record(wrong)));
    const outcomes = await Promise.allSettled(batch);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await store.list()).toEqual([]);

    // The store goes on taking posts afterwards.
    const later = record('later');
    await store.add(later);
    expect(await store.list()).toEqual([later]);
    await store.close();
  });

  it('writes the posts still waiting for their commit when it is closed', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    const waiting = [record('one'), record('two')];
    const adds = waiting.map((r) => store.add(r));
    await store.close();
    await expect(Promise.all(adds)).resolves.toBeDefined();

    const reopened = openSqliteStore(file);
    expect((await reopened.list()).map((r) => r.wrong).sort()).toEqual(['one', 'two']);
    await reopened.close();
  });
});
