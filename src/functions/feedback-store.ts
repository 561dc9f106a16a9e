import type { LocaleCode } from '../i18n/locales.ts';
import type { FeedbackKind } from '../schemas/feedback.ts';

/** One piece of feedback as it is stored: already validated and scrubbed of personal details. No IP address. */
export interface FeedbackRecord {
  /** A random UUID. */
  id: string;
  /** When the function received it. */
  receivedAt: Date;
  kind: FeedbackKind;
  /** The page it is about, e.g. `/pl/short-breaks/`. */
  page: string;
  /** The answer to "Is this page useful?", for `useful` feedback. */
  useful: 'yes' | 'no' | null;
  /** What the person was doing, for problem reports. */
  doing: string | null;
  /** What is wrong, for problem reports. */
  wrong: string | null;
}

/**
 * What someone could not find: the words they sent from a search that found nothing, already scrubbed of personal
 * details and normalised (searchGapText), so the same search counts as one. No page, no address, no identifier.
 */
export interface SearchGapRecord {
  /** A random UUID. */
  id: string;
  /** When the function received it. */
  receivedAt: Date;
  /** The language of the search page it was sent from. */
  language: LocaleCode;
  query: string;
}

/**
 * Where feedback is kept. One interface, two stores: SQLite on one machine (the default) and PostgreSQL when
 * DATABASE_URL is set. Both pass the same tests (feedback-store.test.ts).
 */
export interface FeedbackStore {
  /** Which store this is, for logs. */
  readonly name: 'sqlite' | 'postgres';
  /** Keeps one record durably: when this resolves, the record survives a crash. */
  add(record: FeedbackRecord): Promise<void>;
  /** Every record received at or after `since` (all when not given), oldest first. */
  list(options?: { since?: Date | undefined }): Promise<FeedbackRecord[]>;
  /** Keeps what someone could not find, durably, as `add` does. */
  addSearchGap(gap: SearchGapRecord): Promise<void>;
  /** Every search gap received at or after `since` (all when not given), oldest first. */
  listSearchGaps(options?: { since?: Date | undefined }): Promise<SearchGapRecord[]>;
  /** Deletes feedback and search gaps received before `cutoff`; says how many. */
  purgeBefore(cutoff: Date): Promise<number>;
  /** True when the database's own integrity check passes. */
  checkIntegrity(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * How the SQLite store commits: `group` (the default) puts posts that arrive together in one transaction; `each`
 * commits every post on its own, the design before group commit. `each` exists only so that the benchmark can
 * measure the old design beside the new one in the same run (scripts/bench-feedback.ts); nothing else should set it.
 */
export type CommitMode = 'each' | 'group';

/** FEEDBACK_COMMIT as a CommitMode: `group` unless set to `each`. */
export function commitModeFromEnv(value: string | undefined): CommitMode {
  if (value === undefined || value === '' || value === 'group') return 'group';
  if (value === 'each') return 'each';
  throw new Error(`FEEDBACK_COMMIT must be "group" (the default) or "each" (for the benchmark only), not "${value}"`);
}

/**
 * Opens the store the environment asks for: PostgreSQL when DATABASE_URL is set, otherwise SQLite (in FEEDBACK_DB,
 * committing as FEEDBACK_COMMIT says).
 */
export async function openFeedbackStore(env: NodeJS.ProcessEnv = process.env): Promise<FeedbackStore> {
  const databaseUrl = env['DATABASE_URL'];
  if (databaseUrl) {
    const { openPostgresStore } = await import('./stores/postgres-store.ts');
    return openPostgresStore(databaseUrl);
  }
  const { openSqliteStore } = await import('./stores/sqlite-store.ts');
  return openSqliteStore(env['FEEDBACK_DB'] ?? 'data/feedback.sqlite', {
    commit: commitModeFromEnv(env['FEEDBACK_COMMIT']),
  });
}
