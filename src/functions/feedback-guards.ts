/**
 * The checks a post to /api/feedback must pass, each on its own. The route (feedback.ts) runs the middleware in this
 * file's order, then the handler reads the body (bodyRecord), validates it and checks its page (isFeedbackPage) and
 * the honeypot (isTrapped). Each guard answers a refusal through the `refuse` it is given, so the route decides how a
 * refusal reads (feedback-answers.ts) and the guard only decides when.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import proxyAddr from 'proxy-addr';
import { localizePath, splitLocale, type LocaleCode } from '../i18n/locales.ts';
import { honeypotField, type FeedbackInput } from '../schemas/feedback.ts';
import { formRecord, isCrossSitePost } from './form-posts.ts';
import { clientAddress, defaultRateLimit, rateLimitMiddleware, type RateLimit } from './rate-limit.ts';

/** Answers a request a guard refuses. */
export type Refuse = (c: Context) => Response | Promise<Response>;

export const formType = 'application/x-www-form-urlencoded';
export const jsonType = 'application/json';

/** Cross-site posts are refused, whatever their content type (form-posts.ts says how they are told apart). */
export function sameSiteOnly(allowedOrigins: readonly string[], refuse: Refuse): MiddlewareHandler {
  return async (c, next) => {
    if (isCrossSitePost(c, allowedOrigins)) return refuse(c);
    await next();
    return undefined;
  };
}

export interface ClientLimitOptions {
  /** Posts allowed per client in a window; `false` turns the limit off. */
  rateLimit: RateLimit | false | undefined;
  /** The address of the client's socket, if the platform gives one. */
  socketAddress: (c: Context) => string | undefined;
  /** Proxies whose X-Forwarded-For is believed (rate-limit.ts, clientAddress). */
  trustedProxies: string[];
  /** Answers a client over its limit; Retry-After is already set. */
  onLimited: (c: Context, retryAfterSeconds: number) => Response | Promise<Response>;
  log: (line: string) => void;
  now: () => Date;
}

/** A limit on posts per client (rate-limit.ts), counted by the client's address. */
export function limitPerClient(options: ClientLimitOptions): MiddlewareHandler {
  const { socketAddress, log, now } = options;
  const trust = proxyAddr.compile(options.trustedProxies);
  let warnedNoAddress = false;
  const limiter =
    options.rateLimit === false
      ? undefined
      : rateLimitMiddleware(
          options.rateLimit ?? defaultRateLimit,
          (c) => clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trust),
          options.onLimited,
        );
  return async (c, next) => {
    if (!limiter) return next();
    // Without a client address (an in-process request, or a platform that gives none) every client would share
    // one bucket and one person could stop feedback for everyone: better no limit here than that.
    if (socketAddress(c) === undefined) {
      if (!warnedNoAddress) log(`${now().toISOString()} warning: no client address, so feedback is not rate limited`);
      warnedNoAddress = true;
      return next();
    }
    return limiter(c, next);
  };
}

/** Only the two types the forms send (a form without JavaScript, JSON from a script), with any parameters. */
export function formOrJsonOnly(refuse: Refuse): MiddlewareHandler {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== formType && type !== jsonType) return refuse(c);
    await next();
    return undefined;
  };
}

/** Refuses an oversize body from its Content-Length, or while it streams in, before it is buffered. */
export function smallBodyOnly(maxBytes: number, refuse: Refuse): MiddlewareHandler {
  const whileStreaming = bodyLimit({ maxSize: maxBytes, onError: refuse });
  return async (c, next) => {
    // The Content-Length test bodyLimit makes, made first: bodyLimit starts by looking at c.req.raw.body, and on Node
    // that turns the request into a full web Request with a stream of its body, which then reads slowly. Profiled
    // under load, that was a tenth of a post's time (scripts/bench-feedback.ts); without it, c.req.text() takes
    // @hono/node-server's direct path.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return parseInt(length, 10) > maxBytes ? refuse(c) : next();
    }
    return whileStreaming(c, next);
  };
}

/**
 * True when the body is to be read as JSON; anything else that passed formOrJsonOnly is read as a form. It is not
 * formOrJsonOnly's test (this one looks at the start of the whole header, untrimmed), and is kept apart so that which
 * posts are read as JSON stays exactly as it was.
 */
export function isJsonPost(c: Context): boolean {
  return (c.req.header('content-type') ?? '').toLowerCase().startsWith(jsonType);
}

/** The body as a record of fields to validate, or the reason it is not one: JSON must be a single object. */
export function bodyRecord(text: string, isJson: boolean): { body: Record<string, unknown> } | { error: string } {
  if (!isJson) return { body: formRecord(text) };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { error: 'The body is not valid JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'Send a JSON object.' };
  return { body: body as Record<string, unknown> };
}

const searchPath = (code: LocaleCode) => localizePath('/search/', code);

/** What people could not find is sent only from a search page (in any language); other feedback from any page. */
export function isRightPageFor(input: FeedbackInput): boolean {
  return input.kind !== 'search-gap' || input.page === searchPath(splitLocale(input.page).code);
}

/** True when valid feedback is about a page this site has, and one its kind may be sent from. */
export function isFeedbackPage(input: FeedbackInput, isSitePage: (path: string) => boolean): boolean {
  return isSitePage(input.page) && isRightPageFor(input);
}

/**
 * True when the honeypot is filled in: a robot's post. It is answered as a person's would be, so the robot learns
 * nothing, but never stored.
 */
export function isTrapped(input: FeedbackInput): boolean {
  return (input[honeypotField] ?? '') !== '';
}
