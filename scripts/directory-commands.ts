/**
 * The council's directory tools, as functions so the same code is tested and run; scripts/directory.ts is the command
 * line around them.
 */
import { splitLocale } from '../src/i18n/locales.ts';
import type { FeedbackRecord } from '../src/functions/feedback-store.ts';
import { isStale } from '../src/lib/directory/directory-facets.ts';
import type { DirectoryEntry } from '../src/schemas/directory.ts';
import { safeCsv } from './safe-csv.ts';

/** An entry due for checking, with what an officer needs to check it. */
export interface StaleEntry {
  id: string;
  name: string;
  /** The day it was last checked (ORUK `assured_date`), YYYY-MM-DD. */
  checkedOn: string;
  /** Its page on this site. */
  page: string;
  phones: string[];
  email: string;
  url: string;
  /** "Report a problem" comments sent from its page, in any language, oldest first. */
  reports: string[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Entries not checked for 12 months (the site shows them with a notice that they may be out of date), the longest
 * unchecked first, each with its contacts and the problem reports about it.
 */
export function staleEntries(entries: DirectoryEntry[], feedback: FeedbackRecord[], now: Date): StaleEntry[] {
  const reportsByPage = new Map<string, string[]>();
  for (const record of feedback) {
    if (record.kind === 'useful' || !record.wrong) continue;
    const { path } = splitLocale(record.page);
    const text = [record.doing && `Doing: ${record.doing}`, record.wrong].filter(Boolean).join(' / ');
    reportsByPage.set(path, [...(reportsByPage.get(path) ?? []), `${day(record.receivedAt)}: ${text}`]);
  }
  return entries
    .filter((entry) => isStale(entry.assured_date, now))
    .toSorted((a, b) => a.assured_date.getTime() - b.assured_date.getTime() || a.name.localeCompare(b.name))
    .map((entry) => {
      const page = `/directory/${entry.id}/`;
      return {
        id: entry.id,
        name: entry.name,
        checkedOn: day(entry.assured_date),
        page,
        phones: entry.phones.map((phone) => phone.number),
        email: entry.email ?? '',
        url: entry.url ?? '',
        reports: reportsByPage.get(page) ?? [],
      };
    });
}

/** The list as text: one block per entry, so long comments stay readable in a terminal. */
export function staleTable(stale: StaleEntry[]): string {
  if (stale.length === 0) return 'Every directory entry has been checked in the last 12 months.\n';
  const blocks = stale.map((entry) => {
    const contacts = [...entry.phones, entry.email, entry.url].filter(Boolean);
    return [
      entry.name,
      `  checked on: ${entry.checkedOn}`,
      `  page:       ${entry.page}`,
      `  contacts:   ${contacts.length > 0 ? contacts.join(', ') : 'none given: ask the organisation'}`,
      `  reports:    ${entry.reports.length}`,
      ...entry.reports.map((report) => `    - ${report}`),
    ].join('\n');
  });
  return `${stale.length} entries not checked for 12 months, longest first\n\n${blocks.join('\n\n')}\n`;
}

/** The list as CSV, one row per entry, made safe for spreadsheets. */
export function staleCsv(stale: StaleEntry[]): string {
  return safeCsv(
    stale.map((entry) => ({
      id: entry.id,
      name: entry.name,
      checked_on: entry.checkedOn,
      page: entry.page,
      phones: entry.phones.join('; '),
      email: entry.email,
      url: entry.url,
      reports: entry.reports.join('\n'),
    })),
    ['id', 'name', 'checked_on', 'page', 'phones', 'email', 'url', 'reports'],
  );
}
