/**
 * Attacks on the server, one per line: the request an attacker sends and the answer the server must give. The items
 * are those of the hardening issue (an attacker's probe of a fresh build); each test would have caught its hole.
 * Property tests (fast-check) at the end throw arbitrary paths and query strings at the whole server.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { termId } from '../lib/oruk-taxonomy.ts';
import { readDeploySettings, type DeploySettings } from './deploy-settings.ts';
import { maxTermIds } from './openreferral.ts';
import { rateLimitKey } from './rate-limit.ts';
import { createServer } from './server.ts';
import { openSqliteStore } from './stores/sqlite-store.ts';

const publicOrigin = 'https://localoffer.example.gov.uk';
/** The deployment the README recommends: a TLS proxy in front, which connects from 10.0.0.1. */
const behindProxy: DeploySettings = { publicOrigin, allowedOrigins: [publicOrigin], trustedProxies: ['10.0.0.1'] };

let root: string;
function write(path: string, body: string | Buffer) {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, body);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'security-'));
  write('index.html', '<h1>Home</h1>');
  write('404.html', '<h1>Page not found</h1>');
  write('early-years/index.html', '<h1>Early years</h1>');
  write('feedback/thank-you/index.html', '<h1>Thanks</h1>');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The whole server as `npm start` runs it; the socket address comes from a test header, as a real socket's would. */
function server(settings: DeploySettings = behindProxy, lines: string[] = []) {
  return createServer(root, {
    settings,
    log: (line) => lines.push(line),
    feedback: {
      store: openSqliteStore(':memory:'),
      socketAddress: (c) => c.req.header('x-test-socket'),
      rateLimit: { limit: 2, windowSeconds: 600 },
    },
  });
}

const usefulForm = new URLSearchParams({ kind: 'useful', page: '/early-years/', useful: 'yes' }).toString();
function postFeedback(app: ReturnType<typeof server>, headers: Record<string, string>, url = 'http://10.0.0.2/') {
  return app.request(new URL('/api/feedback', url).href, {
    method: 'POST',
    body: usefulForm,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
  });
}

describe('item 2: one request must not stall the site (ORUK taxonomy_term_id)', () => {
  it(`GET /openreferral/v3/services?taxonomy_term_id=<3000 ids> -> 400 naming the limit of ${maxTermIds}`, async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(',');
    const res = await server().request(`/openreferral/v3/services?taxonomy_term_id=${ids}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: `taxonomy_term_id takes at most ${maxTermIds} ids` });
  });

  it(`GET /openreferral/v3/services?taxonomy_term_id=<${maxTermIds} real ids> -> 200, filtered`, async () => {
    const ids = Array.from({ length: maxTermIds }, () => termId('stage', 'primary')).join(',');
    const res = await server().request(`/openreferral/v3/services?taxonomy_term_id=${ids}`);
    expect(res.status).toBe(200);
  });

  it('GET /openreferral/v3/services?search=<10,000 characters> -> 400', async () => {
    const res = await server().request(`/openreferral/v3/services?search=${'a'.repeat(10_000)}`);
    expect(res.status).toBe(400);
  });
});

describe('item 4: browser posts behind a TLS proxy', () => {
  it('POST http://<internal>/api/feedback with Origin https://<public host> (the proxy speaks http) -> 303', async () => {
    const res = await postFeedback(server(), { origin: publicOrigin, 'x-test-socket': '10.0.0.1' });
    expect(res.status).toBe(303);
  });

  it('POST with Origin http://<public host> (not the configured https) -> 403', async () => {
    const res = await postFeedback(server(), {
      origin: 'http://localoffer.example.gov.uk',
      'x-test-socket': '10.0.0.1',
    });
    expect(res.status).toBe(403);
  });

  it('POST with Host, X-Forwarded-Host and X-Forwarded-Proto all saying evil.example, Origin https://evil.example -> 403', async () => {
    const res = await postFeedback(
      server(),
      {
        origin: 'https://evil.example',
        host: 'evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
        'x-test-socket': '10.0.0.1',
      },
      'https://evil.example/',
    );
    expect(res.status).toBe(403);
  });

  it('a local server (no SITE_URL) accepts its loopback origins only', () => {
    const local = readDeploySettings({ PORT: '4399' });
    expect(local.allowedOrigins).toEqual(['http://localhost:4399', 'http://127.0.0.1:4399', 'http://[::1]:4399']);
    expect(readDeploySettings({ SITE_URL: `${publicOrigin}/` }).allowedOrigins).toEqual([publicOrigin]);
  });

  it.each([
    ['SITE_URL', 'javascript:alert(1)'],
    ['SITE_URL', 'https://localoffer.example.gov.uk/some/path'],
    ['SITE_URL', 'https://user:pass@localoffer.example.gov.uk'],
    ['SITE_URL', 'localoffer.example.gov.uk'],
    ['TRUSTED_PROXIES', '10.0.0.1,not-an-address'],
    ['TRUSTED_PROXIES', '10.0.0.0/99'],
  ])('start-up with %s=%j -> refuses to start, naming the setting', (name, value) => {
    expect(() => readDeploySettings({ [name]: value })).toThrow(name);
  });
});

describe('item 5: the rate limiter cannot lock everyone out', () => {
  it('10 posts from 198.51.100.1 behind the trusted proxy -> 429 for them, 303 for 198.51.100.2', async () => {
    const app = server();
    const from = (client: string) =>
      postFeedback(app, { origin: publicOrigin, 'x-test-socket': '10.0.0.1', 'x-forwarded-for': client });
    for (let i = 0; i < 2; i += 1) expect((await from('198.51.100.1')).status).toBe(303);
    expect((await from('198.51.100.1')).status).toBe(429);
    expect((await from('198.51.100.2')).status).toBe(303);
  });

  it('a spoofed X-Forwarded-For from an untrusted socket -> counted against the socket, not the claimed address', async () => {
    const app = server();
    const spoof = (claimed: string) =>
      postFeedback(app, { origin: publicOrigin, 'x-test-socket': '203.0.113.9', 'x-forwarded-for': claimed });
    expect((await spoof('198.51.100.1')).status).toBe(303);
    expect((await spoof('198.51.100.2')).status).toBe(303);
    expect((await spoof('198.51.100.3')).status).toBe(429);
  });

  it('HOST=:: gives ::ffff:203.0.113.7 and 203.0.113.7 for one client -> one bucket', async () => {
    const app = server();
    const from = (socket: string) => postFeedback(app, { origin: publicOrigin, 'x-test-socket': socket });
    expect((await from('::ffff:203.0.113.7')).status).toBe(303);
    expect((await from('203.0.113.7')).status).toBe(303);
    expect((await from('::ffff:203.0.113.7')).status).toBe(429);
    expect((await from('::ffff:203.0.113.8')).status).toBe(303);
  });

  it('an IPv6 client rotating addresses within its /64 -> one bucket; the next /64 -> its own', async () => {
    const app = server();
    const from = (socket: string) => postFeedback(app, { origin: publicOrigin, 'x-test-socket': socket });
    expect((await from('2001:db8:1:2::1')).status).toBe(303);
    expect((await from('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).status).toBe(303);
    expect((await from('2001:db8:1:2::ffff')).status).toBe(429);
    expect((await from('2001:db8:1:3::1')).status).toBe(303);
  });

  it('buckets: IPv4-mapped IPv6 is IPv4, IPv6 is its /64, zone ids are dropped', () => {
    expect(rateLimitKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(rateLimitKey('2001:db8::1')).toBe(rateLimitKey('2001:db8:0:0:ffff::2'));
    expect(rateLimitKey('fe80::1%eth0')).toBe('fe80::/64');
    expect(rateLimitKey(undefined)).toBe('unknown');
  });

  it('requests with X-Forwarded-For while no proxy is trusted -> one warning line, once', async () => {
    const lines: string[] = [];
    const app = server({ ...behindProxy, trustedProxies: [] }, lines);
    for (let i = 0; i < 3; i += 1) await app.request('/', { headers: { 'x-forwarded-for': '198.51.100.1' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('TRUSTED_PROXIES');
  });

  it('the same with a proxy trusted -> no warning', async () => {
    const lines: string[] = [];
    await server(behindProxy, lines).request('/', { headers: { 'x-forwarded-for': '198.51.100.1' } });
    expect(lines).toEqual([]);
  });
});

describe('item 9: the Host header never reaches cached API data', () => {
  it('GET /openreferral/v3/taxonomy_terms with Host and X-Forwarded-Host evil.example -> URIs on the public origin', async () => {
    const res = await server().request('http://evil.example/openreferral/v3/taxonomy_terms?per_page=100', {
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' },
    });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).not.toContain('evil.example');
    expect(body).toContain(`"term_uri":"${publicOrigin}/directory/`);
  });

  it('GET /openreferral/v3/taxonomies with Host evil.example -> URIs on the public origin', async () => {
    const body = await (await server().request('http://evil.example/openreferral/v3/taxonomies')).text();
    expect(body).not.toContain('evil.example');
  });
});

describe('item 10: the ORUK API answers JSON, even for paths it does not have', () => {
  it.each(['/openreferral/v3/nothing', '/openreferral/v3/services/a/b', '/openreferral/v3/taxonomy_terms/x/y/'])(
    'GET %s -> 404 application/json',
    async (path) => {
      const res = await server().request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ error: 'Not found' });
    },
  );
});

describe('property: arbitrary query strings at the ORUK API', () => {
  const params = ['page', 'per_page', 'search', 'taxonomy_term_id', 'taxonomy_id', 'minimum_age', 'maximum_age'];
  const paths = ['/', '/services', '/taxonomies', '/taxonomy_terms', '/services/x', '/taxonomy_terms/x', '/other'];
  it('never a 5xx, always JSON', async () => {
    const app = server();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...params), fc.string()), fc.string({ maxLength: 300 }))),
        async (path, query) => {
          const search = new URLSearchParams(query).toString();
          const res = await app.request(`/openreferral/v3${path}?${search}`);
          expect(res.status).toBeLessThan(500);
          expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
