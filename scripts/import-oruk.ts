/**
 * Imports an Open Referral UK 3.0 feed (JSON) into the resource directory: one YAML file per service in
 * content/directory/, checked with the same schema as the site.
 *
 *   npm run import:oruk -- feed.json [--out <folder>] [--dry-run]
 *
 * It prints progress, then what it imported and every service it skipped, with the reason. A file that is not an ORUK
 * feed, or a feed in which no service can be imported, writes nothing. Files are written to a folder beside the
 * target and moved into place only when every one is written, so an interrupted import leaves no half-written entry.
 * An entry whose id is already in the folder replaces that file (a re-import updates it).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { FeedError, fileNameFor, importFeed } from '../src/lib/oruk/oruk-import.ts';
import { directoryDir } from '../src/lib/directory/directory-data.ts';
import type { DirectoryEntry } from '../src/schemas/directory.ts';

const usage = 'Usage: npm run import:oruk -- <feed.json> [--out <folder>] [--dry-run]';

function fail(message: string): never {
  console.error(`import:oruk: ${message}`);
  process.exit(1);
}

/** The ids of the entries already in the folder, and their files. Files that do not parse are left alone. */
function existingIds(dir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    try {
      const id = (parse(readFileSync(join(dir, name), 'utf8')) as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.set(id.toLowerCase(), name);
    } catch {
      // A broken file is the build's to report; the import neither reads nor replaces it.
    }
  }
  return ids;
}

/** An entry as YAML, with dates as YYYY-MM-DD like the hand-written entries. */
function toYaml(entry: DirectoryEntry, source: string): string {
  const data = { ...entry, assured_date: entry.assured_date.toISOString().slice(0, 10) };
  return `# Imported from the Open Referral UK feed ${source} by npm run import:oruk on ${new Date().toISOString().slice(0, 10)}.\n# assured_date is the feed's own (its assured_date, else last_modified).\n${stringify(data, { lineWidth: 0 })}`;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1) fail(usage);
const out = resolve(values.out ?? directoryDir());

let feed: unknown;
try {
  feed = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`${file} is not a JSON file: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
}

let lastShown = -1;
let result: ReturnType<typeof importFeed>;
try {
  result = importFeed(feed, basename(file), (done, total) => {
    const percent = Math.floor((done / total) * 10) * 10;
    if (percent !== lastShown || done === total) {
      lastShown = percent;
      console.error(`Checked ${done} of ${total} services (${Math.round((done / total) * 100)}%)`);
    }
  });
} catch (error) {
  if (error instanceof FeedError) fail(`${file}: ${error.message}. Nothing was written.`);
  throw error;
}

const { entries, skipped, warnings } = result;
const report = () => {
  if (skipped.length > 0) {
    console.log(`Skipped ${skipped.length}:`);
    for (const { where, reason } of skipped) console.log(`  - ${where}: ${reason}`);
  }
  if (warnings.length > 0) {
    console.log(`Left out ${warnings.length} detail(s):`);
    for (const warning of warnings) console.log(`  - ${warning}`);
  }
};
if (entries.length === 0) {
  report();
  fail(`none of the ${skipped.length} services in ${file} could be imported. Nothing was written.`);
}

mkdirSync(out, { recursive: true });
const existing = existingIds(out);
const taken = new Set(readdirSync(out));
const plan = entries.map((entry) => {
  const current = existing.get(entry.id);
  if (current) return { entry, name: current, update: true };
  let name = fileNameFor(entry);
  if (taken.has(name)) name = name.replace(/\.yaml$/, `-${entry.id.slice(0, 8)}.yaml`);
  taken.add(name);
  return { entry, name, update: false };
});

if (!values['dry-run']) {
  // Every file is written first to a folder beside the target, then moved: a failure part way leaves content as it was.
  const staging = mkdtempSync(join(out, '.import-'));
  try {
    for (const { entry, name } of plan) writeFileSync(join(staging, name), toYaml(entry, basename(file)));
    for (const { name } of plan) renameSync(join(staging, name), join(out, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

const updated = plan.filter((p) => p.update).length;
console.log(
  `${values['dry-run'] ? 'Would import' : 'Imported'} ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} into ${out} (${entries.length - updated} new, ${updated} updated).`,
);
for (const { entry, name } of plan) console.log(`  + ${name}: ${entry.name}`);
report();
