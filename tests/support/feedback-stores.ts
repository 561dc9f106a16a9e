import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import type { FeedbackStore } from '../../src/functions/feedback-store.ts';
import { openPostgresStore } from '../../src/functions/stores/postgres-store.ts';
import { openSqliteStore } from '../../src/functions/stores/sqlite-store.ts';

/** Opens a store; `reset` empties what the next `open` will see. */
export type DescribeWithStore = (name: string, open: () => Promise<FeedbackStore>, reset: () => Promise<void>) => void;

/**
 * Runs the same suite against every store: SQLite in a fresh temporary file per reset, and PostgreSQL (the server
 * tests/support/vitest-global-setup.ts provides) with its tables dropped per reset.
 */
export function forEachStore(describeWith: DescribeWithStore): void {
  const dir = mkdtempSync(join(tmpdir(), 'feedback-store-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  let sqliteFile = join(dir, 'first.sqlite');
  describeWith(
    'SQLite',
    () => Promise.resolve(openSqliteStore(sqliteFile)),
    () => {
      sqliteFile = join(dir, `${randomUUID()}.sqlite`);
      return Promise.resolve();
    },
  );

  const databaseUrl = inject('databaseUrl');
  describeWith(
    'PostgreSQL',
    () => openPostgresStore(databaseUrl),
    async () => {
      const sql = postgres(databaseUrl, { onnotice: () => undefined });
      await sql`DROP TABLE IF EXISTS feedback`;
      await sql`DROP TABLE IF EXISTS search_gaps`;
      await sql.end();
    },
  );
}
