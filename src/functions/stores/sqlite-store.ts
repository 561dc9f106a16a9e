import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { FeedbackRecord, FeedbackStore, SearchGapRecord } from '../feedback-store.ts';

interface Row {
  id: string;
  received_at: string;
  kind: FeedbackRecord['kind'];
  page: string;
  useful: FeedbackRecord['useful'];
  doing: string | null;
  wrong: string | null;
}

interface GapRow {
  id: string;
  received_at: string;
  language: SearchGapRecord['language'];
  query: string;
}

const fromRow = (row: Row): FeedbackRecord => ({
  id: row.id,
  receivedAt: new Date(row.received_at),
  kind: row.kind,
  page: row.page,
  useful: row.useful,
  doing: row.doing,
  wrong: row.wrong,
});

/** Runs synchronous database work as a promise, so that an error becomes a rejection as in the other store. */
const settle = <T>(work: () => T): Promise<T> =>
  new Promise((resolve) => {
    resolve(work());
  });

/**
 * Feedback in a SQLite file (node:sqlite). WAL lets the council's tools read while the function writes;
 * synchronous=FULL makes each accepted post durable before the function answers; the busy timeout waits for
 * another process's write instead of failing.
 */
export function openSqliteStore(file: string): FeedbackStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('useful', 'problem', 'accessibility')),
    page TEXT NOT NULL,
    useful TEXT CHECK (useful IN ('yes', 'no')),
    doing TEXT,
    wrong TEXT
  ) STRICT`);
  db.exec('CREATE INDEX IF NOT EXISTS feedback_received_at ON feedback (received_at)');
  // What people could not find, apart from feedback: it belongs to no page, and the feedback table's CHECK lists the
  // kinds it holds.
  db.exec(`CREATE TABLE IF NOT EXISTS search_gaps (
    id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    language TEXT NOT NULL,
    query TEXT NOT NULL
  ) STRICT`);
  db.exec('CREATE INDEX IF NOT EXISTS search_gaps_received_at ON search_gaps (received_at)');

  const insert = db.prepare(
    'INSERT INTO feedback (id, received_at, kind, page, useful, doing, wrong) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectSince = db.prepare('SELECT * FROM feedback WHERE received_at >= ? ORDER BY received_at, id');
  const purge = db.prepare('DELETE FROM feedback WHERE received_at < ?');
  const insertGap = db.prepare('INSERT INTO search_gaps (id, received_at, language, query) VALUES (?, ?, ?, ?)');
  const selectGapsSince = db.prepare('SELECT * FROM search_gaps WHERE received_at >= ? ORDER BY received_at, id');
  const purgeGaps = db.prepare('DELETE FROM search_gaps WHERE received_at < ?');

  return {
    name: 'sqlite',
    add: (record) =>
      settle(() => {
        insert.run(
          record.id,
          record.receivedAt.toISOString(),
          record.kind,
          record.page,
          record.useful,
          record.doing,
          record.wrong,
        );
      }),
    list: ({ since } = {}) =>
      settle(() => (selectSince.all(since ? since.toISOString() : '') as unknown as Row[]).map(fromRow)),
    addSearchGap: (gap) =>
      settle(() => {
        insertGap.run(gap.id, gap.receivedAt.toISOString(), gap.language, gap.query);
      }),
    listSearchGaps: ({ since } = {}) =>
      settle(() =>
        (selectGapsSince.all(since ? since.toISOString() : '') as unknown as GapRow[]).map((row): SearchGapRecord => ({
          id: row.id,
          receivedAt: new Date(row.received_at),
          language: row.language,
          query: row.query,
        })),
      ),
    purgeBefore: (cutoff) =>
      settle(() => {
        const before = cutoff.toISOString();
        db.exec('BEGIN IMMEDIATE');
        try {
          const removed = Number(purge.run(before).changes) + Number(purgeGaps.run(before).changes);
          db.exec('COMMIT');
          return removed;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
    checkIntegrity: () =>
      settle(() => {
        const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
        return rows.length === 1 && rows[0]?.integrity_check === 'ok';
      }),
    close: () =>
      settle(() => {
        db.close();
      }),
  };
}
