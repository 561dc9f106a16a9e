/**
 * Serves the built site (dist/) and the web function on one port, as `npm start` and the browser tests use it.
 * PORT (default 4321), HOST (default 127.0.0.1) and DIST (default dist) can be set in the environment; behind a
 * proxy, SITE_URL and TRUSTED_PROXIES too (see src/functions/deploy-settings.ts and the README's Deploy section).
 */
import { serve } from '@hono/node-server';
import { readDeploySettings, type DeploySettings } from '../src/functions/deploy-settings.ts';
import { createServer } from '../src/functions/server.ts';
import { uiStrings } from '../src/i18n/ui-strings.ts';

const port = Number(process.env['PORT'] ?? 4321);
const hostname = process.env['HOST'] ?? '127.0.0.1';
const dist = process.env['DIST'] ?? 'dist';

let settings: DeploySettings;
try {
  settings = readDeploySettings(process.env, port);
} catch (error) {
  // A wrong setting stops the server with what to fix, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (!process.env['SITE_URL'] && !['127.0.0.1', 'localhost', '::1'].includes(hostname)) {
  console.warn(
    `SITE_URL is not set, so feedback is accepted only from ${settings.allowedOrigins.join(', ')}: ` +
      'set SITE_URL to the public address (e.g. https://localoffer.example.gov.uk) or browsers’ posts get 403.',
  );
}

const server = serve({ fetch: createServer(dist, { settings }).fetch, port, hostname }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`${uiStrings.en.site.name}: http://${host === '127.0.0.1' ? 'localhost' : host}:${info.port}/`);
  console.log(
    `Public address: ${settings.publicOrigin}; trusted proxies: ${settings.trustedProxies.join(', ') || 'none'}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
  });
}
