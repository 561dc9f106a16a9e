/**
 * The pages the function answers form posts with. Their frame (header, styles, help, footer) is the site's own
 * thank-you page, built by Astro in each language (src/pages/[...lang]/feedback/thank-you.astro); the function puts
 * its answer into that page's `data-feedback-response` block. Every value it adds is escaped.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { fill, uiStrings } from '../../i18n/ui-strings.ts';
import { getLocale, localizePath, type LocaleCode } from '../../i18n/locales.ts';
import { choosePlural, pluralFormsOf } from '../../i18n/plural.ts';
import {
  errorSummaryHtml,
  errorSummaryListHtml,
  escapeText,
  problemFormHtml,
  searchGapFormHtml,
  type ProblemField,
} from './feedback-forms.ts';
import { siteConfig } from '../../site.config.ts';

/** The feedback strings: English's keys, but each language with its own plural forms (`tooManyText_few`, ...). */
export type FeedbackUiStrings = Omit<(typeof uiStrings.en)['feedback'], `tooManyText_${string}`> &
  Record<string, string>;

const strings: Record<LocaleCode, FeedbackUiStrings> = {
  en: uiStrings.en.feedback,
  pl: uiStrings.pl.feedback,
  ro: uiStrings.ro.feedback,
  zh: uiStrings.zh.feedback,
  pt: uiStrings.pt.feedback,
  ar: uiStrings.ar.feedback,
};

/** The feedback strings in a language; `{{name}}` placeholders filled in. */
export function feedbackStrings(code: LocaleCode): FeedbackUiStrings {
  return strings[code];
}

/** "Please wait 2 minutes, then try again.", in the form the language needs for the number of minutes. */
export function waitText(code: LocaleCode, minutes: number): string {
  const forms = pluralFormsOf(strings[code], 'tooManyText');
  return fill(choosePlural(forms, getLocale(code).lang, minutes), { count: minutes });
}

/** The thank-you page in a language, as the build wrote it; undefined where the function has no built site. */
export type PageTemplates = (code: LocaleCode) => string | undefined;

/** The path of the thank-you page in a language. */
export const thankYouPath = (code: LocaleCode) => localizePath(siteConfig.thankYouPath, code);

const responseBlock = /(<div data-feedback-response[^>]*>)[\s\S]*?(<\/div><!--\/feedback-response-->)/;
const titleElement = /<title>([\s\S]*?)<\/title>/;

/** A whole page: the built thank-you page with `title` and `body` in place of its own, or a bare page. */
export function renderPage(templates: PageTemplates, code: LocaleCode, title: string, body: HtmlEscapedString): string {
  return framePage({ template: templates(code), block: responseBlock, code, title, body });
}

/**
 * A built page of the site (`template`) with `body` in place of what its `block` holds (the block's opening tag and
 * closing marker kept), and `title` as its title, or before its own with `keepTitle`. Where the function has no
 * built site, a bare page in the language. Everything added is escaped.
 */
export function framePage(options: {
  template: string | undefined;
  block: RegExp;
  code: LocaleCode;
  title: string;
  keepTitle?: boolean;
  body: HtmlEscapedString;
}): string {
  const { template, block, code, title, keepTitle = false, body } = options;
  if (template && block.test(template)) {
    return template
      .replace(titleElement, (_all, own: string) => `<title>${escapeText(title)}${keepTitle ? `: ${own}` : ''}</title>`)
      .replace(block, (_all, open: string, close: string) => `${open}${body.toString()}${close}`);
  }
  const { lang, dir } = getLocale(code);
  return (
    html`<!doctype html>
      <html lang="${lang}" dir="${dir}">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${title}</title>
        </head>
        <body>
          <main>${body}</main>
        </body>
      </html>` as HtmlEscapedString
  ).toString();
}

/** A page with a heading, a few paragraphs and links. */
export function messageBody(
  heading: string,
  paragraphs: string[],
  links: { href: string; text: string }[],
): HtmlEscapedString {
  return html`<h1>${heading}</h1>
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
    <ul class="link-list">
      ${links.map((l) => html`<li><a href="${l.href}">${l.text}</a></li>`)}
    </ul>` as HtmlEscapedString;
}

/** The thank-you page's content, with a link back to the page the feedback was about. */
export function thanksBody(code: LocaleCode, page: string | undefined): HtmlEscapedString {
  const s = feedbackStrings(code);
  const links = [
    ...(page ? [{ href: page, text: s.backToPage }] : []),
    { href: localizePath('/you-said-we-did/', code), text: s.youSaidLink },
    { href: localizePath('/', code), text: s.homeLink },
  ];
  return messageBody(s.thanksTitle, [s.thanksText, s.thanksPublished], links);
}

/** The problem form again, with what the person typed and what to correct. Nothing they typed is lost. */
export function correctionBody(
  code: LocaleCode,
  options: {
    kind: 'problem' | 'accessibility';
    page: string;
    values: Partial<Record<ProblemField, string>>;
    errors: Partial<Record<ProblemField, string>>;
  },
): HtmlEscapedString {
  const s = feedbackStrings(code);
  const heading = options.kind === 'accessibility' ? s.accessibilitySummary : s.reportSummary;
  return html`${errorSummaryHtml(s, 'correct', options.errors)}
    <h1>${heading}</h1>
    ${problemFormHtml({
      strings: s,
      action: siteConfig.feedbackEndpoint,
      page: options.page,
      privacyHref: localizePath('/privacy/', code),
      kind: options.kind,
      idPrefix: 'correct',
      values: options.values,
      errors: options.errors,
    })}
    <p><a href="${options.page}">${s.backToPage}</a></p>` as HtmlEscapedString;
}

/** "What were you looking for?" again, with what the person typed and what to correct. */
export function gapCorrectionBody(code: LocaleCode, options: { value: string; error: string }): HtmlEscapedString {
  const s = feedbackStrings(code);
  const searchPage = localizePath('/search/', code);
  return html`${errorSummaryListHtml(s.errorSummaryTitle, 'gap-error-summary-title', [
      { href: '#gap-query', message: options.error },
    ])}
    <h1>${s.gapHeading}</h1>
    <p>${s.gapIntro}</p>
    ${searchGapFormHtml({
      strings: s,
      action: siteConfig.feedbackEndpoint,
      page: searchPage,
      privacyHref: localizePath('/privacy/', code),
      idPrefix: 'gap',
      value: options.value,
      error: options.error,
    })}
    <p><a href="${searchPage}">${s.backToPage}</a></p>` as HtmlEscapedString;
}
