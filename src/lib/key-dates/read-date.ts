import { calendarDate, type CalendarDate } from './calendar-date.ts';
import type { DatePart } from './tools.ts';

/** Why a date typed into the three boxes cannot be read; the form names the box to correct first. */
export type DateProblem =
  | { problem: 'missing' }
  | { problem: 'incomplete'; part: DatePart }
  | { problem: 'year'; part: 'year' }
  | { problem: 'not-real'; part: DatePart };

export type DateReading = { date: CalendarDate } | { error: DateProblem } | { empty: true };

const digits = /^\d{1,4}$/;
const firstYear = 2000;
const lastYear = 2099;

/**
 * Reads a date typed as day, month and year (GOV.UK's date input pattern): spaces are ignored, a missing or odd box
 * is named so the reader can put it right, and a day that does not exist (31 April) is refused.
 */
export function readTypedDate(parts: Record<DatePart, string | undefined>): DateReading {
  const day = (parts.day ?? '').replace(/\s/g, '');
  const month = (parts.month ?? '').replace(/\s/g, '');
  const year = (parts.year ?? '').replace(/\s/g, '');
  if (!day && !month && !year) return { empty: true };
  const missing = (['day', 'month', 'year'] as const).find((part) => !{ day, month, year }[part]);
  if (missing) return { error: { problem: 'incomplete', part: missing } };
  const notNumber = (['day', 'month', 'year'] as const).find((part) => !digits.test({ day, month, year }[part]));
  if (notNumber) return { error: { problem: 'not-real', part: notNumber } };
  if (year.length !== 4) return { error: { problem: 'year', part: 'year' } };
  // A letter about a child's assessment or appeal is dated this century; anything else is a slip (or a probe).
  if (Number(year) < firstYear || Number(year) > lastYear) return { error: { problem: 'not-real', part: 'year' } };
  const date = calendarDate(Number(year), Number(month), Number(day));
  if (!date) return { error: { problem: 'not-real', part: Number(month) < 1 || Number(month) > 12 ? 'month' : 'day' } };
  return { date };
}
