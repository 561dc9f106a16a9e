/**
 * The feedback forms' markup, written once: the site's pages render it at build time (FeedbackForms.astro) and the
 * web function renders it again, filled in with what the person typed, when it has to ask them to correct something.
 * Plain HTML forms that POST to the function: they work without JavaScript.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { doingMaxLength, gapMaxLength, honeypotField, wrongMaxLength } from '../../schemas/feedback.ts';

/** The strings the forms need, from the `feedback` group of src/i18n/ui/<code>.json. */
export interface FeedbackStrings {
  usefulQuestion: string;
  yes: string;
  no: string;
  yesHidden: string;
  noHidden: string;
  privacyWarning: string;
  privacyLink: string;
  doingLabel: string;
  wrongLabel: string;
  accessibilityLabel: string;
  accessibilityHint: string;
  send: string;
  honeypotLabel: string;
  errorSummaryTitle: string;
  gapLabel: string;
}

export type ProblemField = 'doing' | 'wrong';

/** Text made safe to put in HTML. */
export function escapeText(text: string): string {
  return (html`${text}` as HtmlEscapedString).toString();
}

export interface ProblemFormOptions {
  strings: FeedbackStrings;
  /** Where the form posts: the function's address. */
  action: string;
  /** The page the feedback is about. */
  page: string;
  /** The privacy notice in the page's language. */
  privacyHref: string;
  /** A problem with the page's content, or with accessibility (the accessibility statement's form). */
  kind: 'problem' | 'accessibility';
  /** Makes the ids unique when a page holds more than one form. */
  idPrefix: string;
  /** What the person typed, when the form comes back to them. */
  values?: Partial<Record<ProblemField, string>>;
  /** Messages to show beside fields, when the form comes back to them. */
  errors?: Partial<Record<ProblemField, string>>;
}

// The honeypot is hidden with CSS (.feedback__trap { display: none }): people never see it and cannot tab to it,
// screen readers skip it, and robots that fill in every field give themselves away.
const honeypot = (strings: FeedbackStrings, id: string) =>
  html`<div class="feedback__trap">
    <label for="${id}">${strings.honeypotLabel}</label>
    <input type="text" id="${id}" name="${honeypotField}" autocomplete="off" tabindex="-1" />
  </div>`;

/** "Is this page useful? Yes / No". */
export function usefulFormHtml(options: {
  strings: FeedbackStrings;
  action: string;
  page: string;
  idPrefix: string;
}): HtmlEscapedString {
  const { strings, action, page, idPrefix } = options;
  return html`<form class="feedback__useful" method="post" action="${action}">
    <input type="hidden" name="kind" value="useful" />
    <input type="hidden" name="page" value="${page}" />
    ${honeypot(strings, `${idPrefix}-useful-website`)}
    <fieldset class="feedback__question">
      <legend>${strings.usefulQuestion}</legend>
      <button type="submit" class="button button--secondary" name="useful" value="yes">
        ${strings.yes}<span class="visually-hidden"> ${strings.yesHidden}</span>
      </button>
      <button type="submit" class="button button--secondary" name="useful" value="no">
        ${strings.no}<span class="visually-hidden"> ${strings.noHidden}</span>
      </button>
    </fieldset>
  </form>` as HtmlEscapedString;
}

/** "Report a problem with this page" (or "Report an accessibility problem"), following GOV.UK's pattern. */
export function problemFormHtml(options: ProblemFormOptions): HtmlEscapedString {
  const { strings, action, page, privacyHref, kind, idPrefix, values = {}, errors = {} } = options;
  const id = (field: string) => `${idPrefix}-${field}`;
  const errorIds = (field: ProblemField) => (errors[field] ? ` ${id(`${field}-error`)}` : '');
  const errorMessage = (field: ProblemField) =>
    errors[field]
      ? html`<p class="field__error" id="${id(`${field}-error`)}">
          <span class="visually-hidden">${strings.errorSummaryTitle}:</span> ${errors[field]}
        </p>`
      : '';
  const fieldClass = (field: ProblemField) => (errors[field] ? 'field field--error' : 'field');
  const wrongLabel = kind === 'accessibility' ? strings.accessibilityLabel : strings.wrongLabel;
  const wrongHint =
    kind === 'accessibility'
      ? html`<p class="field__hint" id="${id('wrong-hint')}">${strings.accessibilityHint}</p>`
      : '';
  const wrongDescribedBy = `${kind === 'accessibility' ? `${id('wrong-hint')} ` : ''}${id('privacy')}${errorIds('wrong')}`;

  // Optional parts sit on their neighbours' lines, so an empty one leaves no blank line in the page (html-validate
  // refuses trailing whitespace), and Prettier leaves this markup as written.
  // prettier-ignore
  return html`<form class="feedback__problem" method="post" action="${action}">
    <input type="hidden" name="kind" value="${kind}" />
    <input type="hidden" name="page" value="${page}" />
    <p class="feedback__privacy" id="${id('privacy')}">
      ${strings.privacyWarning} <a href="${privacyHref}">${strings.privacyLink}</a>.
    </p>
    <div class="${fieldClass('doing')}">
      <label for="${id('doing')}">${strings.doingLabel}</label>${errorMessage('doing')}
      <input type="text" id="${id('doing')}" name="doing" maxlength="${doingMaxLength}" autocomplete="off" value="${values.doing ?? ''}"${raw(errors.doing ? ` aria-describedby="${id('doing-error')}" aria-invalid="true"` : '')} />
    </div>
    <div class="${fieldClass('wrong')}">
      <label for="${id('wrong')}">${wrongLabel}</label>${wrongHint}${errorMessage('wrong')}
      <textarea id="${id('wrong')}" name="wrong" rows="5" maxlength="${wrongMaxLength}" aria-describedby="${wrongDescribedBy}"${raw(errors.wrong ? ' aria-invalid="true"' : '')}>
${values.wrong ?? ''}</textarea>
    </div>
    ${honeypot(strings, id('website'))}
    <button type="submit" class="button">${strings.send}</button>
  </form>` as HtmlEscapedString;
}

/**
 * "What were you looking for?": what a search that found nothing offers (src/pages/[...lang]/search.astro without
 * JavaScript, and the function when the answer needs correcting; the search island draws the same form in JSX, with
 * the words searched for filled in). Nothing is sent until the reader presses Send.
 */
export function searchGapFormHtml(options: {
  strings: FeedbackStrings;
  action: string;
  /** The search page it is sent from, which says the language. */
  page: string;
  privacyHref: string;
  idPrefix: string;
  value?: string;
  error?: string | undefined;
}): HtmlEscapedString {
  const { strings, action, page, privacyHref, idPrefix, value = '', error } = options;
  const id = (field: string) => `${idPrefix}-${field}`;
  const describedBy = `${id('privacy')}${error ? ` ${id('query-error')}` : ''}`;
  const errorMessage = error
    ? html`<p class="field__error" id="${id('query-error')}">
        <span class="visually-hidden">${strings.errorSummaryTitle}:</span> ${error}
      </p>`
    : '';
  // prettier-ignore
  return html`<form class="search-gap__form" method="post" action="${action}">
    <input type="hidden" name="kind" value="search-gap" />
    <input type="hidden" name="page" value="${page}" />
    <div class="${error ? 'field field--error' : 'field'}">
      <label for="${id('query')}">${strings.gapLabel}</label>
      <p class="field__hint" id="${id('privacy')}">${strings.privacyWarning} <a href="${privacyHref}">${strings.privacyLink}</a>.</p>${errorMessage}
      <input type="text" id="${id('query')}" name="query" maxlength="${gapMaxLength}" autocomplete="off" dir="auto" value="${value}" aria-describedby="${describedBy}"${raw(error ? ' aria-invalid="true"' : '')} />
    </div>
    ${honeypot(strings, id('website'))}
    <button type="submit" class="button">${strings.send}</button>
  </form>` as HtmlEscapedString;
}

/** GOV.UK's error summary: a list of links to the fields that need correcting. */
export function errorSummaryHtml(
  strings: FeedbackStrings,
  idPrefix: string,
  errors: Partial<Record<ProblemField, string>>,
): HtmlEscapedString {
  const items = (Object.entries(errors) as [ProblemField, string][]).map(([field, message]) => ({
    href: `#${idPrefix}-${field}`,
    message,
  }));
  return errorSummaryListHtml(strings.errorSummaryTitle, `${idPrefix}-error-summary-title`, items);
}

/** The error summary's markup, for any form: a titled alert box with a link to each field to correct. */
export function errorSummaryListHtml(
  title: string,
  titleId: string,
  items: { href: string; message: string }[],
): HtmlEscapedString {
  return html`<div class="error-summary" role="alert" aria-labelledby="${titleId}" tabindex="-1">
    <h2 id="${titleId}">${title}</h2>
    <ul>
      ${items.map(({ href, message }) => html`<li><a href="${href}">${message}</a></li>`)}
    </ul>
  </div>` as HtmlEscapedString;
}
