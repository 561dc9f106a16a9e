import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineHashes } from '../integrations/csp-hashes.ts';
import { createServer, rateLimitFromEnv } from './server.ts';
import { openSqliteStore } from './stores/sqlite-store.ts';

let root: string;
const island =
  '<script>customElements.define("astro-island",class{})</script><style>astro-island{display:contents}</style>';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'server-'));
  mkdirSync(join(root, 'search'));
  writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(root, '404.html'), '<h1>Page not found</h1>');
  writeFileSync(join(root, 'search', 'index.html'), `<h1>Search</h1>${island}`);
  writeFileSync(join(root, '_csp-hashes.json'), JSON.stringify(inlineHashes(island)));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the server', () => {
  it('sends one Content-Security-Policy that allows exactly the build inline island code, on pages, 404s and the API', async () => {
    const app = createServer(root);
    const [scriptHash] = inlineHashes(island).scripts;
    const [styleHash] = inlineHashes(island).styles;
    for (const path of ['/', '/search/', '/missing/', '/api/health']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash}`);
      expect(csp, path).toContain(`style-src 'self' ${styleHash}`);
      expect(csp, path).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('hashes inline scripts and styles but not external scripts', () => {
    const hashes = inlineHashes('<script src="/a.js"></script><script type="module">x()</script><style>p{}</style>');
    expect(hashes.scripts).toHaveLength(1);
    expect(hashes.scripts[0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(hashes.styles).toHaveLength(1);
  });
});

describe('the server and feedback', () => {
  it('accepts feedback only about pages the build has', async () => {
    const store = openSqliteStore(':memory:');
    const settings = { publicOrigin: 'http://localhost', allowedOrigins: ['http://localhost'], trustedProxies: [] };
    const app = createServer(root, { settings, feedback: { store, rateLimit: false } });
    const post = (page: string) =>
      app.request('http://localhost/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
        body: new URLSearchParams({ kind: 'useful', page, useful: 'yes' }).toString(),
      });
    expect((await post('/search/')).status).toBe(303);
    expect((await post('/not-built/')).status).toBe(400);
    expect((await store.list()).map((r) => r.page)).toEqual(['/search/']);
    await store.close();
  });

  it('reads the rate limit from the environment', () => {
    expect(rateLimitFromEnv(undefined)).toBeUndefined();
    expect(rateLimitFromEnv('off')).toBe(false);
    expect(rateLimitFromEnv('20/60')).toEqual({ limit: 20, windowSeconds: 60 });
    expect(() => rateLimitFromEnv('lots')).toThrow(/FEEDBACK_RATE_LIMIT/);
  });
});
