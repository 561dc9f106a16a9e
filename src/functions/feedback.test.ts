import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { forEachStore } from '../../tests/support/feedback-stores.ts';
import { openSqliteStore } from './stores/sqlite-store.ts';
import { createFunctionApp } from './app.ts';
import type { FeedbackStore } from './feedback-store.ts';
import type { FeedbackOptions } from './feedback.ts';
import { scrubPersonalDetails, cleanText } from '../lib/feedback/personal-details.ts';

const origin = 'http://localhost';
const settings = { publicOrigin: origin, allowedOrigins: [origin], trustedProxies: [] };
const sitePages = new Set([
  '/',
  '/short-breaks/',
  '/pl/short-breaks/',
  '/ar/ehcp/',
  '/accessibility/',
  '/search/',
  '/ar/search/',
]);
const template = (lang: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Thanks</title></head><body><main>` +
  `<div data-feedback-response>static thanks</div><!--/feedback-response--></main></body></html>`;

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = {
  'content-type': 'application/x-www-form-urlencoded',
  origin,
  'sec-fetch-site': 'same-origin',
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
};
const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json', origin };

function describeFeedback(storeName: string, openStore: () => Promise<FeedbackStore>, reset: () => Promise<void>) {
  describe(`POST /api/feedback (${storeName})`, () => {
    let store: FeedbackStore;
    let logLines: string[];
    const app = (overrides: Partial<Omit<FeedbackOptions, 'log'>> = {}) =>
      createFunctionApp({
        log: (line) => logLines.push(line),
        settings,
        feedback: {
          store,
          isSitePage: (path) => sitePages.has(path),
          templates: (code) => template(code),
          rateLimit: false,
          ...overrides,
        },
      });
    const post = (body: BodyInit, headers: Record<string, string> = formHeaders, a = app()) =>
      a.request(`${origin}/api/feedback`, { method: 'POST', body, headers });

    beforeEach(async () => {
      await reset();
      store = await openStore();
      logLines = [];
      return () => store.close();
    });

    it('answers a form post with 303 to the thank-you page in the page language, and stores it', async () => {
      const res = await post(form({ kind: 'useful', page: '/pl/short-breaks/', useful: 'no' }));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/pl/feedback/thank-you/?page=%2Fpl%2Fshort-breaks%2F');
      const [saved] = await store.list();
      expect(saved).toMatchObject({ kind: 'useful', page: '/pl/short-breaks/', useful: 'no', doing: null });
    });

    it('stores a problem report with personal details replaced, and markup kept as literal text', async () => {
      const wrong = 'Call me on 07700 900123 or jo@example.com, PL1 3BJ. <script>alert(1)</script> "><img onerror=x>';
      const res = await post(form({ kind: 'problem', page: '/short-breaks/', doing: 'Reading', wrong }));
      expect(res.status).toBe(303);
      const [saved] = await store.list();
      expect(saved?.wrong).toBe(
        'Call me on [phone] or [email], [postcode]. <script>alert(1)</script> "><img onerror=x>',
      );
      expect(JSON.stringify(saved)).not.toMatch(/127\.0\.0\.1|::1/);
    });

    it('keeps what a search did not find: scrubbed, in one form, with its language and nothing else', async () => {
      const sends = ['Sensory  ROOM', 'sensory room', ' Sensory Room ', 'hydrotherapy for jo@example.com'];
      for (const query of sends) {
        const res = await post(form({ kind: 'search-gap', page: '/ar/search/', query }));
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe('/ar/feedback/thank-you/?page=%2Far%2Fsearch%2F');
      }
      const gaps = await store.listSearchGaps();
      expect(gaps.map((g) => [g.language, g.query])).toEqual([
        ['ar', 'sensory room'],
        ['ar', 'sensory room'],
        ['ar', 'sensory room'],
        ['ar', 'hydrotherapy for [email]'],
      ]);
      expect(Object.keys(gaps[0] ?? {}).sort()).toEqual(['id', 'language', 'query', 'receivedAt']);
      expect(await store.list()).toEqual([]);
    });

    it('takes what a search did not find only from a search page, and asks again when it is empty', async () => {
      const fromTopicPage = await post(form({ kind: 'search-gap', page: '/short-breaks/', query: 'respite' }));
      expect(fromTopicPage.status).toBe(400);
      const empty = await post(form({ kind: 'search-gap', page: '/search/', query: '   ' }));
      expect(empty.status).toBe(400);
      const page = await empty.text();
      expect(page).toContain('Tell us what you were looking for');
      expect(page).toContain('name="query"');
      expect(page).toContain('aria-invalid="true"');
      const tooLong = await post(form({ kind: 'search-gap', page: '/search/', query: `<b>${'x'.repeat(300)}` }));
      expect(tooLong.status).toBe(400);
      // Nothing typed is lost, and it comes back as text, not markup.
      expect(await tooLong.text()).toContain(`value="&lt;b&gt;${'x'.repeat(300)}"`);
      expect(await store.listSearchGaps()).toEqual([]);
    });

    it('accepts JSON and answers JSON', async () => {
      const res = await post(
        JSON.stringify({ kind: 'accessibility', page: '/accessibility/', wrong: 'Low contrast' }),
        jsonHeaders,
      );
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ status: 'received' });
      expect((await store.list())[0]).toMatchObject({ kind: 'accessibility', wrong: 'Low contrast', doing: null });
    });

    it('gives 400 with field messages for JSON, and stores nothing', async () => {
      const res = await post(
        JSON.stringify({ kind: 'problem', page: 'https://evil.example/', wrong: '' }),
        jsonHeaders,
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as { fields: Record<string, string> };
      expect(Object.keys(body.fields).sort()).toEqual(['page', 'wrong']);
      expect(await store.list()).toEqual([]);
    });

    it('shows a form post its mistakes in its own language, keeping every word typed, escaped', async () => {
      const res = await post(
        form({ kind: 'problem', page: '/pl/short-breaks/', doing: '<b>"Reading"</b>', wrong: '' }),
      );
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain('<html lang="pl">');
      expect(page).toContain('class="error-summary"');
      expect(page).toContain('value="&lt;b&gt;&quot;Reading&quot;&lt;/b&gt;"');
      expect(page).toContain('aria-invalid="true"');
      expect(page).not.toContain('<b>"Reading"');
    });

    it('refuses a page that is not on this site', async () => {
      const res = await post(form({ kind: 'useful', page: '/no-such-page/', useful: 'yes' }));
      expect(res.status).toBe(400);
      expect(await store.list()).toEqual([]);
    });

    it('answers other methods with 405 and Allow: POST', async () => {
      const res = await app().request('/api/feedback');
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    });

    it('refuses an oversize body with 413, from its length or as it streams', async () => {
      const big = form({ kind: 'problem', page: '/', wrong: 'x'.repeat(20_000) });
      expect((await post(big)).status).toBe(413);
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
          controller.close();
        },
      });
      const res = await app().request(`${origin}/api/feedback`, {
        method: 'POST',
        body: stream,
        headers: formHeaders,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(await store.list()).toEqual([]);
    });

    it('refuses other content types with 415', async () => {
      for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml', '']) {
        const res = await post('kind=useful', { ...formHeaders, 'content-type': type });
        expect(res.status, type).toBe(415);
      }
    });

    it('refuses cross-site posts with 403, by Sec-Fetch-Site or by Origin', async () => {
      const crossSite = await post(form({ kind: 'useful', page: '/', useful: 'yes' }), {
        ...formHeaders,
        'sec-fetch-site': 'cross-site',
      });
      expect(crossSite.status).toBe(403);
      const foreign = await post(JSON.stringify({ kind: 'useful', page: '/', useful: 'yes' }), {
        ...jsonHeaders,
        origin: 'https://evil.example',
      });
      expect(foreign.status).toBe(403);
      expect(await store.list()).toEqual([]);
    });

    it('limits each client, with 429 and Retry-After, without trusting X-Forwarded-For', async () => {
      const limited = app({ rateLimit: { limit: 2, windowSeconds: 60 }, socketAddress: () => '203.0.113.7' });
      const body = () => form({ kind: 'useful', page: '/', useful: 'yes' });
      expect((await post(body(), formHeaders, limited)).status).toBe(303);
      expect((await post(body(), { ...formHeaders, 'x-forwarded-for': '198.51.100.1' }, limited)).status).toBe(303);
      const third = await post(body(), { ...formHeaders, 'x-forwarded-for': '198.51.100.2' }, limited);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      // One minute, said as one: not "1 minutes".
      expect(await third.text()).toContain('Please wait 1 minute, then try again.');
    });

    it('behind a trusted proxy, limits by the forwarded client address', async () => {
      const proxied = app({
        rateLimit: { limit: 1, windowSeconds: 60 },
        socketAddress: () => '10.0.0.1',
        trustedProxies: ['10.0.0.1'],
      });
      const body = () => form({ kind: 'useful', page: '/', useful: 'yes' });
      const from = (client: string) =>
        post(body(), { ...formHeaders, 'x-forwarded-for': `1.1.1.1, ${client}` }, proxied);
      expect((await from('198.51.100.1')).status).toBe(303);
      expect((await from('198.51.100.2')).status).toBe(303);
      expect((await from('198.51.100.1')).status).toBe(429);
    });

    it('makes a caught robot think it succeeded, and stores nothing', async () => {
      const res = await post(form({ kind: 'useful', page: '/', useful: 'yes', website: 'http://spam.example' }));
      expect(res.status).toBe(303);
      expect(await store.list()).toEqual([]);
    });

    it('treats __proto__ and constructor as ordinary keys', async () => {
      const res = await post('__proto__[x]=1&__proto__=polluted&constructor=1&kind=useful&page=%2F&useful=yes');
      expect(res.status).toBe(303);
      const json = await post('{"__proto__":{"polluted":true},"kind":"useful","page":"/","useful":"no"}', jsonHeaders);
      expect(json.status).toBe(201);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect((await store.list()).map((r) => r.useful).sort()).toEqual(['no', 'yes']);
    });

    it('removes control characters and direction overrides, and refuses lone surrogates', async () => {
      const ok = await post(form({ kind: 'problem', page: '/', wrong: 'bad\u0000\u202Etext\u0007' }));
      expect(ok.status).toBe(303);
      expect((await store.list())[0]?.wrong).toBe('badtext');
      const broken = await post('{"kind":"problem","page":"/","wrong":"\\ud800 half"}', jsonHeaders);
      expect(broken.status).toBe(400);
    });

    it('turns a storage fault into a generic 503 and one log line', async () => {
      const failing: FeedbackStore = {
        ...store,
        add: () => Promise.reject(new Error('SQLITE_FULL: disk /var/x full')),
      };
      const res = await post(form({ kind: 'useful', page: '/', useful: 'yes' }), formHeaders, app({ store: failing }));
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(text).not.toContain('SQLITE_FULL');
      expect(text).not.toMatch(/at \S+ \(/);
      expect(logLines).toHaveLength(1);
      expect(logLines[0]).toContain('SQLITE_FULL');
      expect(logLines[0]).not.toContain('\n');
    });

    // Property tests run hundreds of requests: a generous timeout keeps them steady on a busy machine.
    it(
      'arbitrary form fields and bodies get only 303, 400, 403, 413, 415 or 429: never a 500',
      { timeout: 60_000 },
      async () => {
        const allowed = [303, 400, 403, 413, 415, 429];
        const field = fc.oneof(
          fc.constantFrom('kind', 'page', 'useful', 'doing', 'wrong', 'website', '__proto__'),
          fc.string(),
        );
        const value = fc.oneof(
          fc.constantFrom('useful', 'problem', 'accessibility', 'yes', 'no', '/', '/short-breaks/', ''),
          fc.string({ unit: 'binary' }),
        );
        await fc.assert(
          fc.asyncProperty(fc.dictionary(field, value), async (fields) => {
            const res = await post(form(fields));
            expect(allowed).toContain(res.status);
          }),
          { numRuns: 150 },
        );
        await fc.assert(
          fc.asyncProperty(
            fc.uint8Array({ maxLength: 4096 }),
            fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
            async (bytes, type) => {
              const res = await post(bytes, { ...formHeaders, 'content-type': type });
              expect(allowed.concat(201)).toContain(res.status);
            },
          ),
          { numRuns: 150 },
        );
        expect(logLines).toEqual([]);
      },
    );

    it('every valid report reads back exactly as scrubbed', { timeout: 60_000 }, async () => {
      const text = (max: number) =>
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((t) => cleanText(t).length > 0);
      await fc.assert(
        fc.asyncProperty(text(400), text(1500), fc.constantFrom(...sitePages), async (doing, wrong, page) => {
          await reset();
          const fresh = await openStore();
          try {
            const res = await post(form({ kind: 'problem', page, doing, wrong }), formHeaders, app({ store: fresh }));
            expect(res.status).toBe(303);
            const [saved] = await fresh.list();
            expect(saved?.wrong).toBe(scrubPersonalDetails(cleanText(wrong)));
            expect(saved?.doing).toBe(scrubPersonalDetails(cleanText(doing)) || null);
          } finally {
            await fresh.close();
          }
        }),
        { numRuns: 40 },
      );
    });
  });
}

describe('GET /feedback/thank-you/', () => {
  const app = createFunctionApp({
    feedback: {
      store: () => Promise.reject(new Error('not needed')),
      isSitePage: (path) => sitePages.has(path),
      templates: (code) => template(code),
    },
  });

  it('links back to the page the feedback was about, in its language', async () => {
    const res = await app.request('/pl/feedback/thank-you/?page=%2Fpl%2Fshort-breaks%2F');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="pl">');
    expect(page).toContain('<a href="/pl/short-breaks/">');
    expect(page).not.toContain('static thanks');
  });

  it('links nowhere unsafe', async () => {
    for (const bad of ['//evil.example/', 'javascript:alert(1)', '/no-such-page/', '"><script>']) {
      const page = await (await app.request(`/feedback/thank-you/?page=${encodeURIComponent(bad)}`)).text();
      expect(page).not.toContain(bad);
      expect(page).not.toContain('evil.example');
    }
  });
});

forEachStore(describeFeedback);

describe('opening the store', () => {
  it('tries again on the next post when the store could not be opened', async () => {
    const lines: string[] = [];
    let attempts = 0;
    const app = createFunctionApp({
      log: (line) => lines.push(line),
      settings,
      feedback: {
        store: () => {
          attempts += 1;
          return attempts === 1
            ? Promise.reject(new Error('database down'))
            : Promise.resolve(openSqliteStore(':memory:'));
        },
        rateLimit: false,
      },
    });
    const post = () =>
      app.request(`${origin}/api/feedback`, {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ kind: 'useful', page: '/', useful: 'yes' }),
      });
    expect((await post()).status).toBe(503);
    expect((await post()).status).toBe(201);
    expect(attempts).toBe(2);
    expect(lines).toHaveLength(1);
  });
});
