import postgres from 'postgres';
import type { FeedbackRecord, FeedbackStore, SearchGapRecord } from '../feedback-store.ts';

interface Row {
  id: string;
  received_at: Date;
  kind: FeedbackRecord['kind'];
  page: string;
  useful: FeedbackRecord['useful'];
  doing: string | null;
  wrong: string | null;
}

/** Feedback in PostgreSQL, for deployments where the function runs on more than one machine. */
export async function openPostgresStore(url: string): Promise<FeedbackStore> {
  // onnotice: "relation already exists" notices from CREATE ... IF NOT EXISTS are expected, not news.
  const sql = postgres(url, { max: 10, onnotice: () => undefined, connect_timeout: 10 });
  await sql`CREATE TABLE IF NOT EXISTS feedback (
    id uuid PRIMARY KEY,
    received_at timestamptz NOT NULL,
    kind text NOT NULL CHECK (kind IN ('useful', 'problem', 'accessibility')),
    page text NOT NULL,
    useful text CHECK (useful IN ('yes', 'no')),
    doing text,
    wrong text
  )`;
  await sql`CREATE INDEX IF NOT EXISTS feedback_received_at ON feedback (received_at)`;
  // What people could not find, apart from feedback: it belongs to no page (sqlite-store.ts says the same).
  await sql`CREATE TABLE IF NOT EXISTS search_gaps (
    id uuid PRIMARY KEY,
    received_at timestamptz NOT NULL,
    language text NOT NULL,
    query text NOT NULL
  )`;
  await sql`CREATE INDEX IF NOT EXISTS search_gaps_received_at ON search_gaps (received_at)`;

  return {
    name: 'postgres',
    async add(record) {
      await sql`INSERT INTO feedback (id, received_at, kind, page, useful, doing, wrong) VALUES (${record.id},
        ${record.receivedAt}, ${record.kind}, ${record.page}, ${record.useful}, ${record.doing}, ${record.wrong})`;
    },
    async list({ since } = {}) {
      const rows = await sql<Row[]>`SELECT * FROM feedback WHERE received_at >= ${since ?? new Date(0)}
        ORDER BY received_at, id`;
      return rows.map((row) => ({
        id: row.id,
        receivedAt: row.received_at,
        kind: row.kind,
        page: row.page,
        useful: row.useful,
        doing: row.doing,
        wrong: row.wrong,
      }));
    },
    async addSearchGap(gap) {
      await sql`INSERT INTO search_gaps (id, received_at, language, query)
        VALUES (${gap.id}, ${gap.receivedAt}, ${gap.language}, ${gap.query})`;
    },
    async listSearchGaps({ since } = {}) {
      const rows = await sql<{ id: string; received_at: Date; language: SearchGapRecord['language']; query: string }[]>`
        SELECT * FROM search_gaps WHERE received_at >= ${since ?? new Date(0)} ORDER BY received_at, id`;
      return rows.map((row) => ({ id: row.id, receivedAt: row.received_at, language: row.language, query: row.query }));
    },
    async purgeBefore(cutoff) {
      return sql.begin(async (tx) => {
        const feedback = await tx`DELETE FROM feedback WHERE received_at < ${cutoff}`;
        const gaps = await tx`DELETE FROM search_gaps WHERE received_at < ${cutoff}`;
        return feedback.count + gaps.count;
      });
    },
    async checkIntegrity() {
      // PostgreSQL keeps its own consistency; this checks the table answers and holds no impossible rows.
      const [row] = await sql<{ bad: number }[]>`SELECT count(*)::int AS bad FROM feedback
        WHERE (kind = 'useful') <> (useful IS NOT NULL)`;
      return row?.bad === 0;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
