import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { bankHolidaysSchema, type BankHolidaysFile } from '../../schemas/bank-holidays.ts';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import type { BankHolidays } from './bank-holidays.ts';
import { contentPath } from '../content/content-dir.ts';

/** The bank holiday list, validated, from the text of content/bank-holidays.yaml. */
export function parseBankHolidays(text: string): BankHolidaysFile {
  const result = bankHolidaysSchema.safeParse(parse(text));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`content/bank-holidays.yaml: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  for (const value of [result.data.from, result.data.to, ...result.data.holidays.map((h) => h.date)]) {
    if (!parseCalendarDate(value)) throw new Error(`content/bank-holidays.yaml: ${value} is not a day of the calendar`);
  }
  return result.data;
}

/** The list read from disk, for the function and the build (which both run from the project folder). */
export function readBankHolidaysFile(path: string | URL = contentPath('bank-holidays.yaml')): BankHolidaysFile {
  return parseBankHolidays(readFileSync(path, 'utf8'));
}

export function toBankHolidays(file: BankHolidaysFile): BankHolidays {
  return {
    from: file.from as CalendarDate,
    to: file.to as CalendarDate,
    dates: new Set(file.holidays.map((h) => h.date)),
  };
}
