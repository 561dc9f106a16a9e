/**
 * Dates on a calendar, with no time of day and no time zone: "2027-01-15". Deadlines in law are days, and a date
 * written as text compares and sorts correctly as text. Arithmetic goes through UTC, where no day is 23 or 25 hours.
 * (Hand-written rather than a date library: these five functions are all the tools need, and the corresponding-date
 * rule below is the law's, which no library states.)
 */

/** A calendar date as `YYYY-MM-DD`. */
export type CalendarDate = string & { readonly calendarDate: unique symbol };

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date for a year, month (1-12) and day, or undefined where there is no such day (31 April, 29 February 2027). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (![year, month, day].every(Number.isInteger) || year < 1000 || year > 9999) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatted(year, month, day);
}

/** Reads `YYYY-MM-DD`; undefined for anything else or a day that does not exist. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = isoPattern.exec(text);
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

export function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  return fromUtc(new Date(Date.UTC(year, month - 1, day + days)));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/**
 * The same day of the month, `months` later: 15 March plus 2 months is 15 May. Where that month has no such day
 * (31 December plus 2 months), the last day of the month: the corresponding date rule for calendar months (Dodds v
 * Walker [1981] 1 WLR 1027, House of Lords; "month" means calendar month, Interpretation Act 1978, Schedule 1).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  return formatted(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isWeekend(date: CalendarDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** Midnight UTC at the start of the date, for Intl.DateTimeFormat with `timeZone: 'UTC'`. */
export function toUtcDate(date: CalendarDate): Date {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(value: Date): CalendarDate {
  return formatted(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** A day already known to exist, as text. */
export function formatted(year: number, month: number, day: number): CalendarDate {
  return `${String(year)}-${pad(month)}-${pad(day)}` as CalendarDate;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
