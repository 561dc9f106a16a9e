import { Hono } from 'hono';
import { securityHeaders } from './security-headers.ts';
import { feedbackRoutes, type FeedbackOptions } from './feedback.ts';
import { openReferralApi } from './openreferral.ts';

export interface FunctionOptions {
  /** Where a line about a fault goes; tests pass their own. */
  log?: (line: string) => void;
  /** False when a server in front already sends the security headers (scripts/serve.ts). */
  securityHeaders?: boolean;
  /** The feedback function's settings: its store above all. Without them, /api/feedback is not served. */
  feedback?: Omit<FeedbackOptions, 'log'> | undefined;
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
}: FunctionOptions = {}) {
  const app = new Hono();
  if (withHeaders) app.use(securityHeaders());
  if (feedback) app.route('/', feedbackRoutes({ ...feedback, log }));

  app.get('/api/health', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });

  app.route('/openreferral/v3', openReferralApi());
  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  app.onError((error, c) => {
    // One line for the operator; a generic message for the client. Never a stack trace in a response.
    log(`${new Date().toISOString()} error ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`);
    return c.json({ error: 'Something went wrong. Please try again later.' }, 500);
  });
  return app;
}
