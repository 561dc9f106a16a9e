import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The SQLite file the browser tests' server stores feedback in (set by playwright.config.ts), so tests can check
 * what was stored. One per run of the Playwright config: the config and the test workers agree through the env.
 */
export const feedbackDb = (process.env['E2E_FEEDBACK_DB'] ??= join(
  tmpdir(),
  `send-e2e-feedback-${process.pid}.sqlite`,
));
