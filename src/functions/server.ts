import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspHashesFile } from '../lib/build/csp-hashes-file.ts';
import { localizePath, type LocaleCode } from '../i18n/locales.ts';
import { siteConfig } from '../site.config.ts';
import { createFunctionApp, type FunctionOptions } from './app.ts';
import type { FeedbackOptions } from './feedback.ts';
import type { RateLimit } from './rate-limit.ts';
import { openFeedbackStore } from './feedback-store.ts';
import { securityHeaders, type InlineHashes } from './security-headers.ts';
import { createStaticSite } from './static-site.ts';
import { readDeploySettings } from './deploy-settings.ts';

/** The hashes of the build's inline scripts and styles, which the Content-Security-Policy allows. */
export function readInlineHashes(dist: string): InlineHashes {
  const file = join(dist, cspHashesFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as InlineHashes) : { scripts: [], styles: [] };
}

/** Every page path the build wrote (`/`, `/pl/contact/`, ...): feedback may only be about one of these. */
export function readSitePaths(dist: string): Set<string> {
  const paths = new Set<string>();
  for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (entry === 'index.html' || entry.endsWith('/index.html')) {
      paths.add(`/${entry.slice(0, -'index.html'.length)}`);
    }
  }
  return paths;
}

/** A built page (`/ehcp/key-dates/`) in a language, read once: the function frames its HTML answers in them. */
function readBuiltPages(dist: string) {
  const cache = new Map<string, string | undefined>();
  return (path: string, code: LocaleCode) => {
    const file = join(dist, `.${localizePath(path, code)}`, 'index.html');
    if (!cache.has(file)) cache.set(file, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    return cache.get(file);
  };
}

/**
 * FEEDBACK_RATE_LIMIT as "<posts>/<seconds>" (e.g. 10/600, the default) or "off" (load tests only): how many posts
 * one client may send in a window.
 */
export function rateLimitFromEnv(value: string | undefined): RateLimit | false | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'off') return false;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (!match) throw new Error(`FEEDBACK_RATE_LIMIT must look like 10/600 (posts/seconds) or be "off", not "${value}"`);
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
}

export interface ServerOptions extends Omit<FunctionOptions, 'securityHeaders' | 'feedback'> {
  /** Overrides for the feedback function; by default its store comes from the environment (openFeedbackStore). */
  feedback?: Partial<Omit<FeedbackOptions, 'log' | 'allowedOrigins'>>;
}

/** Everything `npm start` serves: the web function under /api and the built site, with one set of security headers. */
export function createServer(
  dist: string,
  { feedback = {}, settings = readDeploySettings(), ...options }: ServerOptions = {},
) {
  const log =
    options.log ??
    ((line: string) => {
      console.error(line);
    });
  const sitePaths = readSitePaths(dist);
  const builtPages = readBuiltPages(dist);
  const app = new Hono();
  app.use(securityHeaders(readInlineHashes(dist)));
  app.route(
    '/',
    createFunctionApp({
      ...options,
      securityHeaders: false,
      settings,
      keyDates: { pages: builtPages },
      feedback: {
        store: () => openFeedbackStore(),
        isSitePage: (path) => sitePaths.has(path),
        templates: (code) => builtPages(siteConfig.thankYouPath, code),
        // Requests made in-process (app.request in tests) have no socket, and so no address.
        socketAddress: (c) => (c.env ? getConnInfo(c).remote.address : undefined),
        rateLimit: rateLimitFromEnv(process.env['FEEDBACK_RATE_LIMIT']),
        ...feedback,
      },
    }),
  );
  app.route('/', createStaticSite(dist));
  app.onError((error, c) => {
    // As in the function: one line for the operator, a generic answer for the person, never a stack trace.
    log(`${new Date().toISOString()} error ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`);
    return c.text('Something went wrong. Please try again later.', 500);
  });
  return app;
}
