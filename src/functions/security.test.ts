/**
 * Attacks on the server, one per line: the request an attacker sends and the answer the server must give. The items
 * are those of the hardening issue (an attacker's probe of a fresh build); each test would have caught its hole.
 * Property tests (fast-check) at the end throw arbitrary paths and query strings at the whole server.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { toCsv } from '../../scripts/feedback-commands.ts';
import { temporaryFolder } from '../../tests/support/temporary-folder.ts';
import { termId } from '../lib/oruk/oruk-taxonomy.ts';
import { scrubPersonalDetails } from '../lib/feedback/personal-details.ts';
import { readDeploySettings, type DeploySettings } from './deploy-settings.ts';
import { maxTermIds } from './openreferral.ts';
import { ForgetfulMemoryStore, rateLimitKey } from './rate-limit.ts';
import { createServer } from './server.ts';
import { openSqliteStore } from './stores/sqlite-store.ts';
import type { FeedbackRecord } from './feedback-store.ts';

const publicOrigin = 'https://localoffer.example.gov.uk';
/** The deployment the README recommends: a TLS proxy in front, which connects from 10.0.0.1. */
const behindProxy: DeploySettings = { publicOrigin, allowedOrigins: [publicOrigin], trustedProxies: ['10.0.0.1'] };

const script = 'console.log("hello from a hashed asset");';
const root = temporaryFolder('security', {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Page not found</h1>',
  'early-years/index.html': '<h1>Early years</h1>',
  'feedback/thank-you/index.html': '<h1>Thanks</h1>',
  '_astro/page.abc123.js': script,
  '_astro/page.abc123.js.br': brotliCompressSync(script),
  '_astro/page.abc123.js.gz': gzipSync(script),
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

/** True when a response's Location, if any, stays on the site. */
function staysOnSite(res: Response) {
  const location = res.headers.get('location');
  if (location === null) return true;
  return (
    location.startsWith('/') && !location.startsWith('//') && new URL(location, publicOrigin).origin === publicOrigin
  );
}

describe('item 1: no redirect leaves the site', () => {
  it.each([
    '//evil.example/..%2fearly-years',
    '//evil.example/%2e%2e/early-years',
    '//early-years',
    '///early-years',
    '/%2F%2Fevil.example/..%2Fearly-years',
    '/%5C%5Cevil.example/..%2Fearly-years',
    '/\\evil.example/..%2Fearly-years',
    '/early-years//',
  ])('GET %s -> no Location off the site', async (path) => {
    const res = await server().request(`http://localhost${path}`);
    expect(staysOnSite(res), `${res.status} ${res.headers.get('location')}`).toBe(true);
    expect(res.status).toBeLessThan(500);
  });

  it('GET /early-years?x=1 -> 301 to /early-years/?x=1 (the redirect the site needs still works)', async () => {
    const res = await server().request('/early-years?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/early-years/?x=1');
  });
});

describe('item 7: caching and conditional requests', () => {
  it('GET /early-years/ -> 200 with ETag and Last-Modified; again with If-None-Match -> 304, no body', async () => {
    const app = server();
    const first = await app.request('/early-years/');
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get('last-modified')).toBeTruthy();
    const again = await app.request('/early-years/', { headers: { 'if-none-match': tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('vary')).toContain('Accept-Encoding');
  });

  it('GET with If-Modified-Since: <Last-Modified> -> 304; with a date before it -> 200', async () => {
    const app = server();
    const modified = (await app.request('/early-years/')).headers.get('last-modified') ?? '';
    expect((await app.request('/early-years/', { headers: { 'if-modified-since': modified } })).status).toBe(304);
    const before = new Date(Date.parse(modified) - 86_400_000).toUTCString();
    expect((await app.request('/early-years/', { headers: { 'if-modified-since': before } })).status).toBe(200);
  });

  it('GET with a stale If-None-Match and a matching If-Modified-Since -> 200 (If-None-Match decides)', async () => {
    const app = server();
    const modified = (await app.request('/early-years/')).headers.get('last-modified') ?? '';
    const res = await app.request('/early-years/', {
      headers: { 'if-none-match': 'W/"old"', 'if-modified-since': modified },
    });
    expect(res.status).toBe(200);
  });

  it('the brotli and the plain file have different ETags, so a cache cannot swap them', async () => {
    const app = server();
    const br = await app.request('/_astro/page.abc123.js', { headers: { 'accept-encoding': 'br' } });
    const plain = await app.request('/_astro/page.abc123.js');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const notBr = await app.request('/_astro/page.abc123.js', { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(notBr.headers.get('content-encoding')).toBe('gzip');
    const none = await app.request('/_astro/page.abc123.js', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(new Set([br, plain, notBr].map((r) => r.headers.get('etag'))).size).toBe(3);
  });

  it("GET with Chrome's Accept-Encoding (gzip, deflate, br, zstd) -> brotli, the smallest, when all are liked equally", async () => {
    const res = await server().request('/_astro/page.abc123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.headers.get('content-encoding')).toBe('br');
  });

  it('HEAD /early-years/ -> 200 with the GET headers (length, ETag) and no body', async () => {
    const app = server();
    const get = await app.request('/early-years/');
    const head = await app.request('/early-years/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });

  it('GET /_astro/missing.abc123.js (a deploy race) -> 404 that is never stored, not immutable', async () => {
    const res = await server().request('/_astro/missing.abc123.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('GET /_astro/page.abc123.js -> 200 immutable for a year (found hashed files keep their long cache)', async () => {
    const res = await server().request('/_astro/page.abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['/early-years/', {}],
    ['/_astro/page.abc123.js', {}],
    ['/_astro/page.abc123.js', { 'accept-encoding': 'br' }],
    ['/_astro/page.abc123.js', { range: 'bytes=0-3' }],
    ['/no-such-page/', {}],
  ])('GET %s %j -> Vary: Accept-Encoding, compressed or not', async (path, headers) => {
    const res = await server().request(path, { headers });
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
  });

  it.each(['garbage', 'bytes=abc', 'items=0-4', 'bytes=0-1,3-4', 'bytes=--1'])(
    'GET with Range: %s -> 200 and the whole file, never a wrong 206',
    async (range) => {
      const res = await server().request('/_astro/page.abc123.js', { headers: { range } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-range')).toBeNull();
      expect(await res.text()).toBe(script);
    },
  );

  it.each(['bytes=99999-', 'bytes=5-2'])(
    'GET with Range: %s (nothing to satisfy) -> 416, Content-Range: bytes */<size>',
    async (range) => {
      const res = await server().request('/_astro/page.abc123.js', { headers: { range } });
      expect(res.status).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${script.length}`);
    },
  );

  it('GET with Range: bytes=0-6 -> 206 with exactly those bytes; with a stale If-Range -> 200', async () => {
    const app = server();
    const res = await app.request('/_astro/page.abc123.js', { headers: { range: 'bytes=0-6' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-6/${script.length}`);
    expect(await res.text()).toBe('console');
    const stale = await app.request('/_astro/page.abc123.js', {
      headers: { range: 'bytes=0-6', 'if-range': 'Mon, 01 Jan 2001 00:00:00 GMT' },
    });
    expect(stale.status).toBe(200);
  });

  it.each([
    ['GET /early-years/', '/early-years/', {}, 200],
    ['a 301', '/early-years', {}, 301],
    ['a 304', '/early-years/', { 'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString() }, 304],
    ['a 400', '/%E2%82', {}, 400],
    ['a 404', '/no-such-page/', {}, 404],
    ['a 416', '/_astro/page.abc123.js', { range: 'bytes=99999-' }, 416],
    ['an ORUK 404', '/openreferral/v3/nothing', {}, 404],
  ])('%s -> the security headers, errors included', async (_, path, headers, status) => {
    const res = await server().request(path, { headers });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('POST /early-years/ -> 405 with Allow and the security headers', async () => {
    const res = await server().request('/early-years/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });
});

describe('a fault in the server', () => {
  const broken = temporaryFolder('security-broken', { 'index.html': '<h1>Home</h1>' });

  it('GET a missing page when the 404 page itself has gone -> 500 with a generic message and one log line', async () => {
    const lines: string[] = [];
    const app = createServer(broken, { settings: behindProxy, log: (line) => lines.push(line) });
    const res = await app.request('/no-such-page/');
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Something went wrong. Please try again later.');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('GET /no-such-page/');
    expect(lines[0]).not.toMatch(/\n|\bat \S+ \(/);
  });
});

describe('item 8: malformed percent-encoding', () => {
  it.each(['/%', '/%E2%82', '/early-years/%ZZ', '/%C0%AF', '/%ED%A0%80', '/_astro/%'])(
    'GET %s -> 400, and nothing in the log',
    async (path) => {
      const lines: string[] = [];
      const res = await server(behindProxy, lines).request(`http://localhost${path}`);
      expect(res.status).toBe(400);
      expect(await res.text()).not.toMatch(/at \S+ \(|URIError/);
      expect(lines).toEqual([]);
    },
  );
});

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

describe('item 3: the CSV export cannot be split into rows or turned into formulas', () => {
  const report = (wrong: string, doing: string | null = null): FeedbackRecord => ({
    id: '00000000-0000-4000-8000-000000000000',
    receivedAt: new Date('2026-12-01T10:00:00Z'),
    kind: 'problem',
    page: '/early-years/',
    useful: null,
    doing,
    wrong,
  });
  const rowsOf = (text: string) => parseCsv<Record<string, string>>(text, { columns: true });

  it('a comment "Broken link\\n=1+1" (bare line break, no comma or quote) -> one quoted cell, one row', () => {
    const text = toCsv([report('Broken link\n=1+1')]);
    expect(text).toContain(`"Broken link\n'=1+1"`);
    const rows = rowsOf(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['wrong']).toBe("Broken link\n'=1+1");
  });

  it.each(['\n', '\r', '\r\n'])('every ordinary multi-line comment (break %j) -> exactly one row each', (brk) => {
    const records = [report(`Line one${brk}Line two`, `Doing${brk}this`), report('Plain')];
    const text = toCsv(records);
    // Quoted, so that a spreadsheet (which ends a row at any line break) keeps the cell whole, not only csv-parse.
    expect(text).toContain(`"Line one${brk}Line two"`);
    expect(text).toContain(`"Doing${brk}this"`);
    expect(rowsOf(text).map((r) => r['wrong'])).toEqual([`Line one${brk}Line two`, 'Plain']);
  });

  it('a formula character at the start of any line inside a cell -> that line starts with an apostrophe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\uFF1D', 'a'), fc.string({ maxLength: 8 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (lines) => {
          const wrong = lines.map(([first, rest]) => first + rest.replace(/[\r\n]/g, ' ')).join('\n');
          const rows = rowsOf(toCsv([report(wrong)]));
          expect(rows).toHaveLength(1);
          for (const line of (rows[0]?.['wrong'] ?? '').split('\n')) expect(line).not.toMatch(/^[=+\-@\t\uFF1D]/);
        },
      ),
    );
  });
});

describe('item 6: personal details the scrubber used to miss', () => {
  it.each([
    ['NHS number 485 7773 456 (grouped 3-4-3)', 'NHS number [nhs-number] (grouped 3-4-3)'],
    ['call 0044 7700 900123 or 0044-1752-668000', 'call [phone] or [phone]'],
    ['or +447700900123, or +44 (0)1752 668000', 'or [phone], or [phone]'],
    ['born on 12 March, seen March 12th and on 3rd of May', 'born on [date], seen [date] and on [date]'],
    ['born 12/03, 12/03/15, 12 Mar 15, 12-Mar-15, March 12, ’15', 'born [date], [date], [date], [date], [date]'],
    ['write to jo at example dot com', 'write to [email]'],
    ['or jo dot bloggs at example dot co dot uk', 'or [email]'],
    ['or jo [at] example [dot] org, or jo(at)example.com', 'or [email], or [email]'],
    ['UPN A123456789012, temporary UPN B12345678901C', 'UPN [upn], temporary UPN [upn]'],
    ['we live at 12 Acacia Avenue, before that 3a mount pleasant road', 'we live at [address], before that [address]'],
    ['and 9 Elm Close and 7 HIGH STREET', 'and [address] and [address]'],
    [
      'my son is called Jack Smith and my daughter is called amy',
      'my son is called [name] and my daughter is called [name]',
    ],
    ["my child's name is Olu", "my child's name is [name]"],
    [
      'Mrs Jones, Mr Smith, Ms O’Neill, Miss Amy Brown and Dr. Patel',
      'Mrs [name], Mr [name], Ms [name], Miss [name] and Dr [name]',
    ],
    // Not personal details, and not to be mangled:
    ['listing 123e4567-e89b-12d3-a456-426614174000', 'listing 123e4567-e89b-12d3-a456-426614174000'],
    ['page 01234567-0123-0123-0123-012345678901', 'page 01234567-0123-0123-0123-012345678901'],
    [
      'we may wait 20 weeks way too long; it took 1/2 an hour',
      'we may wait 20 weeks way too long; it took 1/2 an hour',
    ],
  ])('feedback "%s" -> stored as "%s"', (typed, stored) => {
    expect(scrubPersonalDetails(typed)).toBe(stored);
  });

  it('POST a report holding an NHS number, a UPN and a name -> stored without them', async () => {
    const store = openSqliteStore(':memory:');
    const app = createServer(root, {
      settings: behindProxy,
      feedback: { store, rateLimit: false },
    });
    const wrong = 'My son is called Jack, UPN A123456789012, NHS 485 7773 456, born 12 March.';
    const res = await app.request('http://10.0.0.2/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: publicOrigin },
      body: JSON.stringify({ kind: 'problem', page: '/early-years/', wrong }),
    });
    expect(res.status).toBe(201);
    const [saved] = await store.list();
    expect(saved?.wrong).toBe('My son is called [name], UPN [upn], NHS [nhs-number], born [date].');
    await store.close();
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
    ['PORT', 'eighty'],
  ])('start-up with %s=%j -> refuses to start, naming the setting', (name, value) => {
    expect(() => readDeploySettings({ [name]: value })).toThrow(name);
  });
});

describe('item 5: the rate limiter cannot lock everyone out', () => {
  /**
   * Posts from each client in `posts`, one after another, and expects each answer in `statuses`: 303 while the
   * client's bucket has room (2 posts), 429 once it is full. `headers` says how a client reaches the server: as the
   * socket, or as the address a proxy forwards.
   */
  interface RateLimitCase {
    name: string;
    settings?: DeploySettings;
    headers: (client: string) => Record<string, string>;
    posts: string[];
    statuses: number[];
  }

  const cases: RateLimitCase[] = [
    {
      name: '10 posts from 198.51.100.1 behind the trusted proxy -> 429 for them, 303 for 198.51.100.2',
      headers: (client) => ({ 'x-test-socket': '10.0.0.1', 'x-forwarded-for': client }),
      posts: ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2'],
      statuses: [303, 303, 429, 303],
    },
    {
      name: 'a spoofed X-Forwarded-For from an untrusted socket -> counted against the socket, not the claimed address',
      headers: (claimed) => ({ 'x-test-socket': '203.0.113.9', 'x-forwarded-for': claimed }),
      posts: ['198.51.100.1', '198.51.100.2', '198.51.100.3'],
      statuses: [303, 303, 429],
    },
    {
      name: 'HOST=:: behind the proxy 127.0.0.1 (socket ::ffff:127.0.0.1) -> the proxy is still trusted, one bucket each',
      settings: { ...behindProxy, trustedProxies: ['127.0.0.1'] },
      headers: (client) => ({ 'x-test-socket': '::ffff:127.0.0.1', 'x-forwarded-for': client }),
      posts: ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2'],
      statuses: [303, 303, 429, 303],
    },
    {
      name: 'HOST=:: gives ::ffff:203.0.113.7 and 203.0.113.7 for one client -> one bucket',
      headers: (socket) => ({ 'x-test-socket': socket }),
      posts: ['::ffff:203.0.113.7', '203.0.113.7', '::ffff:203.0.113.7', '::ffff:203.0.113.8'],
      statuses: [303, 303, 429, 303],
    },
    {
      name: 'an IPv6 client rotating addresses within its /64 -> one bucket; the next /64 -> its own',
      headers: (socket) => ({ 'x-test-socket': socket }),
      posts: ['2001:db8:1:2::1', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::ffff', '2001:db8:1:3::1'],
      statuses: [303, 303, 429, 303],
    },
  ];
  for (const { name, settings, headers, posts, statuses } of cases) {
    it(name, async () => {
      const app = server(settings);
      const answers: number[] = [];
      for (const client of posts) {
        const res = await postFeedback(app, { origin: publicOrigin, ...headers(client) });
        answers.push(res.status);
      }
      expect(answers, `posts from ${posts.join(', ')}`).toEqual(statuses);
    });
  }

  it('buckets: IPv4-mapped IPv6 is IPv4, IPv6 is its /64, zone ids are dropped', () => {
    expect(rateLimitKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(rateLimitKey('2001:db8::1')).toBe(rateLimitKey('2001:db8:0:0:ffff::2'));
    expect(rateLimitKey('fe80::1%eth0')).toBe('fe80::/64');
    expect(rateLimitKey(undefined)).toBe('unknown');
  });

  it('an address is forgotten when its window ends, as the privacy notice promises (not a window later)', () => {
    vi.useFakeTimers();
    try {
      const store = new ForgetfulMemoryStore();
      store.init({ windowMs: 600_000 });
      store.increment('203.0.113.7');
      vi.advanceTimersByTime(599_999);
      expect(store.size).toBe(1);
      vi.advanceTimersByTime(1);
      expect(store.size).toBe(0);
      expect(store.increment('203.0.113.7').totalHits).toBe(1);
    } finally {
      vi.useRealTimers();
    }
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

/** Pieces of paths an attacker tries: ordinary segments, any text, and the tricks of the probe. */
const pieces = fc.oneof(
  fc.webSegment(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '..',
    '.',
    '',
    '%',
    '%2f',
    '%2F',
    '%2e%2e',
    '%5c',
    '\\',
    '%00',
    '%E2%82',
    'early-years',
    'evil.example',
  ),
);

describe('property: arbitrary paths and headers at the static server', () => {
  it('never a 5xx, never a redirect off the site, always the security headers', async () => {
    const app = server();
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 6 }), fc.string(), async (segments, query) => {
        const res = await app.request(`http://localhost/${segments.join('/')}?${encodeURIComponent(query)}`);
        expect(res.status).toBeLessThan(500);
        expect(staysOnSite(res), res.headers.get('location') ?? '').toBe(true);
        expect(res.headers.get('content-security-policy')).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary Range and conditional headers -> 200, 206 with a correct Content-Range, 304 or 416', async () => {
    const app = server();
    const headerText = fc.string({ unit: fc.constantFrom(...'bytes=0123456789-,* W/"'.split('')), maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(headerText, headerText, async (range, ifNoneMatch) => {
        const res = await app.request('/_astro/page.abc123.js', { headers: { range, 'if-none-match': ifNoneMatch } });
        expect([200, 206, 304, 416]).toContain(res.status);
        const body = await res.text();
        if (res.status === 206) {
          const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.headers.get('content-range') ?? '');
          expect(match).not.toBeNull();
          const [, start, end] = match ?? [];
          expect(body).toBe(script.slice(Number(start), Number(end) + 1));
        }
        if (res.status === 200) expect(body).toBe(script);
      }),
      { numRuns: 300 },
    );
  });
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
          expect(staysOnSite(res)).toBe(true);
          expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary paths under /openreferral/v3/ -> never a 5xx, JSON while the path stays in the API', async () => {
    const app = server();
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 4 }), async (segments) => {
        const res = await app.request(`http://localhost/openreferral/v3/${segments.join('/')}`);
        expect(res.status).toBeLessThan(500);
        expect(staysOnSite(res)).toBe(true);
        const path = new URL(`http://localhost/openreferral/v3/${segments.join('/')}`).pathname;
        if (path.startsWith('/openreferral/v3/') && res.status !== 400) {
          expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
