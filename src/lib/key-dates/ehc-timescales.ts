import { addWeeks, type CalendarDate } from './calendar-date.ts';

/**
 * The dates the council must meet once it has received a request for an EHC needs assessment (SEND Code of Practice
 * 9.40-9.42 and 9.168-9.179, content-facts.md). The sources give no date for the draft plan, so neither does this.
 */
export const ehcTimescales = [
  { id: 'decide-whether-to-assess', weeks: 6 },
  { id: 'decide-not-to-issue', weeks: 16 },
  { id: 'final-plan', weeks: 20 },
] as const;

export type EhcTimescaleId = (typeof ehcTimescales)[number]['id'];

export interface EhcKeyDate {
  id: EhcTimescaleId;
  weeks: number;
  date: CalendarDate;
}

export function ehcKeyDates(requestReceived: CalendarDate): EhcKeyDate[] {
  return ehcTimescales.map(({ id, weeks }) => ({ id, weeks, date: addWeeks(requestReceived, weeks) }));
}
