import { addCalendarMonths, formatted, partsOf, type CalendarDate } from './calendar-date.ts';
import { firstWorkingDayAfter, isWorkingDay, type BankHolidays } from './bank-holidays.ts';

/**
 * The last day to appeal to the SEND Tribunal, by the Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008:
 * - rule 20(1)(c): within 2 months after the decision letter was sent, or within 1 month of the mediation
 *   certificate being issued if that is later;
 * - rule 12(3)(a): a time that ends from 25 December to 1 January, or on any day in August, runs to the first working
 *   day after 1 January or 31 August;
 * - rule 12(2): a time that ends on a day that is not a working day runs to the next working day.
 */
export interface AppealDeadlineInput {
  decision: CalendarDate;
  certificate?: CalendarDate | undefined;
}

export type AppealDeadline =
  | {
      kind: 'known';
      /** The last day to appeal (by 5pm, rule 12(1)). */
      lastDay: CalendarDate;
      /** Which date the time ran from. */
      basis: 'decision' | 'certificate';
      /** The day the time ends before any move: 2 months after the decision or 1 month after the certificate. */
      timeEnds: CalendarDate;
      /** Why `lastDay` differs from `timeEnds`, if it does. */
      moved: 'none' | 'christmas' | 'august' | 'not-a-working-day';
    }
  | {
      kind: 'beyond-list';
      basis: 'decision' | 'certificate';
      timeEnds: CalendarDate;
    };

export function appealDeadline({ decision, certificate }: AppealDeadlineInput, holidays: BankHolidays): AppealDeadline {
  const fromDecision = addCalendarMonths(decision, 2);
  const fromCertificate = certificate ? addCalendarMonths(certificate, 1) : undefined;
  const basis = fromCertificate && fromCertificate > fromDecision ? 'certificate' : 'decision';
  const timeEnds = basis === 'certificate' && fromCertificate ? fromCertificate : fromDecision;

  const window = holidayWindow(timeEnds);
  if (window) {
    const lastDay = firstWorkingDayAfter(window.after, holidays);
    return lastDay
      ? { kind: 'known', lastDay, basis, timeEnds, moved: window.kind }
      : { kind: 'beyond-list', basis, timeEnds };
  }
  const working = isWorkingDay(timeEnds, holidays);
  if (working === 'unknown') return { kind: 'beyond-list', basis, timeEnds };
  if (working) return { kind: 'known', lastDay: timeEnds, basis, timeEnds, moved: 'none' };
  const lastDay = firstWorkingDayAfter(timeEnds, holidays);
  return lastDay
    ? { kind: 'known', lastDay, basis, timeEnds, moved: 'not-a-working-day' }
    : { kind: 'beyond-list', basis, timeEnds };
}

/** Rule 12(3)(a)'s two windows: the day the time then runs to the first working day after. */
function holidayWindow(date: CalendarDate): { kind: 'christmas' | 'august'; after: CalendarDate } | undefined {
  const { year, month, day } = partsOf(date);
  if (month === 8) return { kind: 'august', after: formatted(year, 8, 31) };
  if (month === 12 && day >= 25) return { kind: 'christmas', after: formatted(year + 1, 1, 1) };
  if (month === 1 && day === 1) return { kind: 'christmas', after: date };
  return undefined;
}
