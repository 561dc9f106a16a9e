/**
 * The date tools' markup, written once: the pages render the empty form at build time (KeyDatesTool.astro), and the
 * web function renders it again with what the person typed, beside the answer or the things to correct. A plain form
 * that posts to the function: it works without JavaScript, and the dates never appear in an address.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { uiStrings } from '../../i18n/ui-strings.ts';
import { errorSummaryListHtml } from '../feedback/feedback-forms.ts';
import { toolFields, type DateField, type DatePart, type KeyDatesTool } from './tools.ts';

export type KeyDatesStrings = (typeof uiStrings.en)['keyDates'];

/** What was typed in each box: `decision-day`, `decision-month`, ... */
export type TypedValues = Partial<Record<`${DateField}-${DatePart}`, string>>;
/** A message for a date, and the box it is about (all three when none is named). */
export type FieldErrors = Partial<Record<DateField, { message: string; part?: DatePart | undefined }>>;

export interface KeyDatesFormOptions {
  tool: KeyDatesTool;
  strings: KeyDatesStrings;
  /** Where the form posts: the function's address. */
  action: string;
  /** The language code of the page (`en`, `pl`, ...): the function answers in it. */
  code: string;
  values?: TypedValues;
  errors?: FieldErrors;
}

function legendOf(strings: KeyDatesStrings, field: DateField): string {
  if (field === 'requested') return strings.ehc.legend;
  return field === 'decision' ? strings.appeal.decisionLegend : strings.appeal.certificateLegend;
}

/** The id of a date's first box, which the error summary links to. */
export const firstBoxId = (field: DateField, part: DatePart = 'day') => `${field}-${part}`;

function dateInput(
  strings: KeyDatesStrings,
  field: DateField,
  required: boolean,
  values: TypedValues,
  errors: FieldErrors,
): HtmlEscapedString {
  const error = errors[field];
  const hint = field === 'certificate' ? strings.appeal.certificateHint : strings.dateHint;
  const describedBy = `${field}-hint${error ? ` ${field}-error` : ''}`;
  const box = (part: DatePart, label: string) => {
    const invalid = error && (!error.part || error.part === part);
    return html`<div class="date-input__item">
      <label for="${field}-${part}">${label}</label>
      <input
        class="date-input__input date-input__input--${part}${invalid ? ' date-input__input--error' : ''}"
        id="${field}-${part}"
        name="${field}-${part}"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        maxlength="${part === 'year' ? 4 : 2}"
        value="${values[`${field}-${part}`] ?? ''}"
        ${raw(invalid ? ' aria-invalid="true"' : '')}
      />
    </div>`;
  };
  // prettier-ignore
  return html`<div class="field${error ? ' field--error' : ''}">
    <fieldset class="date-input" aria-describedby="${describedBy}">
      <legend>${legendOf(strings, field)}${required ? '' : html` <span class="date-input__optional">${strings.optional}</span>`}</legend>
      <p class="field__hint" id="${field}-hint">${hint}</p>${error ? html`
      <p class="field__error" id="${field}-error"><span class="visually-hidden">${strings.errorSummaryTitle}:</span> ${error.message}</p>` : ''}
      <div class="date-input__boxes">
        ${box('day', strings.day)}${box('month', strings.month)}${box('year', strings.year)}
      </div>
    </fieldset>
  </div>` as HtmlEscapedString;
}

/** The form: one date (EHC key dates) or two (appeal deadline), and a button. */
export function keyDatesFormHtml({ tool, strings, action, code, values = {}, errors = {} }: KeyDatesFormOptions) {
  return html`<form class="key-dates__form" method="post" action="${action}" novalidate>
    <input type="hidden" name="tool" value="${tool}" />
    <input type="hidden" name="lang" value="${code}" />
    ${toolFields[tool].map(({ field, required }) => dateInput(strings, field, required, values, errors))}
    <p class="key-dates__privacy">${strings.privacy}</p>
    <button type="submit" class="button">${strings.submit}</button>
  </form>` as HtmlEscapedString;
}

/** GOV.UK's error summary: links to the boxes to correct. */
export function keyDatesErrorSummaryHtml(strings: KeyDatesStrings, errors: FieldErrors): HtmlEscapedString {
  const items = Object.entries(errors).map(([field, error]) => ({
    href: `#${firstBoxId(field as DateField, error.part)}`,
    message: error.message,
  }));
  return errorSummaryListHtml(strings.errorSummaryTitle, 'key-dates-error-title', items);
}

/**
 * A string's `{{name}}` placeholders replaced by markup (a date in bold), the rest of the string escaped. The
 * strings come from our own files, but escaping them too means a translator's "<" can never become markup.
 */
export function fillHtml(template: string, values: Record<string, HtmlEscapedString | string>): HtmlEscapedString {
  const pieces = template.split(/\{\{\s*(\w+)\s*\}\}/);
  return html`${pieces.map((piece, index) => (index % 2 === 1 ? (values[piece] ?? `{{${piece}}}`) : piece))}` as HtmlEscapedString;
}
