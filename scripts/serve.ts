/**
 * Serves the built site (dist/) and the web function on one port, as `npm start` and the browser tests use it.
 * PORT (default 4321), HOST (default 127.0.0.1) and DIST (default dist) can be set in the environment.
 */
import { serve } from '@hono/node-server';
import { createServer } from '../src/functions/server.ts';

const port = Number(process.env['PORT'] ?? 4321);
const hostname = process.env['HOST'] ?? '127.0.0.1';
const dist = process.env['DIST'] ?? 'dist';

const server = serve({ fetch: createServer(dist).fetch, port, hostname }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Plymouth SEND Local Offer: http://${host === '127.0.0.1' ? 'localhost' : host}:${info.port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
  });
}
