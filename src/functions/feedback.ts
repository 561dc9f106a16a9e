/**
 * POST /api/feedback: "Is this page useful?", "Report a problem with this page" and "Report an accessibility
 * problem". Form posts (no JavaScript) are answered with 303 to a thank-you page; clients that ask for JSON get JSON.
 * Nothing reaches storage unvalidated, personal details are scrubbed from free text first, and no IP address is
 * kept (the rate limiter holds addresses in memory until their window ends, rate-limit.ts).
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { localizePath, splitLocale, type LocaleCode } from '../i18n/locales.ts';
import { siteConfig } from '../site.config.ts';
import { fill } from '../i18n/ui-strings.ts';
import { formRecord, isCrossSitePost } from './form-posts.ts';
import { scrubPersonalDetails } from '../lib/feedback/personal-details.ts';
import {
  doingMaxLength,
  feedbackInput,
  gapMaxLength,
  honeypotField,
  wrongMaxLength,
  type FeedbackInput,
  type SearchGapInput,
} from '../schemas/feedback.ts';
import type { ProblemField } from '../lib/feedback/feedback-forms.ts';
import type { FeedbackRecord, FeedbackStore, SearchGapRecord } from './feedback-store.ts';
import {
  correctionBody,
  gapCorrectionBody,
  feedbackStrings,
  waitText,
  messageBody,
  renderPage,
  thankYouPath,
  thanksBody,
  type PageTemplates,
} from '../lib/feedback/feedback-responses.ts';
import proxyAddr from 'proxy-addr';
import { clientAddress, defaultRateLimit, rateLimitMiddleware, type RateLimit } from './rate-limit.ts';

/** The largest body accepted: the longest answers the forms allow are well under this, even fully escaped. */
export const maxBodyBytes = 16 * 1024;

export interface FeedbackOptions {
  /** Where feedback is kept; opened when the first post arrives if given as a function. */
  store: FeedbackStore | (() => Promise<FeedbackStore>);
  log: (line: string) => void;
  /** True for the paths of pages this site has; when not given, any well-formed path is accepted. */
  isSitePage?: ((path: string) => boolean) | undefined;
  /** The built thank-you page in each language, which frames the function's HTML answers. */
  templates?: PageTemplates | undefined;
  /** Posts allowed per client in a window; `false` turns the limit off (only for load tests behind a limiter). */
  rateLimit?: RateLimit | false | undefined;
  /** The address of the client's socket, if the platform gives one. */
  socketAddress?: ((c: Context) => string | undefined) | undefined;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, as proxy-addr reads them). Empty by default:
   * the client address is the socket's, so a client cannot dodge the rate limit by sending its own X-Forwarded-For.
   */
  trustedProxies?: string[] | undefined;
  /**
   * The origins browsers may post from: the site's public origin, from configuration (deploy-settings.ts). Never the
   * address the request came to, which behind a TLS proxy is http:// while the browser's Origin is https://.
   */
  allowedOrigins: string[];
  now?: () => Date;
}

type Field = ProblemField | 'page' | 'useful' | 'kind' | 'query';
type FieldErrors = Partial<Record<Field, string>>;

const formType = 'application/x-www-form-urlencoded';
const jsonType = 'application/json';

/** The field messages in the page's language, for a form shown again. */
function translatedErrors(code: LocaleCode, issues: { path: PropertyKey[]; code: string }[]): FieldErrors {
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

export function feedbackRoutes(options: FeedbackOptions) {
  const {
    log,
    isSitePage = () => true,
    templates = () => undefined,
    socketAddress = () => undefined,
    trustedProxies = [],
    allowedOrigins,
    now = () => new Date(),
  } = options;
  const trust = proxyAddr.compile(trustedProxies);
  let warnedNoAddress = false;
  const limiter =
    options.rateLimit === false
      ? undefined
      : rateLimitMiddleware(
          options.rateLimit ?? defaultRateLimit,
          (c) => clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trust),
          (c, retryAfterSeconds) => answerProblem(c, 429, retryAfterSeconds),
        );
  let storePromise: Promise<FeedbackStore> | undefined;
  const store = () => {
    if (!storePromise) {
      const given = options.store;
      storePromise = typeof given === 'function' ? given() : Promise.resolve(given);
      // A store that failed to open is tried again on the next post, not remembered as broken.
      storePromise.catch(() => {
        storePromise = undefined;
      });
    }
    return storePromise;
  };

  const app = new Hono();

  app.post(
    siteConfig.feedbackEndpoint,
    // Cross-site posts are refused, whatever their content type.
    async (c, next) => {
      if (isCrossSitePost(c, allowedOrigins)) return answerProblem(c, 403);
      await next();
      return undefined;
    },
    async (c, next) => {
      if (!limiter) return next();
      // Without a client address (an in-process request, or a platform that gives none) every client would share
      // one bucket and one person could stop feedback for everyone: better no limit here than that.
      if (socketAddress(c) === undefined) {
        if (!warnedNoAddress) log(`${now().toISOString()} warning: no client address, so feedback is not rate limited`);
        warnedNoAddress = true;
        return next();
      }
      return limiter(c, next);
    },
    async (c, next) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== formType && type !== jsonType) return answerProblem(c, 415);
      await next();
      return undefined;
    },
    // Refuses an oversize body from its Content-Length, or while it streams in, before it is buffered.
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => answerProblem(c, 413) }),
    async (c) => {
      const isJson = (c.req.header('content-type') ?? '').toLowerCase().startsWith(jsonType);
      let body: unknown;
      const text = await c.req.text();
      if (isJson) {
        try {
          body = JSON.parse(text);
        } catch {
          return c.json({ error: 'The body is not valid JSON.' }, 400);
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          return c.json({ error: 'Send a JSON object.' }, 400);
        }
      } else {
        body = formRecord(text);
      }

      const parsed = feedbackInput.safeParse(body);
      const wantsJson = isJson || (c.req.header('accept') ?? '').includes(jsonType);
      const rawPage = (body as Record<string, unknown>)['page'];
      const code = typeof rawPage === 'string' ? splitLocale(rawPage).code : 'en';
      if (!parsed.success || !isSitePage(parsed.data.page) || !isRightPageFor(parsed.data)) {
        const issues = parsed.success ? [{ path: ['page'], code: 'custom' }] : parsed.error.issues;
        if (wantsJson) {
          const fields: Record<string, string> = {};
          if (parsed.success) fields['page'] = 'The page must be a page of this website.';
          else for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'kind')] ??= issue.message;
          return c.json({ error: 'Check your feedback.', fields }, 400);
        }
        return answerCorrection(c, code, body as Record<string, unknown>, translatedErrors(code, issues));
      }

      const input = parsed.data;
      const trapped = (input[honeypotField] ?? '') !== '';
      if (!trapped) {
        // A fault here (disk full, database down) becomes a 503 in onError below.
        const saved = await store();
        if (input.kind === 'search-gap') await saved.addSearchGap(toSearchGap(input, now()));
        else await saved.add(toRecord(input, now()));
      }
      if (wantsJson) return c.json({ status: 'received' }, 201);
      const pageCode = splitLocale(input.page).code;
      return c.redirect(`${thankYouPath(pageCode)}?page=${encodeURIComponent(input.page)}`, 303);
    },
  );

  app.all(siteConfig.feedbackEndpoint, (c) => {
    c.header('Allow', 'POST');
    return c.json({ error: 'Send feedback with POST.' }, 405);
  });

  // The thank-you page with a link back to the page the feedback was about. The static page of the same address
  // (a plain thank-you) is what a static host serves if the function is not in front of it.
  const thankYou = (c: Context, next: () => Promise<void>) => {
    const { code } = splitLocale(c.req.path);
    if (thankYouPath(code) !== c.req.path) return next();
    const page = c.req.query('page');
    const safePage = page !== undefined && isSafePath(page) && isSitePage(page) ? page : undefined;
    if (!templates(code)) return next();
    c.header('Cache-Control', 'no-store');
    return c.html(renderPage(templates, code, feedbackStrings(code).thanksTitle, thanksBody(code, safePage)));
  };
  app.get(siteConfig.thankYouPath, thankYou);
  app.get(`/:lang${siteConfig.thankYouPath}`, thankYou);

  app.onError((error, c) => {
    // One line for the operator; a generic answer for the person. Never a stack trace.
    log(`${now().toISOString()} feedback-error ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`);
    return answerProblem(c, 503);
  });

  /** The language of the page the person came from (the Referer is sent for same-origin posts), else English. */
  function languageOf(c: Context): LocaleCode {
    const referer = c.req.header('referer');
    if (!referer || !URL.canParse(referer)) return 'en';
    return splitLocale(new URL(referer).pathname).code;
  }

  function isSafePath(path: string) {
    return feedbackInput.options[0].shape.page.safeParse(path).success;
  }

  function answerCorrection(c: Context, code: LocaleCode, body: Record<string, unknown>, errors: FieldErrors) {
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

  function answerProblem(c: Context, status: 403 | 413 | 415 | 429 | 503, retryAfterSeconds = 60) {
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

  return app;
}

const searchPath = (code: LocaleCode) => localizePath('/search/', code);

/** What people could not find is sent only from a search page (in any language); other feedback from any page. */
function isRightPageFor(input: FeedbackInput): boolean {
  return input.kind !== 'search-gap' || input.page === searchPath(splitLocale(input.page).code);
}

/**
 * The words as they are counted: scrubbed of personal details first, then in one form (Unicode NFKC, lower case,
 * single spaces), so "Sensory  Room" and "sensory room" count as the same search.
 */
export function searchGapText(query: string): string {
  return scrubPersonalDetails(query).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What is stored of a search gap: the words and the search page's language. No page, address or identifier. */
export function toSearchGap(input: SearchGapInput, receivedAt: Date): SearchGapRecord {
  return { id: randomUUID(), receivedAt, language: splitLocale(input.page).code, query: searchGapText(input.query) };
}

/** What is stored: the validated input, with personal details scrubbed from the free text. */
export function toRecord(input: Exclude<FeedbackInput, SearchGapInput>, receivedAt: Date): FeedbackRecord {
  const base = { id: randomUUID(), receivedAt, kind: input.kind, page: input.page };
  if (input.kind === 'useful') return { ...base, useful: input.useful, doing: null, wrong: null };
  const doing = input.doing ? scrubPersonalDetails(input.doing) : '';
  return { ...base, useful: null, doing: doing === '' ? null : doing, wrong: scrubPersonalDetails(input.wrong) };
}
