import { uiStrings } from '../i18n/ui-strings.ts';
import { describe, expect, it } from 'vitest';
import { createFunctionApp } from './app.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { publicOriginFrom } from './deploy-settings.ts';

const origin = 'https://localoffer.example.gov.uk';
const settings = { publicOrigin: publicOriginFrom(origin), allowedOrigins: [origin], trustedProxies: [] };

/** A built page as Astro writes it: a title, and the tool's block holding the empty form. */
const builtPage = (path: string, code: LocaleCode) =>
  `<!doctype html><html lang="${code}"><head><title>Page ${path} in ${code}</title></head><body><main>` +
  `<h1>Tool</h1><div data-key-dates><form>empty</form></div><!--/key-dates--><p>The rest of the page</p></main></body></html>`;

function appWith(log: (line: string) => void = () => undefined) {
  return createFunctionApp({ settings, log, keyDates: { pages: builtPage } });
}

function post(fields: Record<string, string>, headers: Record<string, string> = {}, app = appWith()) {
  return app.request('/api/key-dates', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A date as typed in the three boxes: day, month, year. */
type TypedDate = [day: string, month: string, year: string];

/** A date tool's form: the tool, the page language (English unless `extra` says), each named date's boxes. */
const form = (tool: string, dates: Record<string, TypedDate>, extra: Record<string, string> = {}) => ({
  tool,
  lang: 'en',
  ...Object.fromEntries(
    Object.entries(dates).flatMap(([name, [day, month, year]]) => [
      [`${name}-day`, day],
      [`${name}-month`, month],
      [`${name}-year`, year],
    ]),
  ),
  ...extra,
});

const ehc = (day: string, month: string, year: string, extra: Record<string, string> = {}) =>
  form('ehc-key-dates', { requested: [day, month, year] }, extra);

/** The appeal deadline tool's form: the date on the decision letter, and the mediation certificate's if given. */
const appeal = (decision: TypedDate, certificate?: TypedDate) =>
  form('appeal-deadline', certificate ? { decision, certificate } : { decision });

describe('the date tools in the web function', () => {
  it('answers with the tool page itself, the three EHC dates in its block, never cached', async () => {
    const res = await post(ehc('2', '12', '2026'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('<title>Your key dates: Page /ehcp/key-dates/ in en</title>');
    expect(page).toContain('<strong>Wednesday, 13 January 2027</strong> (6 weeks)');
    expect(page).toContain('<strong>Wednesday, 24 March 2027</strong> (16 weeks)');
    expect(page).toContain('<strong>Wednesday, 21 April 2027</strong> (20 weeks)');
    expect(page).toContain('<p>The rest of the page</p>');
    expect(page).not.toContain('<form>empty</form>');
    // The form comes back filled in, to change a date, and the calendar button carries the same dates.
    expect(page).toMatch(/id="requested-day"[^>]*value="2"/);
    expect(page).toContain('<input type="hidden" name="format" value="ics" />');
  });

  it('answers in the language of the page the form was on', async () => {
    const res = await post(ehc('2', '12', '2026', { lang: 'pl' }));
    const page = await res.text();
    expect(page).toContain('Page /ehcp/key-dates/ in pl');
    expect(page).toContain('13 stycznia 2027');
    const arabic = await (await post(ehc('2', '12', '2026', { lang: 'ar' }))).text();
    // Gregorian months and the digits the site writes phone numbers in.
    expect(arabic).toMatch(/13 يناير 2027/);
    // English kept in brackets is marked English, as the build marks it on every other Chinese and Arabic page.
    const chinese = await (await post(ehc('2', '12', '2026', { lang: 'zh' }))).text();
    expect(chinese).toContain('（<span lang="en-GB">EHC needs assessment</span>）');
    expect(chinese).toMatch(/name="requested-day"[^>]*value="2"/);
  });

  it('gives a calendar file of all-day events, one for each date', async () => {
    const res = await post(ehc('2', '12', '2026', { format: 'ics' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ehc-key-dates.ics"');
    const file = await res.text();
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(file).toContain('DTSTART;VALUE=DATE:20270113');
    expect(file).toContain('DTEND;VALUE=DATE:20270114');
    expect(file).toContain('DTSTART;VALUE=DATE:20270421');
    expect(file).toContain(`${origin}/ehcp/key-dates/`);
    expect(file).toContain(uiStrings.en.site.name);
  });

  it("names the site in the calendar file's language", async () => {
    const file = await (await post(ehc('2', '12', '2026', { format: 'ics', lang: 'pl' }))).text();
    expect(file).toContain(`${origin}/pl/ehcp/key-dates/`);
    expect(file.replace(/\r\n[ \t]/g, '')).toContain(uiStrings.pl.site.name);
  });

  it('works out the last day to appeal, with the rule that moved it', async () => {
    const res = await post(appeal(['1', '10', '2026'], ['29', '11', '2026']));
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(page).toContain('<strong>Monday, 4 January 2027</strong>, by 5pm');
    expect(page).toContain('1 month after the mediation certificate of Sunday, 29 November 2026');
    expect(page).toContain('The time ended on Tuesday, 29 December 2026. That is between 25 December and 1 January');
  });

  it('says when a deadline runs past the bank holiday list, and offers no calendar entry for it', async () => {
    const res = await post(appeal(['27', '10', '2027']));
    const page = await res.text();
    expect(page).toContain(
      'our list of bank holidays covers only Wednesday, 1 January 2025 to Friday, 31 December 2027',
    );
    expect(page).not.toContain('name="format" value="ics"');
  });

  it('asks for what is missing or wrong, keeping what was typed, in the page language', async () => {
    const missing = await post(form('appeal-deadline', {}));
    expect(missing.status).toBe(400);
    const page = await missing.text();
    expect(page).toContain('<title>There is a problem: Page /disagreements/appeal-deadline/ in en</title>');
    expect(page).toContain('<a href="#decision-day">Enter the date on the decision letter</a>');
    // An empty certificate is fine: it is optional.
    expect(page).not.toContain('id="certificate-error"');

    const notReal = await (await post(ehc('31', '4', '2026'))).text();
    expect(notReal).toContain('<a href="#requested-day">Enter a real date, for example 27 3 2026</a>');
    expect(notReal).toMatch(/id="requested-day"[^>]*value="31"[^>]*aria-invalid="true"/);
    expect(notReal).not.toMatch(/id="requested-year"[^>]*aria-invalid/);

    const incomplete = await (await post(ehc('3', '', '2026'))).text();
    expect(incomplete).toContain('<a href="#requested-month">The date must include a day, a month and a year</a>');
    const shortYear = await (await post(ehc('3', '4', '26'))).text();
    expect(shortYear).toContain('<a href="#requested-year">Enter the year in full, for example 2026</a>');
  });

  it('echoes hostile input only as text, cut to the size of a box', async () => {
    const res = await post(ehc('"><script>alert(1)</script>', '4', '2026'));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('value="&quot;&gt;&lt;scrip"');
  });

  it('refuses posts from other sites, other body types, oversized bodies and unknown tools', async () => {
    expect((await post(ehc('2', '12', '2026'), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(ehc('2', '12', '2026'), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(ehc('2', '12', '2026'), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post({ ...ehc('2', '12', '2026'), padding: 'x'.repeat(4000) })).status).toBe(413);
    expect((await post({ ...ehc('2', '12', '2026'), tool: 'everything' })).status).toBe(400);
    expect((await post({ ...ehc('2', '12', '2026'), lang: 'xx' })).status).toBe(200);
  });

  it('never writes a date to the log', async () => {
    const lines: string[] = [];
    const app = appWith((line) => lines.push(line));
    await post(ehc('2', '12', '2026'), {}, app);
    await post(ehc('31', '4', '2026'), {}, app);
    expect(lines).toEqual([]);
  });

  it('answers on a bare page where there is no built site', async () => {
    const res = await createFunctionApp({ settings }).request('/api/key-dates', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(ehc('2', '12', '2026', { lang: 'ar' })).toString(),
    });
    const page = await res.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toMatch(/<main>\s*<h2 id="key-dates-answer-heading"|<main>\s*<div class="key-dates__answer">/);
  });
});
