/**
 * POST /api/key-dates: the date tools' answers (src/lib/key-dates). The form on /ehcp/key-dates/ or
 * /disagreements/appeal-deadline/ posts the typed dates; the answer is that same page, built by Astro in the reader's
 * language, with the dates worked out (or what to correct) in its `data-key-dates` block. "Add to my calendar" posts
 * the dates again and gets an .ics file. Dates travel only in post bodies, so they stay out of addresses and proxy
 * logs, and this code never stores or logs them.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { getLocale, isLocaleCode, localizePath, type LocaleCode } from '../i18n/locales.ts';
import { uiStrings } from '../i18n/ui-strings.ts';
import { usesLatinScript } from '../lib/markdown/english-fragments.ts';
import { withEnglishMarked } from '../lib/markdown/rehype-mark-english.ts';
import { answerHtml, calendarEntries, calendarFile, keyDatesAnswer } from '../lib/key-dates/answer.ts';
import type { BankHolidays } from '../lib/key-dates/bank-holidays.ts';
import type { CalendarDate } from '../lib/key-dates/calendar-date.ts';
import {
  keyDatesErrorSummaryHtml,
  keyDatesFormHtml,
  type FieldErrors,
  type KeyDatesStrings,
  type TypedValues,
} from '../lib/key-dates/form-html.ts';
import { readTypedDate, type DateProblem } from '../lib/key-dates/read-date.ts';
import {
  dateParts,
  isKeyDatesTool,
  toolFields,
  toolPages,
  type DateField,
  type DatePart,
  type KeyDatesTool,
} from '../lib/key-dates/tools.ts';
import { siteConfig } from '../site.config.ts';
import { formRecord, isCrossSitePost } from './form-posts.ts';
import { framePage } from '../lib/feedback/feedback-responses.ts';

/** Three dates of three short boxes each, with room to spare. */
export const maxKeyDatesBodyBytes = 2 * 1024;

export interface KeyDatesOptions {
  /** The origins browsers may post from, from configuration. */
  allowedOrigins: string[];
  /** The site's public origin, for the link back to the page in a calendar entry. */
  publicOrigin: string;
  holidays: BankHolidays;
  /** The built page at a path in a language, which frames the answer; undefined where there is no built site. */
  pages?: ((path: string, code: LocaleCode) => string | undefined) | undefined;
}

export const keyDatesBlock = /(<div data-key-dates[^>]*>)[\s\S]*?(<\/div>\s*<!--\/key-dates-->)/;

export function keyDatesRoutes({ allowedOrigins, publicOrigin, holidays, pages = () => undefined }: KeyDatesOptions) {
  const app = new Hono();
  const endpoint = siteConfig.keyDatesEndpoint;

  app.post(
    endpoint,
    async (c, next) => {
      if (isCrossSitePost(c, allowedOrigins)) return c.text('The date tools answer only forms on this website.', 403);
      await next();
      return undefined;
    },
    bodyLimit({ maxSize: maxKeyDatesBodyBytes, onError: (c) => c.text('The form is too large.', 413) }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('application/x-www-form-urlencoded')) {
        return c.text('Send the form as application/x-www-form-urlencoded.', 415);
      }
      const form = formRecord(await c.req.text());
      const tool = form['tool'];
      if (!isKeyDatesTool(tool)) return c.text('The form did not say which date tool it is for.', 400);
      const code: LocaleCode = isLocaleCode(form['lang'] ?? '') ? (form['lang'] as LocaleCode) : 'en';
      const strings = uiStrings[code].keyDates;

      const values: TypedValues = {};
      const errors: FieldErrors = {};
      const dates: Partial<Record<DateField, CalendarDate>> = {};
      for (const { field, required } of toolFields[tool]) {
        // Each box holds a few characters; anything longer is cut, not echoed back whole.
        const box = (part: DatePart) => (form[`${field}-${part}`] ?? '').slice(0, 8);
        const parts = { day: box('day'), month: box('month'), year: box('year') };
        for (const part of dateParts) values[`${field}-${part}`] = parts[part];
        const reading = readTypedDate(parts);
        if ('empty' in reading) {
          if (required) errors[field] = { message: missingMessage(strings, field) };
        } else if ('error' in reading) {
          errors[field] = { message: problemMessage(strings, reading.error), part: partOf(reading.error) };
        } else {
          dates[field] = reading.date;
        }
      }

      const formAgain = () =>
        keyDatesFormHtml({ tool, strings, action: `${endpoint}#key-dates`, code, values, errors });
      const answer = Object.keys(errors).length === 0 ? keyDatesAnswer(tool, dates, holidays) : undefined;
      if (!answer) {
        const body = html`${keyDatesErrorSummaryHtml(strings, errors)}${formAgain()}` as HtmlEscapedString;
        return c.html(framed(tool, code, strings.errorSummaryTitle, body), 400);
      }

      const pageUrl = `${publicOrigin}${localizePath(toolPages[tool], code)}`;
      if (form['format'] === 'ics' && calendarEntries(answer, strings).length > 0) {
        const file = calendarFile(answer, strings, { siteName: uiStrings[code].site.name, pageUrl });
        const name = tool === 'ehc-key-dates' ? strings.ehc.calendarFile : strings.appeal.calendarFile;
        c.header('Content-Disposition', `attachment; filename="${name}.ics"`);
        return c.body(file, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
      }

      const heading = tool === 'ehc-key-dates' ? strings.ehc.resultHeading : strings.appeal.resultHeading;
      const body = html`<div class="key-dates__answer">
          ${answerHtml(answer, strings, getLocale(code).lang)}
          ${calendarEntries(answer, strings).length > 0 ? calendarForm(tool, code, values, strings) : ''}
        </div>
        <h2 class="key-dates__change">${strings.changeLink}</h2>
        ${formAgain()}` as HtmlEscapedString;
      return c.html(framed(tool, code, heading, body), 200);
    },
  );

  /**
   * The tool's page in the language with `body` in its block and `prefix` before its title. In Chinese and Arabic the
   * English terms the answer keeps in brackets are marked English, as the build marks them on every other page.
   */
  function framed(tool: KeyDatesTool, code: LocaleCode, prefix: string, body: HtmlEscapedString): string {
    const { lang, dir } = getLocale(code);
    const marked = usesLatinScript(lang) ? undefined : withEnglishMarked(body.toString(), lang, dir === 'rtl');
    return framePage({
      template: pages(toolPages[tool], code),
      block: keyDatesBlock,
      code,
      title: prefix,
      keepTitle: true,
      body: marked === undefined ? body : raw(marked),
    });
  }

  return app;
}

/** "Add these dates to my calendar": the same dates posted again, asking for the file. */
function calendarForm(tool: KeyDatesTool, code: LocaleCode, values: TypedValues, strings: KeyDatesStrings) {
  return html`<form class="key-dates__calendar" method="post" action="${siteConfig.keyDatesEndpoint}">
    <input type="hidden" name="tool" value="${tool}" />
    <input type="hidden" name="lang" value="${code}" />
    <input type="hidden" name="format" value="ics" />
    ${Object.entries(values).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
    <button type="submit" class="button button--secondary" aria-describedby="calendar-hint">
      ${strings.calendarButton}
    </button>
    <p class="field__hint" id="calendar-hint">${strings.calendarHint}</p>
  </form>` as HtmlEscapedString;
}

function missingMessage(strings: KeyDatesStrings, field: DateField): string {
  return field === 'requested' ? strings.ehc.errorMissing : strings.appeal.errorDecisionMissing;
}

function problemMessage(strings: KeyDatesStrings, problem: DateProblem): string {
  if (problem.problem === 'incomplete') return strings.errorIncomplete;
  if (problem.problem === 'year') return strings.errorYear;
  return strings.errorNotReal;
}

function partOf(problem: DateProblem) {
  return 'part' in problem ? problem.part : undefined;
}
