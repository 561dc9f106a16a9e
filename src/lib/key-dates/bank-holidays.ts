import type { CalendarDate } from './calendar-date.ts';
import { addDays, isWeekend } from './calendar-date.ts';

/** England and Wales bank holidays for the years a dated list covers (content/bank-holidays.yaml). */
export interface BankHolidays {
  /** The first and last day the list speaks for: outside them, whether a day is a working day is not known. */
  from: CalendarDate;
  to: CalendarDate;
  dates: ReadonlySet<string>;
}

/** Working days exclude weekends and bank holidays in England and Wales (the Tribunal's rules, rule 12). */
export type WorkingDay = boolean | 'unknown';

export function isWorkingDay(date: CalendarDate, holidays: BankHolidays): WorkingDay {
  if (date < holidays.from || date > holidays.to) return 'unknown';
  return !isWeekend(date) && !holidays.dates.has(date);
}

/** The first working day after `date`, or undefined if the search runs past the end of the list. */
export function firstWorkingDayAfter(date: CalendarDate, holidays: BankHolidays): CalendarDate | undefined {
  // A run of non-working days is at most a few days long (Christmas, a weekend, a substitute day).
  for (let next = addDays(date, 1); ; next = addDays(next, 1)) {
    const working = isWorkingDay(next, holidays);
    if (working === 'unknown') return undefined;
    if (working) return next;
  }
}
