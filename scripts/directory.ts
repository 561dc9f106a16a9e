/**
 * The council's directory tools: `npm run directory -- <command>`.
 *
 *   stale [--format table|csv]   entries not checked for 12 months, the longest first, with their contacts and the
 *                                "report a problem" comments sent from their pages, for an officer to work through
 *
 * Entries come from content/directory (or DIRECTORY_CONTENT_DIR); comments from the feedback store the function uses
 * (DATABASE_URL, else FEEDBACK_DB, else data/feedback.sqlite).
 */
import { parseArgs } from 'node:util';
import { runCommand } from './run-command.ts';
import { openFeedbackStore } from '../src/functions/feedback-store.ts';
import { readDirectory } from '../src/lib/directory/directory-data.ts';
import { staleCsv, staleEntries, staleTable } from './directory-commands.ts';

const usage = `Usage: npm run directory -- stale [--format table|csv]`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'table' } },
  });
  if (positionals[0] !== 'stale' || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  if (!['table', 'csv'].includes(values.format)) {
    console.error(`--format must be table or csv, not "${values.format}".`);
    return 2;
  }
  const entries = readDirectory();
  const store = await openFeedbackStore();
  try {
    const stale = staleEntries(entries, await store.list(), new Date());
    process.stdout.write(values.format === 'csv' ? staleCsv(stale) : staleTable(stale));
    return 0;
  } finally {
    await store.close();
  }
}

await runCommand(main);
