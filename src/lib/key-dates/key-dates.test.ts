import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarMonths,
  addDays,
  calendarDate,
  daysInMonth,
  parseCalendarDate,
  partsOf,
  weekdayOf,
  formatted,
  type CalendarDate,
} from './calendar-date.ts';
import { firstWorkingDayAfter, isWorkingDay } from './bank-holidays.ts';
import { appealDeadline } from './appeal-deadline.ts';
import { ehcKeyDates } from './ehc-timescales.ts';
import { readTypedDate } from './read-date.ts';
import { readBankHolidaysFile, toBankHolidays, parseBankHolidays } from './bank-holidays-data.ts';

const d = (text: string) => {
  const date = parseCalendarDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return date;
};
const holidays = toBankHolidays(readBankHolidaysFile());

/** Any real day from 2000 to 2099. */
const anyDate = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => formatted(year, month, Math.min(day, daysInMonth(year, month))));
/** Any day the bank holiday list speaks for, less the months a deadline would run past its end. */
const listedDecision = anyDate.filter((date) => date >= holidays.from && date <= '2027-09-30');

describe('calendar dates', () => {
  it('knows which days exist', () => {
    expect(calendarDate(2028, 2, 29)).toBe('2028-02-29');
    expect(calendarDate(2027, 2, 29)).toBeUndefined();
    expect(calendarDate(2100, 2, 29)).toBeUndefined();
    expect(calendarDate(2000, 2, 29)).toBe('2000-02-29');
    expect(calendarDate(2026, 4, 31)).toBeUndefined();
    expect(calendarDate(2026, 13, 1)).toBeUndefined();
    expect(calendarDate(2026, 1, 1.5)).toBeUndefined();
    expect(parseCalendarDate('2026-1-5')).toBeUndefined();
    expect(parseCalendarDate('2026-02-30')).toBeUndefined();
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-03-28'), 2)).toBe('2026-03-30'); // the clocks go forward on 29 March 2026: still 2 days
  });

  it('counts calendar months by the corresponding date, or the last day of a shorter month', () => {
    expect(addCalendarMonths(d('2026-03-15'), 2)).toBe('2026-05-15');
    expect(addCalendarMonths(d('2026-12-31'), 2)).toBe('2027-02-28');
    expect(addCalendarMonths(d('2027-12-31'), 2)).toBe('2028-02-29');
    expect(addCalendarMonths(d('2026-08-31'), 1)).toBe('2026-09-30');
    expect(addCalendarMonths(d('2026-11-30'), 2)).toBe('2027-01-30');
  });

  it('month arithmetic: same day where it exists, else the month end; always in the right month', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 36 }), (date, months) => {
        const result = addCalendarMonths(date, months);
        const from = partsOf(date);
        const to = partsOf(result);
        expect((to.year - from.year) * 12 + (to.month - from.month)).toBe(months);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it('day arithmetic round-trips and moves the weekday with it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        const moved = addDays(date, days);
        expect(addDays(moved, -days)).toBe(date);
        expect(weekdayOf(moved)).toBe((((weekdayOf(date) + days) % 7) + 7) % 7);
        expect(parseCalendarDate(moved)).toBe(moved);
      }),
    );
  });
});

describe('a date typed in three boxes', () => {
  it('reads day, month and year, ignoring spaces', () => {
    expect(readTypedDate({ day: ' 2', month: '12 ', year: '2 026' })).toEqual({ date: '2026-12-02' });
    expect(readTypedDate({ day: '', month: '', year: '' })).toEqual({ empty: true });
  });

  it('names the box to correct', () => {
    expect(readTypedDate({ day: '3', month: '', year: '2026' })).toEqual({
      error: { problem: 'incomplete', part: 'month' },
    });
    expect(readTypedDate({ day: '3', month: 'May', year: '2026' })).toEqual({
      error: { problem: 'not-real', part: 'month' },
    });
    expect(readTypedDate({ day: '31', month: '4', year: '2026' })).toEqual({
      error: { problem: 'not-real', part: 'day' },
    });
    expect(readTypedDate({ day: '1', month: '13', year: '2026' })).toEqual({
      error: { problem: 'not-real', part: 'month' },
    });
    expect(readTypedDate({ day: '1', month: '1', year: '26' })).toEqual({ error: { problem: 'year', part: 'year' } });
  });

  it('refuses years no letter about a child would carry', () => {
    expect(readTypedDate({ day: '1', month: '1', year: '1999' })).toEqual({
      error: { problem: 'not-real', part: 'year' },
    });
    expect(readTypedDate({ day: '31', month: '12', year: '9999' })).toEqual({
      error: { problem: 'not-real', part: 'year' },
    });
    expect(readTypedDate({ day: '1', month: '1', year: '2099' })).toEqual({ date: '2099-01-01' });
  });
});

describe('bank holidays', () => {
  it('reads the list, which is dated and sourced', () => {
    const file = readBankHolidaysFile();
    expect(file.source.url).toBe('https://www.gov.uk/bank-holidays');
    expect(file.holidays.every(({ date }) => weekdayOf(d(date)) !== 0 && weekdayOf(d(date)) !== 6)).toBe(true);
    expect(file.holidays.filter(({ date }) => date.startsWith('2026'))).toHaveLength(8);
  });

  it('refuses a list with a day outside its own range, or a day that does not exist', () => {
    const text = (extra: string) =>
      `source: { title: GOV.UK list, url: 'https://www.gov.uk/bank-holidays' }\nreviewed: 2026-12-02\nreviewDue: 2027-06-02\nfrom: 2026-01-01\nto: 2026-12-31\nholidays:\n  - { date: ${extra}, name: A holiday }\n`;
    expect(() => parseBankHolidays(text('2026-05-04'))).not.toThrow();
    expect(() => parseBankHolidays(text('2027-01-01'))).toThrow(/between/);
    expect(() => parseBankHolidays(text('2026-02-30'))).toThrow(/not a day/);
  });

  it('does not guess outside the list', () => {
    expect(isWorkingDay(d('2028-01-04'), holidays)).toBe('unknown');
    expect(isWorkingDay(d('2026-12-28'), holidays)).toBe(false);
    expect(isWorkingDay(d('2026-12-29'), holidays)).toBe(true);
    expect(firstWorkingDayAfter(d('2027-12-30'), holidays)).toBe('2027-12-31');
    expect(firstWorkingDayAfter(d('2027-12-31'), holidays)).toBeUndefined();
  });
});

describe('EHC needs assessment key dates', () => {
  it('counts 6, 16 and 20 weeks from the day the council received the request', () => {
    expect(ehcKeyDates(d('2026-12-02'))).toEqual([
      { id: 'decide-whether-to-assess', weeks: 6, date: '2027-01-13' },
      { id: 'decide-not-to-issue', weeks: 16, date: '2027-03-24' },
      { id: 'final-plan', weeks: 20, date: '2027-04-21' },
    ]);
  });

  it('every date falls on the weekday of the request, in order', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const dates = ehcKeyDates(date);
        expect(dates.map((k) => weekdayOf(k.date))).toEqual([weekdayOf(date), weekdayOf(date), weekdayOf(date)]);
        expect([...dates.map((k) => k.date)].sort()).toEqual(dates.map((k) => k.date));
      }),
    );
  });
});

describe('the last day to appeal to the SEND Tribunal', () => {
  it('is 2 months after the decision when that is a working day', () => {
    expect(appealDeadline({ decision: d('2026-03-10') }, holidays)).toEqual({
      kind: 'known',
      lastDay: '2026-05-11', // 10 May 2026 is a Sunday
      basis: 'decision',
      timeEnds: '2026-05-10',
      moved: 'not-a-working-day',
    });
    expect(appealDeadline({ decision: d('2026-03-11') }, holidays)).toMatchObject({
      lastDay: '2026-05-11',
      moved: 'none',
    });
  });

  it('runs from the mediation certificate when 1 month from it is later (IPSEA: letter 1 October, certificate 29 November)', () => {
    // 1 month after 29 November is 29 December: in the Christmas window, so the first working day after 1 January.
    expect(appealDeadline({ decision: d('2026-10-01'), certificate: d('2026-11-29') }, holidays)).toEqual({
      kind: 'known',
      lastDay: '2027-01-04',
      basis: 'certificate',
      timeEnds: '2026-12-29',
      moved: 'christmas',
    });
    // A certificate whose month ends sooner than the decision's 2 months changes nothing.
    expect(appealDeadline({ decision: d('2026-10-01'), certificate: d('2026-10-15') }, holidays)).toMatchObject({
      basis: 'decision',
      lastDay: '2026-12-01',
    });
  });

  it('moves a deadline in August to the first working day of September', () => {
    expect(appealDeadline({ decision: d('2026-06-05') }, holidays)).toMatchObject({
      lastDay: '2026-09-01',
      moved: 'august',
    });
    // 1 September 2027 is a Wednesday; 2028 is beyond the list.
    expect(appealDeadline({ decision: d('2027-06-30') }, holidays)).toMatchObject({ lastDay: '2027-09-01' });
  });

  for (const { name, decision, answer } of [
    {
      name: 'applies the holiday rule only where the time ends in the window, the earlier and safer reading',
      // 2 months after 31 May 2027 ends on Saturday 31 July: rule 12(2) moves it to the next working day, Monday
      // 2 August. Rule 12(3)(a) speaks of a time that ends in August, which this one does not.
      decision: '2027-05-31',
      answer: { timeEnds: '2027-07-31', lastDay: '2027-08-02', moved: 'not-a-working-day' },
    },
    {
      name: 'treats 1 January as part of the Christmas window',
      decision: '2026-11-01',
      answer: { timeEnds: '2027-01-01', lastDay: '2027-01-04', moved: 'christmas' },
    },
    {
      name: 'uses the last day of February for a decision on 31 December',
      decision: '2025-12-31',
      // 28 February 2026 is a Saturday.
      answer: { timeEnds: '2026-02-28', lastDay: '2026-03-02', moved: 'not-a-working-day' },
    },
  ]) {
    it(name, () => {
      expect(appealDeadline({ decision: d(decision) }, holidays)).toMatchObject(answer);
    });
  }

  it('says so, rather than guessing, when the deadline runs past the bank holiday list', () => {
    expect(appealDeadline({ decision: d('2027-10-27') }, holidays)).toEqual({
      kind: 'beyond-list',
      basis: 'decision',
      timeEnds: '2027-12-27',
    });
    expect(appealDeadline({ decision: d('2027-11-15') }, holidays)).toMatchObject({ kind: 'beyond-list' });
  });

  it('always ends on a working day, never before the time ends, never in August or 25 December to 1 January', () => {
    fc.assert(
      fc.property(listedDecision, fc.option(fc.integer({ min: 0, max: 120 })), (decision, certificateAfter) => {
        const certificate = certificateAfter === null ? undefined : addDays(decision, certificateAfter);
        const answer = appealDeadline({ decision, certificate }, holidays);
        if (answer.kind !== 'known') return;
        expect(isWorkingDay(answer.lastDay, holidays)).toBe(true);
        expect(answer.lastDay >= answer.timeEnds).toBe(true);
        expect(answer.timeEnds >= addCalendarMonths(decision, 2)).toBe(true);
        if (certificate) expect(answer.timeEnds >= addCalendarMonths(certificate, 1)).toBe(true);
        // The holiday rule moves a time that ends in August or from 25 December to 1 January, and only such a time,
        // out of those windows.
        const inWindow = (date: string) => {
          const { month, day } = partsOf(date as CalendarDate);
          return month === 8 || (month === 12 && day >= 25) || (month === 1 && day === 1);
        };
        const movedByHolidayRule = answer.moved === 'christmas' || answer.moved === 'august';
        expect(inWindow(answer.timeEnds)).toBe(movedByHolidayRule);
        if (movedByHolidayRule) expect(inWindow(answer.lastDay)).toBe(false);
        // No working day is skipped: every day from the time's end to the last day (bar the last) is not working,
        // unless the holiday rule moved it.
        if (answer.moved === 'none') expect(answer.lastDay).toBe(answer.timeEnds);
        if (answer.moved === 'not-a-working-day') {
          for (let day = answer.timeEnds; day < answer.lastDay; day = addDays(day, 1)) {
            expect(isWorkingDay(day, holidays)).toBe(false);
          }
        }
      }),
    );
  });

  it('a later letter never gives an earlier deadline', () => {
    fc.assert(
      fc.property(listedDecision, fc.integer({ min: 1, max: 60 }), (decision, later) => {
        const first = appealDeadline({ decision }, holidays);
        const second = appealDeadline({ decision: addDays(decision, later) }, holidays);
        if (first.kind === 'known' && second.kind === 'known') expect(second.lastDay >= first.lastDay).toBe(true);
      }),
    );
  });
});
