/**
 * The council's feedback tools: `npm run feedback -- <command>`.
 *
 *   export --format csv|json [--since YYYY-MM-DD]   all feedback (since a date) to standard output
 *   summary                                        counts and "useful" rates by page
 *   purge --older-than <period>                    delete feedback older than e.g. 2y (the privacy notice's period)
 *   draft-you-said-we-did --year YYYY [--force]    write content/you-said-we-did/<year>.md for an officer to complete
 *   gaps [--since YYYY-MM-DD] [--min N] [--format table|csv]
 *                                                  what people searched for and could not find (sent at least 3
 *                                                  times: never fewer), and the reports per month
 *
 * The store is the one the function uses: DATABASE_URL (PostgreSQL) or FEEDBACK_DB (SQLite, data/feedback.sqlite).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from './run-command.ts';
import { openFeedbackStore } from '../src/functions/feedback-store.ts';
import { youSaidWeDidDir } from '../src/lib/feedback/you-said-we-did-data.ts';
import {
  cutoffFor,
  draftMarkdown,
  draftYear,
  gapReportFloor,
  gapsCsv,
  gapsReport,
  summarise,
  summaryTable,
  toCsv,
  toJson,
} from './feedback-commands.ts';

const usage = `Usage: npm run feedback -- <command>
  export --format csv|json [--since YYYY-MM-DD]
  summary
  purge --older-than <period, e.g. 2y, 18m, 90d>
  draft-you-said-we-did --year YYYY [--force]
  gaps [--since YYYY-MM-DD] [--min N, at least ${gapReportFloor}] [--format table|csv]`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      min: { type: 'string' },
      since: { type: 'string' },
      'older-than': { type: 'string' },
      year: { type: 'string' },
      force: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const [command] = positionals;
  if (!command || !['export', 'summary', 'purge', 'draft-you-said-we-did', 'gaps'].includes(command)) {
    console.error(usage);
    return 2;
  }

  // Check the arguments before opening the store, so a mistake changes nothing.
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = new Date(`${values.since}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(since.getTime())) {
      console.error(`--since must be a date like 2026-01-31, not "${values.since}".`);
      return 2;
    }
  }
  const format = values.format ?? (command === 'gaps' ? 'table' : 'csv');
  if (command === 'export' && !['csv', 'json'].includes(format)) {
    console.error(`--format must be csv or json, not "${format}".`);
    return 2;
  }
  if (command === 'gaps' && !['table', 'csv'].includes(format)) {
    console.error(`--format must be table or csv, not "${format}".`);
    return 2;
  }
  const min = values.min === undefined ? gapReportFloor : Number(values.min);
  if (!Number.isInteger(min) || min < gapReportFloor) {
    console.error(`--min must be a whole number, ${gapReportFloor} or more: fewer could show one person's words.`);
    return 2;
  }
  const now = new Date();
  let cutoff: Date | undefined;
  if (command === 'purge') {
    if (!values['older-than']) {
      console.error('purge needs --older-than, e.g. --older-than 2y');
      return 2;
    }
    cutoff = cutoffFor(values['older-than'], now);
  }
  const year = Number(values.year);
  if (command === 'draft-you-said-we-did' && !(Number.isInteger(year) && year >= 2020 && year <= 2100)) {
    console.error('draft-you-said-we-did needs --year, e.g. --year 2026');
    return 2;
  }

  const store = await openFeedbackStore();
  try {
    if (command === 'export') {
      const records = await store.list({ since });
      process.stdout.write(format === 'json' ? toJson(records) : toCsv(records));
    } else if (command === 'gaps') {
      const gaps = await store.listSearchGaps({ since });
      process.stdout.write(format === 'csv' ? gapsCsv(gaps, min) : gapsReport(gaps, min));
    } else if (command === 'summary') {
      process.stdout.write(summaryTable(summarise(await store.list())));
    } else if (command === 'purge' && cutoff) {
      const removed = await store.purgeBefore(cutoff);
      console.log(`Deleted ${removed} piece(s) of feedback received before ${cutoff.toISOString().slice(0, 10)}.`);
    } else if (command === 'draft-you-said-we-did') {
      const dir = values.out ?? youSaidWeDidDir();
      const file = join(dir, `${year}.md`);
      if (existsSync(file) && !values.force) {
        console.error(`${file} exists already: an officer may have started on it. Use --force to replace it.`);
        return 1;
      }
      const yearStart = new Date(Date.UTC(year, 0, 1));
      const draft = draftYear(
        await store.list({ since: yearStart }),
        year,
        await store.listSearchGaps({ since: yearStart }),
      );
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, draftMarkdown(draft));
      console.log(
        `Wrote ${file}: ${draft.entries.length} entries and ${draft.searchGaps.length} searches that found nothing to complete.`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

await runCommand(main);
