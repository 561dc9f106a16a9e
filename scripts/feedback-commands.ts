/**
 * The council's feedback tools, as functions over a store so the same code is tested and run.
 * scripts/feedback.ts is the command line around them.
 */
import { stringify as yaml } from 'yaml';
import { safeCsv } from './safe-csv.ts';
import type { LocaleCode } from '../src/i18n/locales.ts';
import type { FeedbackRecord, FeedbackStore, SearchGapRecord } from '../src/functions/feedback-store.ts';
import type {
  FeedbackTheme,
  SearchGapEntry,
  YouSaidWeDidEntry,
  YouSaidWeDidYear,
} from '../src/schemas/you-said-we-did.ts';

const columns = ['id', 'received_at', 'kind', 'page', 'useful', 'doing', 'wrong'] as const;

const row = (r: FeedbackRecord) => ({
  id: r.id,
  received_at: r.receivedAt.toISOString(),
  kind: r.kind,
  page: r.page,
  useful: r.useful ?? '',
  doing: r.doing ?? '',
  wrong: r.wrong ?? '',
});

/** Feedback as CSV for a spreadsheet (safeCsv says how it is made safe). */
export function toCsv(records: FeedbackRecord[]): string {
  return safeCsv(records.map(row), [...columns]);
}

export function toJson(records: FeedbackRecord[]): string {
  return `${JSON.stringify(records.map(row), null, 2)}\n`;
}

export interface PageSummary {
  page: string;
  yes: number;
  no: number;
  /** Share of "yes" among yes and no answers, 0 to 1; null with no answers. */
  usefulRate: number | null;
  problems: number;
  accessibility: number;
}

/** Counts and "useful" rates by page, the pages with most feedback first. */
export function summarise(records: FeedbackRecord[]): PageSummary[] {
  const byPage = new Map<string, PageSummary>();
  for (const r of records) {
    const s = byPage.get(r.page) ?? { page: r.page, yes: 0, no: 0, usefulRate: null, problems: 0, accessibility: 0 };
    if (r.kind === 'useful' && r.useful) s[r.useful] += 1;
    if (r.kind === 'problem') s.problems += 1;
    if (r.kind === 'accessibility') s.accessibility += 1;
    byPage.set(r.page, s);
  }
  const total = (s: PageSummary) => s.yes + s.no + s.problems + s.accessibility;
  return [...byPage.values()]
    .map((s) => ({ ...s, usefulRate: s.yes + s.no > 0 ? s.yes / (s.yes + s.no) : null }))
    .sort((a, b) => total(b) - total(a) || a.page.localeCompare(b.page));
}

export function summaryTable(summary: PageSummary[]): string {
  const lines = [['page', 'yes', 'no', 'useful', 'problems', 'accessibility']];
  for (const s of summary) {
    const rate = s.usefulRate === null ? '-' : `${Math.round(s.usefulRate * 100)}%`;
    lines.push([s.page, String(s.yes), String(s.no), rate, String(s.problems), String(s.accessibility)]);
  }
  return textTable(lines);
}

/** Rows as a plain-text table, each column as wide as its widest cell (the first row is the header). */
function textTable(lines: string[][]): string {
  const widths = lines[0]?.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length))) ?? [];
  return `${lines
    .map((l) =>
      l
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/**
 * The fewest times a search must have been sent before a report shows its words (the privacy notice promises it):
 * words sent once or twice may be one person's own details that the scrubber missed.
 */
export const gapReportFloor = 3;

export interface GapCount {
  query: string;
  count: number;
  /** The languages of the search pages it was sent from. */
  languages: LocaleCode[];
}

/** Searches that found nothing, most often sent first; only those sent at least `min` (never under 3) times. */
export function commonGaps(gaps: SearchGapRecord[], min = gapReportFloor): GapCount[] {
  const floor = Math.max(min, gapReportFloor);
  const byQuery = new Map<string, GapCount>();
  for (const gap of gaps) {
    const count = byQuery.get(gap.query) ?? { query: gap.query, count: 0, languages: [] };
    count.count += 1;
    if (!count.languages.includes(gap.language)) count.languages.push(gap.language);
    byQuery.set(gap.query, count);
  }
  return [...byQuery.values()]
    .filter((g) => g.count >= floor)
    .map((g) => ({ ...g, languages: g.languages.toSorted() }))
    .sort((a, b) => b.count - a.count || a.query.localeCompare(b.query));
}

/** How many searches that found nothing were reported each month (a count: no words), oldest month first. */
export function gapsPerMonth(gaps: SearchGapRecord[]): { month: string; reports: number }[] {
  const byMonth = new Map<string, number>();
  for (const gap of gaps) {
    const month = gap.receivedAt.toISOString().slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, reports]) => ({ month, reports }));
}

/** The gaps report as text: the common searches, then the reports per month. */
export function gapsReport(gaps: SearchGapRecord[], min = gapReportFloor): string {
  const common = commonGaps(gaps, min);
  const floor = Math.max(min, gapReportFloor);
  const commonPart =
    common.length === 0
      ? `No search was sent ${floor} or more times.\n`
      : textTable([
          ['times', 'languages', 'searched for'],
          ...common.map((g) => [String(g.count), g.languages.join(' '), g.query]),
        ]);
  const months = gapsPerMonth(gaps);
  const monthPart =
    months.length === 0
      ? 'No reports.\n'
      : textTable([['month', 'reports'], ...months.map((m) => [m.month, String(m.reports)])]);
  return `Searches that found nothing, sent at least ${floor} times\n\n${commonPart}\nReports per month\n\n${monthPart}`;
}

/** The common searches as CSV, made safe for spreadsheets as the feedback export is. */
export function gapsCsv(gaps: SearchGapRecord[], min = gapReportFloor): string {
  return safeCsv(
    commonGaps(gaps, min).map((g) => ({ times: g.count, languages: g.languages.join(' '), query: g.query })),
    ['times', 'languages', 'query'],
  );
}

/** "2y", "18m", "6w", "30d": a period back from `now`. */
export function cutoffFor(period: string, now: Date): Date {
  const match = /^(\d+)([dwmy])$/.exec(period.trim());
  if (!match) throw new Error(`"${period}" is not a period: use a number and d, w, m or y, e.g. 2y or 18m.`);
  const amount = Number(match[1]);
  const cutoff = new Date(now);
  if (match[2] === 'd') cutoff.setUTCDate(cutoff.getUTCDate() - amount);
  if (match[2] === 'w') cutoff.setUTCDate(cutoff.getUTCDate() - 7 * amount);
  if (match[2] === 'm') cutoff.setUTCMonth(cutoff.getUTCMonth() - amount);
  if (match[2] === 'y') cutoff.setUTCFullYear(cutoff.getUTCFullYear() - amount);
  return cutoff;
}

const themeRules: [FeedbackTheme, RegExp][] = [
  ['out-of-date', /out of date|old information|no longer|changed|closed|moved|wrong (?:number|address|date)/i],
  ['hard-to-understand', /understand|confus|jargon|complicated|hard to (?:read|follow)|what does|too long|unclear/i],
  [
    'missing-information',
    /missing|can.?t find|cannot find|could not find|no information|does ?n.?t say|more (?:detail|information)/i,
  ],
  ['contact-and-services', /phone|call|contact|e-?mail|waiting|appointment|referr|service/i],
];

/** The theme a problem report is about, by its words; accessibility reports are their own theme. */
export function themeOf(record: FeedbackRecord): FeedbackTheme {
  if (record.kind === 'accessibility') return 'accessibility';
  if (record.kind === 'useful') return 'page-useful';
  const text = `${record.doing ?? ''} ${record.wrong ?? ''}`;
  return themeRules.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/**
 * A year's feedback grouped by page and theme, and its common searches that found nothing, with empty "you said" and
 * "we did" for an officer to write.
 */
export function draftYear(records: FeedbackRecord[], year: number, gaps: SearchGapRecord[] = []): YouSaidWeDidYear {
  const inYear = records.filter((r) => r.receivedAt.getUTCFullYear() === year);
  const groups = new Map<string, YouSaidWeDidEntry>();
  for (const r of inYear) {
    const theme = themeOf(r);
    const key = `${r.page}\u0000${theme}`;
    const entry: YouSaidWeDidEntry = groups.get(key) ?? { page: r.page, theme, comments: [], youSaid: '', weDid: '' };
    if (r.kind === 'useful' && r.useful) {
      const counts = entry.usefulCounts ?? { yes: 0, no: 0 };
      counts[r.useful] += 1;
      entry.usefulCounts = counts;
    } else {
      entry.comments.push([r.doing && `Doing: ${r.doing}`, r.wrong].filter(Boolean).join('\n'));
    }
    groups.set(key, entry);
  }
  const totals: Record<string, number> = {};
  for (const r of inYear) totals[r.kind] = (totals[r.kind] ?? 0) + 1;
  const entries = [...groups.values()].sort((a, b) => a.page.localeCompare(b.page) || a.theme.localeCompare(b.theme));
  const searchGaps: SearchGapEntry[] = commonGaps(gaps.filter((g) => g.receivedAt.getUTCFullYear() === year)).map(
    (g) => ({ query: g.query, count: g.count, youSaid: '', weDid: '' }),
  );
  return { year, status: 'draft', totals, entries, searchGaps };
}

/** The draft as a Markdown file: YAML front matter, then a note for the officer who completes it. */
export function draftMarkdown(draft: YouSaidWeDidYear): string {
  return `---\n${yaml(draft, { lineWidth: 0 })}---\n
Draft "You said, we did" for ${draft.year}, written by \`npm run feedback -- draft-you-said-we-did\`.
For each entry, write \`youSaid\` (what people told us, in our words, with nothing that could identify anyone) and
\`weDid\` (what we did or will do). Do the same for each of \`searchGaps\`: what people searched for and could not
find, sent at least ${gapReportFloor} times; \`query\` is not published, \`youSaid\` is. Leave out comments about one person's own case and vexatious comments. Then set
\`status: published\` and \`published\` to today's date. Only completed entries of published years are shown.
`;
}

export type Store = Pick<FeedbackStore, 'list' | 'listSearchGaps' | 'purgeBefore'>;
