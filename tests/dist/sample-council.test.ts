/**
 * Another council's Local Offer from the same code: the sample council (tests/fixtures/sample-council/content, a
 * fictional Exampleton Borough Council in English and Polish) is built with LOCAL_OFFER_CONTENT, and its build must
 * pass, publish its own languages only, carry valid markup with links that resolve, and say nothing of Plymouth.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilWords, councilWordsIn } from '../support/council-words.ts';
import { markupProblems } from '../support/html-validator.ts';
import { brokenReferences } from '../support/links.ts';
import { urlPathOf } from '../site-pages.ts';
import { parse } from 'node-html-parser';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/find-browser.ts';
import { installAxe } from '../e2e/axe.ts';
import { accessibleAndClean, worksWithoutJavaScriptAt320 } from '../support/page-checks.ts';
import { freePort } from '../support/free-port.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const sampleContent = join(project, 'tests', 'fixtures', 'sample-council', 'content');
const out = mkdtempSync(join(tmpdir(), 'sample-council-'));
let build: { status: number | null; output: string };

beforeAll(() => {
  const result = spawnSync(
    process.execPath,
    [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, LOCAL_OFFER_CONTENT: sampleContent, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 280_000,
    },
  );
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 300_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

const files = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/'));
const htmlFiles = () => files().filter((file) => file.endsWith('.html'));

/** The text a reader or a crawler can get: every page, feed and script, and the search index's page fragments. */
function publishedText(file: string): string | undefined {
  const path = join(out, file);
  if (/\.(html|xml|json|js|css|txt|svg|ics)$/.test(file)) return readFileSync(path, 'utf8');
  if (file.endsWith('.pf_fragment')) return gunzipSync(readFileSync(path)).toString('utf8');
  return undefined;
}

describe('a second council built from its own content folder', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).toMatch(/indexed \d+ pages .* in en-gb, pl\b/);
  });

  it('is published in its own languages only, under its own name', () => {
    const prefixes = new Set(htmlFiles().map((file) => file.split('/')[0]));
    expect(prefixes.has('pl')).toBe(true);
    for (const other of ['ro', 'zh', 'pt', 'ar']) expect(prefixes.has(other)).toBe(false);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<title>Exampleton SEND Local Offer');
    expect(home).toContain('Exampleton Borough Council');
    expect(readFileSync(join(out, 'pl', 'index.html'), 'utf8')).toContain('Oferta lokalna SEND w Exampleton');
  });

  it("names its own OAP guide, and says nothing of a draft when its guide is final", () => {
    const area = join(out, 'ordinarily-available-provision', 'communication-and-interaction');
    for (const file of [join(area, 'index.html'), join(area, 'easy-read', 'index.html')]) {
      const guide = parse(readFileSync(file, 'utf8')).querySelector('[data-oap-guide]');
      expect(guide?.querySelector('a[href="https://example.org/exampleton/everyday-help-guide"]'), file).toBeTruthy();
      expect(guide?.querySelectorAll('a[href^="tel:"]'), file).toHaveLength(0);
    }
    const standard = parse(readFileSync(join(area, 'index.html'), 'utf8'));
    expect(standard.querySelector('[data-oap-guide]')?.text).toContain('called Everyday Help in Exampleton Schools.');
  });

  it('says nothing of Plymouth: no name, number, address or URL of its council or directory', () => {
    const patterns = councilWords();
    const checked = files().flatMap((file) => {
      const text = publishedText(file);
      return text === undefined ? [] : [file];
    });
    expect(checked.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
    const leaks = checked.flatMap((file) =>
      councilWordsIn(publishedText(file) ?? '', patterns).map((word) => `${file}: ${word}`),
    );
    expect(leaks).toEqual([]);
  });

  it('has valid markup on every page, and every link, image, script and form finds its target', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const html = readFileSync(join(out, file), 'utf8');
      const markup = await markupProblems(html, file);
      if (markup) problems.push(markup);
      problems.push(...brokenReferences(parse(html), urlPathOf(file), out).map((ref) => `${file}: ${ref}`));
    }
    expect(problems).toEqual([]);
  });
});

// The sample council served as a council would serve it (docs/new-council.md): `node scripts/serve.ts` with its own
// content folder and build, then every page opened in Chromium.
describe('the second council in a real browser', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let baseURL = '';
  const paths = () => htmlFiles().map(urlPathOf);
  const started = () => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };

  beforeAll(async () => {
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(project, 'scripts', 'serve.ts')], {
      cwd: project,
      env: {
        ...process.env,
        DIST: out,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOCAL_OFFER_CONTENT: sampleContent,
        FEEDBACK_DB: join(out, 'feedback.db'),
        DATABASE_URL: '',
      },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const up = await fetch(`${baseURL}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`The sample council's server did not answer on ${baseURL}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('passes axe on every page, with a clean console and nothing fetched from elsewhere', async () => {
    const page = await (await started().newContext({ baseURL })).newPage();
    await installAxe(page);
    const failures: string[] = [];
    for (const path of paths()) failures.push(...(await accessibleAndClean(page, path, baseURL)));
    expect(paths().length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 600_000);

  it('shows every page without JavaScript at 320 CSS pixels, with nothing scrolling sideways', async () => {
    const context = await started().newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths()) failures.push(...(await worksWithoutJavaScriptAt320(page, path)));
    expect(failures).toEqual([]);
  }, 600_000);

  it("wears its own colours: the header is the council's brand colour from site.yaml", async () => {
    const page = await (await started().newContext({ baseURL })).newPage();
    for (const [scheme, colour] of [
      ['light', 'rgb(107, 45, 92)'],
      ['dark', 'rgb(79, 32, 68)'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      const background = await page.evaluate(() => {
        const header = document.querySelector('.site-header');
        return header ? getComputedStyle(header).backgroundColor : 'no header';
      });
      expect(background, scheme).toBe(colour);
    }
  });

  it('can be used with the keyboard: the skip link comes first and Tab walks the page to its footer', async () => {
    const page = await (await started().newContext({ baseURL })).newPage();
    for (const path of ['/', '/pl/', '/contact/', '/directory/']) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), path).toBe('#main-content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash), path).toBe('#main-content');
      const seen: string[] = [];
      for (let i = 0; i < 200; i += 1) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const element = document.activeElement;
          return element?.closest('footer') ? 'footer' : (element?.outerHTML.slice(0, 80) ?? 'none');
        });
        if (at === 'footer') break;
        seen.push(at);
      }
      expect(seen.length, `${path}: Tab never reached the footer`).toBeLessThan(200);
    }
  }, 120_000);
});
