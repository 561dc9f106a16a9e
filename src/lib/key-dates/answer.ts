/**
 * The answer the date tools give: worked out from the typed dates, written as HTML in the reader's language, and as
 * a calendar file. Nothing here keeps or logs a date.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { createEvents, type EventAttributes } from 'ics';
import { addDays, partsOf, toUtcDate, type CalendarDate } from './calendar-date.ts';
import { appealDeadline, type AppealDeadline } from './appeal-deadline.ts';
import type { BankHolidays } from './bank-holidays.ts';
import { ehcKeyDates, type EhcKeyDate } from './ehc-timescales.ts';
import { fillHtml, type KeyDatesStrings } from './form-html.ts';
import type { DateField, KeyDatesTool } from './tools.ts';

export type KeyDatesAnswer =
  | { tool: 'ehc-key-dates'; requested: CalendarDate; dates: EhcKeyDate[] }
  | {
      tool: 'appeal-deadline';
      decision: CalendarDate;
      certificate?: CalendarDate | undefined;
      deadline: AppealDeadline;
      listFrom: CalendarDate;
      listTo: CalendarDate;
    };

/** Works out the answer from dates already read and checked. */
export function keyDatesAnswer(
  tool: KeyDatesTool,
  dates: Partial<Record<DateField, CalendarDate>>,
  holidays: BankHolidays,
): KeyDatesAnswer | undefined {
  if (tool === 'ehc-key-dates') {
    return dates.requested && { tool, requested: dates.requested, dates: ehcKeyDates(dates.requested) };
  }
  if (!dates.decision) return undefined;
  return {
    tool,
    decision: dates.decision,
    certificate: dates.certificate,
    deadline: appealDeadline({ decision: dates.decision, certificate: dates.certificate }, holidays),
    listFrom: holidays.from,
    listTo: holidays.to,
  };
}

/** "Wednesday 13 January 2027", in the language's own words and order, always in the Gregorian calendar. */
export function formatLongDate(date: CalendarDate, lang: string): string {
  return new Intl.DateTimeFormat(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    calendar: 'gregory',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  }).format(toUtcDate(date));
}

/** The answer as HTML: the dates in bold, how they were worked out, and that the letters' own dates stand. */
export function answerHtml(answer: KeyDatesAnswer, strings: KeyDatesStrings, lang: string): HtmlEscapedString {
  const day = (date: CalendarDate) => html`<strong>${formatLongDate(date, lang)}</strong>` as HtmlEscapedString;
  const plain = (date: CalendarDate) => formatLongDate(date, lang);
  if (answer.tool === 'ehc-key-dates') {
    const s = strings.ehc;
    return html`<h2 id="key-dates-answer-heading">${s.resultHeading}</h2>
      <p>${fillHtml(s.resultIntro, { date: plain(answer.requested) })}</p>
      <ul class="key-dates__list">
        ${answer.dates.map((item) => html`<li>${fillHtml(s[item.id], { date: day(item.date) })}</li>`)}
      </ul>
      <p>${s.exceptions}</p>
      <p>${s.draftPlan}</p>
      <p class="key-dates__guide">${strings.guide}</p>` as HtmlEscapedString;
  }
  const s = strings.appeal;
  const { deadline } = answer;
  const basis =
    deadline.basis === 'certificate' && answer.certificate
      ? fillHtml(s.basisCertificate, { certificate: plain(answer.certificate) })
      : fillHtml(s.basisDecision, { decision: plain(answer.decision) });
  if (deadline.kind === 'beyond-list') {
    return html`<h2 id="key-dates-answer-heading">${s.resultHeading}</h2>
      <p>
        ${fillHtml(s.beyondList, { date: day(deadline.timeEnds), from: plain(answer.listFrom), to: plain(answer.listTo) })}
      </p>
      <p>${basis}</p>
      <p class="key-dates__guide">${strings.guide} ${s.adviceLine}</p>` as HtmlEscapedString;
  }
  const moved = {
    none: undefined,
    christmas: s.movedChristmas,
    august: s.movedAugust,
    'not-a-working-day': s.movedNotWorkingDay,
  }[deadline.moved];
  return html`<h2 id="key-dates-answer-heading">${s.resultHeading}</h2>
    <p class="key-dates__deadline">${fillHtml(s.lastDay, { date: day(deadline.lastDay) })}</p>
    <p>${basis}</p>
    ${moved ? html`<p>${fillHtml(moved, { date: plain(deadline.timeEnds) })}</p>` : ''}
    <p class="key-dates__guide">${strings.guide} ${s.adviceLine}</p>` as HtmlEscapedString;
}

/** The dates to put in a calendar: none where the answer has no known day. */
export function calendarEntries(answer: KeyDatesAnswer, strings: KeyDatesStrings) {
  if (answer.tool === 'ehc-key-dates') {
    return answer.dates.map((item) => ({ date: item.date, title: strings.ehc[`calendarTitle-${item.id}`] }));
  }
  return answer.deadline.kind === 'known'
    ? [{ date: answer.deadline.lastDay, title: strings.appeal.calendarTitle }]
    : [];
}

/**
 * An iCalendar file of all-day events, one per date, each saying it is a guide and where it came from. The `ics`
 * package writes the format (escaping, line folding, the UID and time stamp each event needs).
 */
export function calendarFile(
  answer: KeyDatesAnswer,
  strings: KeyDatesStrings,
  about: { siteName: string; pageUrl: string },
): string {
  const asArray = (date: CalendarDate): [number, number, number] => {
    const { year, month, day } = partsOf(date);
    return [year, month, day];
  };
  const events: EventAttributes[] = calendarEntries(answer, strings).map(({ date, title }) => ({
    start: asArray(date),
    end: asArray(addDays(date, 1)),
    title,
    description: `${strings.guide}\n${about.siteName}: ${about.pageUrl}`,
    url: about.pageUrl,
    productId: about.siteName,
    transp: 'TRANSPARENT',
  }));
  const { error, value } = createEvents(events);
  // A generic error: the library's own message can quote the values, and a fault's log line must not hold dates.
  if (error || !value) throw new Error('the calendar file could not be written');
  return value;
}
