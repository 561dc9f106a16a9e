/**
 * POST /api/feedback: "Is this page useful?", "Report a problem with this page" and "Report an accessibility
 * problem". Form posts (no JavaScript) are answered with 303 to a thank-you page; clients that ask for JSON get JSON.
 * Nothing reaches storage unvalidated, personal details are scrubbed from free text first, and no IP address is
 * kept (the rate limiter holds addresses in memory until their window ends, rate-limit.ts).
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context, type Handler } from 'hono';
import { splitLocale } from '../i18n/locales.ts';
import { siteConfig } from '../site.config.ts';
import { scrubPersonalDetails } from '../lib/feedback/personal-details.ts';
import { feedbackInput, type FeedbackInput, type SearchGapInput } from '../schemas/feedback.ts';
import type { FeedbackRecord, FeedbackStore, SearchGapRecord } from './feedback-store.ts';
import {
  feedbackStrings,
  renderPage,
  thankYouPath,
  thanksBody,
  type PageTemplates,
} from '../lib/feedback/feedback-responses.ts';
import { feedbackAnswers, isSafePath, translatedErrors, type FeedbackAnswers } from './feedback-answers.ts';
import {
  bodyRecord,
  formOrJsonOnly,
  isFeedbackPage,
  isJsonPost,
  isTrapped,
  jsonType,
  limitPerClient,
  sameSiteOnly,
  smallBodyOnly,
} from './feedback-guards.ts';
import type { RateLimit } from './rate-limit.ts';

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
  const answers = feedbackAnswers(templates, isSitePage);
  const app = new Hono();

  // The order is part of the contract: a cross-site post is refused before it counts against anyone's limit, and no
  // body is read until every guard has passed.
  app.post(
    siteConfig.feedbackEndpoint,
    sameSiteOnly(allowedOrigins, (c) => answers.problem(c, 403)),
    limitPerClient({
      rateLimit: options.rateLimit,
      socketAddress,
      trustedProxies,
      onLimited: (c, retryAfterSeconds) => answers.problem(c, 429, retryAfterSeconds),
      log,
      now,
    }),
    formOrJsonOnly((c) => answers.problem(c, 415)),
    smallBodyOnly(maxBodyBytes, (c) => answers.problem(c, 413)),
    receiveFeedback({ store: openOnFirstUse(options), isSitePage, answers, now }),
  );

  app.all(siteConfig.feedbackEndpoint, (c) => {
    c.header('Allow', 'POST');
    return c.json({ error: 'Send feedback with POST.' }, 405);
  });

  const thankYou = thankYouPage(templates, isSitePage);
  app.get(siteConfig.thankYouPath, thankYou);
  app.get(`/:lang${siteConfig.thankYouPath}`, thankYou);

  app.onError((error, c) => {
    // One line for the operator; a generic answer for the person. Never a stack trace.
    log(`${now().toISOString()} feedback-error ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`);
    return answers.problem(c, 503);
  });

  return app;
}

/**
 * The handler, once every guard before it has passed: validates the post, stores it scrubbed (unless the honeypot
 * caught it), and answers with 303 to the thank-you page, or 201 for JSON. A post it cannot take gets 400: field
 * messages for JSON, the form again for a form.
 */
function receiveFeedback(deps: {
  store: () => Promise<FeedbackStore>;
  isSitePage: (path: string) => boolean;
  answers: FeedbackAnswers;
  now: () => Date;
}): Handler {
  const { store, isSitePage, answers, now } = deps;
  return async (c) => {
    const isJson = isJsonPost(c);
    const read = bodyRecord(await c.req.text(), isJson);
    if ('error' in read) return c.json({ error: read.error }, 400);
    const { body } = read;

    const parsed = feedbackInput.safeParse(body);
    const wantsJson = isJson || (c.req.header('accept') ?? '').includes(jsonType);
    const rawPage = body['page'];
    const code = typeof rawPage === 'string' ? splitLocale(rawPage).code : 'en';
    if (!parsed.success || !isFeedbackPage(parsed.data, isSitePage)) {
      const issues = parsed.success ? [{ path: ['page'], code: 'custom' }] : parsed.error.issues;
      if (wantsJson) {
        const fields: Record<string, string> = {};
        if (parsed.success) fields['page'] = 'The page must be a page of this website.';
        else for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'kind')] ??= issue.message;
        return c.json({ error: 'Check your feedback.', fields }, 400);
      }
      return answers.correction(c, code, body, translatedErrors(code, issues));
    }

    const input = parsed.data;
    if (!isTrapped(input)) {
      // A fault here (disk full, database down) becomes a 503 in the routes' onError.
      const saved = await store();
      if (input.kind === 'search-gap') await saved.addSearchGap(toSearchGap(input, now()));
      else await saved.add(toRecord(input, now()));
    }
    if (wantsJson) return c.json({ status: 'received' }, 201);
    const pageCode = splitLocale(input.page).code;
    return c.redirect(`${thankYouPath(pageCode)}?page=${encodeURIComponent(input.page)}`, 303);
  };
}

/** The store, opened when the first post needs it (FeedbackOptions.store). */
function openOnFirstUse(options: Pick<FeedbackOptions, 'store'>): () => Promise<FeedbackStore> {
  let storePromise: Promise<FeedbackStore> | undefined;
  return () => {
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
}

/**
 * The thank-you page with a link back to the page the feedback was about. The static page of the same address
 * (a plain thank-you) is what a static host serves if the function is not in front of it.
 */
function thankYouPage(templates: PageTemplates, isSitePage: (path: string) => boolean) {
  return (c: Context, next: () => Promise<void>) => {
    const { code } = splitLocale(c.req.path);
    if (thankYouPath(code) !== c.req.path) return next();
    const page = c.req.query('page');
    const safePage = page !== undefined && isSafePath(page) && isSitePage(page) ? page : undefined;
    if (!templates(code)) return next();
    c.header('Cache-Control', 'no-store');
    return c.html(renderPage(templates, code, feedbackStrings(code).thanksTitle, thanksBody(code, safePage)));
  };
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
