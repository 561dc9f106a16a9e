/**
 * Each guard of POST /api/feedback on its own, in front of a handler that only says it was reached. The whole route,
 * guards and handler together, is tested in feedback.test.ts and security.test.ts.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { describe, expect, it } from 'vitest';
import type { FeedbackInput } from '../schemas/feedback.ts';
import {
  bodyRecord,
  formOrJsonOnly,
  isFeedbackPage,
  isJsonPost,
  isRightPageFor,
  isTrapped,
  limitPerClient,
  sameSiteOnly,
  smallBodyOnly,
  type ClientLimitOptions,
} from './feedback-guards.ts';

const origin = 'https://localoffer.example.gov.uk';
const refuse = (c: Context) => c.text('refused', 400);

/** One guard in front of a handler that echoes the body it reads. */
function guarded(guard: MiddlewareHandler) {
  const app = new Hono();
  app.post('/', guard, async (c) => c.text(`reached ${await c.req.text()}`));
  return app;
}

const post = (app: Hono, headers: Record<string, string> = {}, body: BodyInit | null = 'x') =>
  app.request('http://localhost/', { method: 'POST', headers, body });

describe('sameSiteOnly', () => {
  const app = guarded(sameSiteOnly([origin], refuse));

  it('lets a post from this site through, and one with neither header (not from a browser)', async () => {
    const fromSite = await post(app, { origin, 'sec-fetch-site': 'same-origin' });
    expect(await fromSite.text()).toBe('reached x');
    expect(await (await post(app)).text()).toBe('reached x');
    expect(await (await post(app, { 'sec-fetch-site': 'none' })).text()).toBe('reached x');
  });

  it('refuses a post another site made, by Sec-Fetch-Site or by Origin, whatever its type', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin },
      { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
      { origin: 'http://localoffer.example.gov.uk', 'content-type': 'text/plain' },
    ]) {
      const res = await post(app, headers);
      expect(res.status, JSON.stringify(headers)).toBe(400);
      expect(await res.text()).toBe('refused');
    }
  });
});

describe('limitPerClient', () => {
  const at = new Date('2025-01-02T03:04:05.000Z');
  function limited(overrides: Partial<ClientLimitOptions> = {}) {
    const lines: string[] = [];
    const retries: number[] = [];
    const app = guarded(
      limitPerClient({
        rateLimit: { limit: 2, windowSeconds: 60 },
        socketAddress: (c) => c.req.header('x-test-socket'),
        trustedProxies: [],
        onLimited: (c, retryAfterSeconds) => {
          retries.push(retryAfterSeconds);
          return c.text('limited', 429);
        },
        log: (line) => lines.push(line),
        now: () => at,
        ...overrides,
      }),
    );
    const statuses = async (headers: Record<string, string>, times: number) => {
      const seen: number[] = [];
      for (let i = 0; i < times; i += 1) seen.push((await post(app, headers)).status);
      return seen;
    };
    return { statuses, lines, retries };
  }

  it('refuses a client over its limit, saying how long to wait, and counts each client apart', async () => {
    const { statuses, retries } = limited();
    expect(await statuses({ 'x-test-socket': '203.0.113.7' }, 3)).toEqual([200, 200, 429]);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toBeGreaterThan(0);
    expect(retries[0]).toBeLessThanOrEqual(60);
    expect(await statuses({ 'x-test-socket': '203.0.113.8' }, 1)).toEqual([200]);
  });

  it('ignores X-Forwarded-For from a proxy nobody trusts', async () => {
    const { statuses } = limited();
    expect(await statuses({ 'x-test-socket': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' }, 2)).toEqual([
      200, 200,
    ]);
    expect(await statuses({ 'x-test-socket': '203.0.113.7', 'x-forwarded-for': '198.51.100.2' }, 1)).toEqual([429]);
  });

  it('behind a trusted proxy, counts by the forwarded client address', async () => {
    const { statuses } = limited({ rateLimit: { limit: 1, windowSeconds: 60 }, trustedProxies: ['10.0.0.1'] });
    const from = (client: string) => ({ 'x-test-socket': '10.0.0.1', 'x-forwarded-for': `1.1.1.1, ${client}` });
    expect(await statuses(from('198.51.100.1'), 1)).toEqual([200]);
    expect(await statuses(from('198.51.100.2'), 1)).toEqual([200]);
    expect(await statuses(from('198.51.100.1'), 1)).toEqual([429]);
  });

  it('without a client address, does not limit (one shared bucket would let one person stop everyone), and says so once', async () => {
    const { statuses, lines } = limited();
    expect(await statuses({}, 4)).toEqual([200, 200, 200, 200]);
    expect(lines).toEqual(['2025-01-02T03:04:05.000Z warning: no client address, so feedback is not rate limited']);
  });

  it('with the limit off, lets every post through and says nothing', async () => {
    const { statuses, lines } = limited({ rateLimit: false });
    expect(await statuses({ 'x-test-socket': '203.0.113.7' }, 4)).toEqual([200, 200, 200, 200]);
    expect(await statuses({}, 1)).toEqual([200]);
    expect(lines).toEqual([]);
  });

  it('with no limit given, allows the default ten posts a window', async () => {
    const { statuses } = limited({ rateLimit: undefined });
    const seen = await statuses({ 'x-test-socket': '203.0.113.7' }, 11);
    expect(seen.slice(0, 10)).toEqual(Array<number>(10).fill(200));
    expect(seen[10]).toBe(429);
  });
});

describe('formOrJsonOnly', () => {
  const app = guarded(formOrJsonOnly(refuse));

  it.each([
    'application/x-www-form-urlencoded',
    'application/json',
    'Application/JSON; charset=utf-8',
    'application/x-www-form-urlencoded ; charset=UTF-8',
  ])('lets %s through', async (type) => {
    expect(await (await post(app, { 'content-type': type })).text()).toBe('reached x');
  });

  it.each([
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/jsonx',
    'application/json, text/plain',
  ])('refuses %s', async (type) => {
    expect(await (await post(app, { 'content-type': type })).text()).toBe('refused');
  });

  it('refuses a post that names no type', async () => {
    expect(await (await post(app, {}, null)).text()).toBe('refused');
  });
});

describe('smallBodyOnly', () => {
  const app = guarded(smallBodyOnly(10, refuse));
  const streamOf = (text: string) =>
    new ReadableStream({
      start(controller) {
        for (const char of text) controller.enqueue(new TextEncoder().encode(char));
        controller.close();
      },
    });

  it('lets a body of the largest size through, whole', async () => {
    expect(await (await post(app, {}, '0123456789')).text()).toBe('reached 0123456789');
  });

  it('refuses a larger body from its Content-Length, before reading it', async () => {
    expect(await (await post(app, { 'content-length': '11' }, '0')).text()).toBe('refused');
  });

  it('refuses a larger body as it streams in, when no length is given', async () => {
    const res = await app.request('http://localhost/', {
      method: 'POST',
      body: streamOf('0123456789a'),
      duplex: 'half',
    } as RequestInit);
    expect(await res.text()).toBe('refused');
  });
});

describe('isJsonPost', () => {
  const typeOf = async (headers: Record<string, string>) => {
    const app = new Hono();
    app.post('/', (c) => c.text(String(isJsonPost(c))));
    return (await post(app, headers)).text();
  };

  it('reads JSON types, in any case and with parameters, as JSON; forms and no type as forms', async () => {
    expect(await typeOf({ 'content-type': 'application/json' })).toBe('true');
    expect(await typeOf({ 'content-type': 'APPLICATION/JSON; charset=utf-8' })).toBe('true');
    expect(await typeOf({ 'content-type': 'application/x-www-form-urlencoded' })).toBe('false');
    expect(await typeOf({ 'content-type': '' })).toBe('false');
  });
});

describe('bodyRecord', () => {
  it('reads a form: first value of each name, __proto__ an ordinary key', () => {
    const read = bodyRecord('kind=useful&kind=problem&__proto__=x', false);
    expect('body' in read && Object.entries(read.body)).toEqual([
      ['kind', 'useful'],
      ['__proto__', 'x'],
    ]);
  });

  it('reads a body that is not JSON as a form when it does not say JSON', () => {
    expect(bodyRecord('{"kind":"useful"}', false)).toEqual({ body: { '{"kind":"useful"}': '' } });
  });

  it('reads a JSON object', () => {
    expect(bodyRecord('{"kind":"useful","page":"/"}', true)).toEqual({ body: { kind: 'useful', page: '/' } });
  });

  it.each(['{not json', '', 'kind=useful'])('refuses %j as not JSON', (text) => {
    expect(bodyRecord(text, true)).toEqual({ error: 'The body is not valid JSON.' });
  });

  it.each(['[1,2]', 'null', '"text"', '3', 'true'])('refuses %s, which is JSON but not an object', (text) => {
    expect(bodyRecord(text, true)).toEqual({ error: 'Send a JSON object.' });
  });
});

describe('the page guards', () => {
  const gap = (page: string): FeedbackInput => ({ kind: 'search-gap', page, query: 'respite' });
  const useful = (page: string): FeedbackInput => ({ kind: 'useful', page, useful: 'yes' });

  it('takes what a search did not find only from a search page, in any language', () => {
    for (const page of ['/search/', '/pl/search/', '/ar/search/']) expect(isRightPageFor(gap(page)), page).toBe(true);
    for (const page of ['/', '/short-breaks/', '/search/more/', '/pl/short-breaks/', '/en/search/', '/xx/search/']) {
      expect(isRightPageFor(gap(page)), page).toBe(false);
    }
  });

  it('takes other feedback from any page', () => {
    expect(isRightPageFor(useful('/short-breaks/'))).toBe(true);
    expect(isRightPageFor({ kind: 'problem', page: '/pl/short-breaks/', wrong: 'x' })).toBe(true);
  });

  it('needs a page the site has, and the right page for the kind', () => {
    const sitePages = new Set(['/', '/search/', '/short-breaks/']);
    const isSitePage = (path: string) => sitePages.has(path);
    expect(isFeedbackPage(useful('/short-breaks/'), isSitePage)).toBe(true);
    expect(isFeedbackPage(useful('/no-such-page/'), isSitePage)).toBe(false);
    expect(isFeedbackPage(gap('/search/'), isSitePage)).toBe(true);
    expect(isFeedbackPage(gap('/short-breaks/'), isSitePage)).toBe(false);
    expect(isFeedbackPage(gap('/pl/search/'), isSitePage)).toBe(false);
  });
});

describe('isTrapped', () => {
  it('catches a post whose honeypot has anything in it, and only that', () => {
    expect(isTrapped({ kind: 'useful', page: '/', useful: 'yes' })).toBe(false);
    expect(isTrapped({ kind: 'useful', page: '/', useful: 'yes', website: '' })).toBe(false);
    expect(isTrapped({ kind: 'useful', page: '/', useful: 'yes', website: 'http://spam.example' })).toBe(true);
    expect(isTrapped({ kind: 'search-gap', page: '/search/', query: 'x', website: ' ' })).toBe(true);
  });
});
