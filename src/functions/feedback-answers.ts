/**
 * How /api/feedback answers a post it cannot take: a form shown again with its mistakes, or a short page (JSON for a
 * client that does not ask for HTML) saying why nothing was sent. HTML answers are framed in the built thank-you page
 * of the right language (feedback-responses.ts).
 */
import type { Context } from 'hono';
import { splitLocale, type LocaleCode } from '../i18n/locales.ts';
import { fill } from '../i18n/ui-strings.ts';
import { doingMaxLength, feedbackInput, gapMaxLength, wrongMaxLength } from '../schemas/feedback.ts';
import type { ProblemField } from '../lib/feedback/feedback-forms.ts';
import {
  correctionBody,
  gapCorrectionBody,
  feedbackStrings,
  waitText,
  messageBody,
  renderPage,
  type PageTemplates,
} from '../lib/feedback/feedback-responses.ts';

type Field = ProblemField | 'page' | 'useful' | 'kind' | 'query';
export type FieldErrors = Partial<Record<Field, string>>;

/** The statuses a refused post can get, each with its own message. */
export type ProblemStatus = 403 | 413 | 415 | 429 | 503;

/** The field messages in the page's language, for a form shown again. */
export function translatedErrors(code: LocaleCode, issues: { path: PropertyKey[]; code: string }[]): FieldErrors {
  const s = feedbackStrings(code);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'kind') as Field;
    if (errors[field]) continue;
    if (field === 'wrong' || field === 'doing') {
      if (issue.code === 'too_big') {
        errors[field] = fill(s.errorTooLong, { max: field === 'wrong' ? wrongMaxLength : doingMaxLength });
      } else if (issue.code === 'custom') {
        errors[field] = s.errorUnreadable;
      } else {
        errors[field] = s.errorWrongRequired;
      }
    } else if (field === 'query') {
      if (issue.code === 'too_big') errors.query = fill(s.errorTooLong, { max: gapMaxLength });
      else if (issue.code === 'custom') errors.query = s.errorUnreadable;
      else errors.query = s.errorGapRequired;
    } else if (field === 'useful') {
      errors.useful = s.errorUseful;
    } else {
      errors[field] = s.errorPage;
    }
  }
  return errors;
}

/** True for a well-formed path of this site's shape: safe to link back to (schemas/feedback.ts, sitePath). */
export function isSafePath(path: string) {
  return feedbackInput.options[0].shape.page.safeParse(path).success;
}

/** The language of the page the person came from (the Referer is sent for same-origin posts), else English. */
function languageOf(c: Context): LocaleCode {
  const referer = c.req.header('referer');
  if (!referer || !URL.canParse(referer)) return 'en';
  return splitLocale(new URL(referer).pathname).code;
}

/** The answers, framed in `templates`; a link back goes only to a page `isSitePage` knows. */
export function feedbackAnswers(templates: PageTemplates, isSitePage: (path: string) => boolean) {
  function correction(c: Context, code: LocaleCode, body: Record<string, unknown>, errors: FieldErrors) {
    const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
    if (text('kind') === 'search-gap' && errors.query && !errors.page && !errors.kind) {
      const s = feedbackStrings(code);
      const content = gapCorrectionBody(code, { value: text('query'), error: errors.query });
      return c.html(renderPage(templates, code, `${s.errorSummaryTitle}: ${s.gapHeading}`, content), 400);
    }
    const kind = text('kind') === 'accessibility' ? 'accessibility' : 'problem';
    const page = isSafePath(text('page')) && isSitePage(text('page')) ? text('page') : '/';
    const s = feedbackStrings(code);
    const formErrors: Partial<Record<ProblemField, string>> = {};
    if (errors.doing) formErrors.doing = errors.doing;
    if (errors.wrong) formErrors.wrong = errors.wrong;
    const hasFormErrors = Object.keys(formErrors).length > 0 && !errors.page && !errors.kind;
    const content = hasFormErrors
      ? correctionBody(code, {
          kind,
          page,
          values: { doing: text('doing'), wrong: text('wrong') },
          errors: formErrors,
        })
      : messageBody(
          s.errorSummaryTitle,
          [Object.values(errors)[0] ?? s.errorPage],
          [{ href: page, text: s.backToPage }],
        );
    return c.html(renderPage(templates, code, `${s.errorSummaryTitle}: ${s.reportSummary}`, content), 400);
  }

  function problem(c: Context, status: ProblemStatus, retryAfterSeconds = 60) {
    const messages = {
      403: 'Feedback can only be sent from this website.',
      413: 'The feedback is too long.',
      415: 'Send the form as application/x-www-form-urlencoded or JSON.',
      429: 'Too many posts. Try again later.',
      503: 'Something went wrong. Please try again later.',
    } as const;
    const accept = c.req.header('accept') ?? '';
    if (!accept.includes('text/html')) return c.json({ error: messages[status] }, status);
    const code = languageOf(c);
    const s = feedbackStrings(code);
    const lines = {
      403: [s.notSentTitle, s.refusedText],
      413: [s.notSentTitle, fill(s.errorTooLong, { max: wrongMaxLength })],
      415: [s.notSentTitle, s.notSentText],
      429: [s.tooManyTitle, waitText(code, Math.ceil(retryAfterSeconds / 60))],
      503: [s.notSentTitle, s.notSentText],
    }[status];
    const [heading = '', paragraph = ''] = lines;
    return c.html(renderPage(templates, code, heading, messageBody(heading, [paragraph], [])), status);
  }

  return { correction, problem };
}

export type FeedbackAnswers = ReturnType<typeof feedbackAnswers>;
