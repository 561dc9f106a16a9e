import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { CommitMode, FeedbackRecord, FeedbackStore, SearchGapRecord } from '../feedback-store.ts';
import { groupCommit, type Outcome } from './group-commit.ts';

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

/** A row's INSERT, run inside the batch's transaction. */
type Write = () => void;

/**
 * Feedback in a SQLite file (node:sqlite). WAL lets the council's tools read while the function writes;
 * synchronous=FULL makes each accepted post durable before the function answers; the busy timeout waits for
 * another process's write instead of failing.
 *
 * Posts that arrive together are committed together (group-commit.ts), so one fsync covers them all and each add()
 * resolves only after the COMMIT holding its row has returned. `commit: 'each'` is the old design, one transaction
 * per post, kept so that the benchmark can measure both in one run (scripts/bench-feedback.ts).
 */
export function openSqliteStore(file: string, { commit = 'group' }: { commit?: CommitMode } = {}): FeedbackStore {
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

  /**
   * One transaction for the batch. A row that breaks a constraint (a duplicate id, say) fails alone: SQLite backs out
   * just the failing statement and the transaction goes on. If SQLite rolled the whole transaction back (a full disk,
   * an I/O error), or the COMMIT fails, nothing in the batch is on disk and every row's add() rejects.
   *
   * node:sqlite is synchronous, so the event loop waits for the COMMIT's fsync: measured at saturation, about a fifth
   * of its time. A prototype that gave the writes to a worker thread's connection gained 6-20% in runs that varied by
   * 15% on their own, and the goal (3,000 posts a second) is met without it, so the writes stay on this thread.
   */
  const commitBatch = (writes: readonly Write[]): Outcome[] => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const outcomes = writes.map((write): Outcome => {
        try {
          write();
          return undefined;
        } catch (error) {
          if (!db.isTransaction) throw error;
          return error instanceof Error ? error : new Error(String(error));
        }
      });
      db.exec('COMMIT');
      return outcomes;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  const group = groupCommit(commitBatch);
  // The old design: each post commits alone (autocommit), before its add() resolves.
  const write = commit === 'group' ? group.add : (run: Write) => settle(run);

  return {
    name: 'sqlite',
    add: (record) =>
      write(() => {
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
      write(() => {
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
    // Posts still waiting for their commit are written first, so none that is acknowledged is lost.
    close: async () => {
      await group.flush();
      db.close();
    },
  };
}
