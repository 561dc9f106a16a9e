import { Hono, type MiddlewareHandler } from 'hono';
import { securityHeaders } from './security-headers.ts';
import { feedbackRoutes, type FeedbackOptions } from './feedback.ts';
import { openReferralApi } from './openreferral.ts';
import { readDeploySettings, type DeploySettings } from './deploy-settings.ts';
import { keyDatesRoutes, type KeyDatesOptions } from './key-dates.ts';
import { readBankHolidaysFile, toBankHolidays } from '../lib/key-dates/bank-holidays-data.ts';

export interface FunctionOptions {
  /** Where a line about a fault goes; tests pass their own. */
  log?: (line: string) => void;
  /** False when a server in front already sends the security headers (scripts/serve.ts). */
  securityHeaders?: boolean;
  /** The feedback function's settings: its store above all. Without them, /api/feedback is not served. */
  feedback?: Omit<FeedbackOptions, 'log' | 'allowedOrigins'> | undefined;
  /** The public origin and trusted proxies; read from the environment (SITE_URL, TRUSTED_PROXIES) if not given. */
  settings?: DeploySettings | undefined;
  /** The date tools' built pages and bank holidays; the holidays are read from content/ if not given. */
  keyDates?: Partial<Pick<KeyDatesOptions, 'pages' | 'holidays'>> | undefined;
}

/**
 * The web function: the API under /api. It is a plain Hono app, so the same code runs on Node (scripts/serve.ts) or
 * on a serverless platform.
 */
export function createFunctionApp({
  log = (line) => {
    console.error(line);
  },
  securityHeaders: withHeaders = true,
  feedback,
  settings = readDeploySettings(),
  keyDates = {},
}: FunctionOptions = {}) {
  const app = new Hono();
  if (withHeaders) app.use(securityHeaders());
  const trustedProxies = feedback?.trustedProxies ?? settings.trustedProxies;
  if (trustedProxies.length === 0) app.use(warnOnceAboutForwardedHeaders(log));
  if (feedback) {
    app.route('/', feedbackRoutes({ allowedOrigins: settings.allowedOrigins, trustedProxies, ...feedback, log }));
  }

  app.route(
    '/',
    keyDatesRoutes({
      allowedOrigins: settings.allowedOrigins,
      publicOrigin: settings.publicOrigin,
      holidays: keyDates.holidays ?? toBankHolidays(readBankHolidaysFile()),
      pages: keyDates.pages,
    }),
  );

  app.get('/api/health', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });

  app.route('/openreferral/v3', openReferralApi({ siteUrl: settings.publicOrigin }));
  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  app.onError((error, c) => {
    // One line for the operator; a generic message for the client. Never a stack trace in a response.
    log(`${new Date().toISOString()} error ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`);
    return c.json({ error: 'Something went wrong. Please try again later.' }, 500);
  });
  return app;
}

/**
 * A proxy in front that nobody told the server about makes every client look like the proxy, so they all share one
 * rate-limit bucket. The first request that carries forwarded headers while no proxy is trusted says so, once.
 */
function warnOnceAboutForwardedHeaders(log: (line: string) => void): MiddlewareHandler {
  let warned = false;
  return async (c, next) => {
    if (!warned && (c.req.header('x-forwarded-for') !== undefined || c.req.header('forwarded') !== undefined)) {
      warned = true;
      log(
        `${new Date().toISOString()} warning: requests arrive with X-Forwarded-For but TRUSTED_PROXIES is not set, ` +
          'so all clients behind the proxy share one feedback rate limit: set TRUSTED_PROXIES to the proxy address',
      );
    }
    await next();
  };
}
