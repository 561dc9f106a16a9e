import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cspHashesFile } from '../lib/build/csp-hashes-file.ts';
import { temporaryFolder } from '../../tests/support/temporary-folder.ts';
import { inlineHashes } from './csp-hashes.ts';
import { finishBuild } from './post-build.ts';

const page = (lang: string, dir: string, body: string) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><title>Contact</title></head><body><main>${body}</main></body></html>`;
const inlineScript = '<script>document.documentElement.classList.add("js")</script>';

describe('the pass after the build', () => {
  const root = temporaryFolder('post-build', {
    'index.html': page('en-GB', 'ltr', `<h1>Contact</h1><p>Ring Plymouth City Council.</p>${inlineScript}`),
    'ar/contact/index.html': page('ar', 'rtl', '<h1>اتصل بنا</h1><p>اتصل بـ Plymouth City Council اليوم.</p>'),
    '_astro/site.css': 'body { margin: 0; }\n'.repeat(20),
  });

  it('finishes, hashes, indexes and compresses every page in one go', async () => {
    const summary = await finishBuild(root);
    expect(summary).toMatchObject({ pages: 2, changed: 1, indexed: 2 });
    // The glossary's own results are in every language; the pages add theirs.
    expect(summary.languages).toEqual(expect.arrayContaining(['ar', 'en-gb']));

    const arabic = readFileSync(`${root}/ar/contact/index.html`, 'utf8');
    expect(arabic).toContain('<span lang="en-GB" dir="ltr">Plymouth City Council</span>');
    expect(readFileSync(`${root}/index.html`, 'utf8')).not.toContain('<span lang="en-GB"');

    const hashes = JSON.parse(readFileSync(`${root}/${cspHashesFile}`, 'utf8')) as unknown;
    expect(hashes).toEqual({ scripts: inlineHashes(inlineScript).scripts, styles: [] });

    // The copies are of the finished page, not of what Astro wrote.
    expect(brotliDecompressSync(readFileSync(`${root}/ar/contact/index.html.br`)).toString()).toBe(arabic);
    for (const file of ['index.html', '_astro/site.css', cspHashesFile, 'pagefind/pagefind-entry.json']) {
      expect([existsSync(`${root}/${file}.br`), existsSync(`${root}/${file}.gz`)], file).toEqual([true, true]);
    }
    expect(summary.compressed).toBeGreaterThan(6);
  });
});
