import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspHashesFile } from '../integrations/csp-hashes.ts';
import { createFunctionApp, type FunctionOptions } from './app.ts';
import { securityHeaders, type InlineHashes } from './security-headers.ts';
import { createStaticSite } from './static-site.ts';

/** The hashes of the build's inline scripts and styles, which the Content-Security-Policy allows. */
export function readInlineHashes(dist: string): InlineHashes {
  const file = join(dist, cspHashesFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as InlineHashes) : { scripts: [], styles: [] };
}

/** Everything `npm start` serves: the web function under /api and the built site, with one set of security headers. */
export function createServer(dist: string, options: Omit<FunctionOptions, 'securityHeaders'> = {}) {
  const app = new Hono();
  app.use(securityHeaders(readInlineHashes(dist)));
  app.route('/', createFunctionApp({ ...options, securityHeaders: false }));
  app.route('/', createStaticSite(dist));
  return app;
}
