/**
 * Another council's Local Offer from the same code: the sample council (tests/fixtures/sample-council/content, a
 * fictional Exampleton Borough Council in English and Polish) is built with LOCAL_OFFER_CONTENT, and its build must
 * pass, publish its own languages only, carry valid markup with links that resolve, and say nothing of Plymouth.
 */
import { spawnSync } from 'node:child_process';
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
