import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { temporaryFolder } from './temporary-folder.ts';

/** Runs one of the project's command-line scripts with its arguments; returns what it printed, or throws if it fails. */
export type ScriptRun = (...args: string[]) => string;

/** Runs `script` (a path from the project folder) with Node, as `npm run` does, with `env` added to the environment. */
export function scriptRunner(script: string, env: Record<string, string> = {}): ScriptRun {
  return (...args) =>
    execFileSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

/** A script run against a feedback store of its own, and where that store and anything the script writes may go. */
export interface ScriptWithStore {
  /** A temporary folder, deleted after the suite. */
  dir: string;
  /** The SQLite feedback store the script reads and writes (FEEDBACK_DB), in `dir`. */
  db: string;
  run: ScriptRun;
}

/**
 * A command-line script that reads the SQLite store in a temporary folder, never a PostgreSQL database (DATABASE_URL
 * is emptied). Call it in a describe block: the folder is deleted after it.
 */
export function scriptWithFeedbackStore(script: string, prefix: string): ScriptWithStore {
  const dir = temporaryFolder(prefix);
  const db = join(dir, 'feedback.sqlite');
  return { dir, db, run: scriptRunner(script, { FEEDBACK_DB: db, DATABASE_URL: '' }) };
}
