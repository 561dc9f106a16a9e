import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataTranslationStatus, translationStatus, translationTable } from './translation-status.ts';

function write(root: string, path: string, frontmatter: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `---\n${frontmatter}\n---\n\nWords.\n`);
}

describe('translation status', () => {
  it('says, for each page and language, translated, out of date or missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-'));
    write(root, 'en/short-breaks.md', 'title: Short breaks\nversion: 3');
    write(root, 'en/easy-read/ehcp.md', 'title: Plans');
    write(root, 'pl/short-breaks.md', 'title: Krótkie przerwy\ntranslationOf: { version: 3 }');
    write(root, 'ar/short-breaks.md', 'title: فترات\ntranslationOf: { version: 2 }');
    write(root, 'ro/easy-read/ehcp.md', 'title: Planuri\ntranslationOf: { version: 1 }');
    const rows = translationStatus(root);
    expect(rows.map((row) => [row.file, row.version, row.states])).toEqual([
      ['easy-read/ehcp.md', 1, { pl: 'missing', ro: 'translated', zh: 'missing', pt: 'missing', ar: 'missing' }],
      ['short-breaks.md', 3, { pl: 'translated', ro: 'missing', zh: 'missing', pt: 'missing', ar: 'out-of-date' }],
    ]);
    const table = translationTable(rows);
    expect(table).toContain('ar: 0 translated, 1 out of date, 1 missing');
    expect(table).toContain('pl: 1 translated, 0 out of date, 1 missing');
  });

  it('reads the real content: the pages families need first are translated in every language', () => {
    const rows = translationStatus(fileURLToPath(new URL('../../../content/pages/', import.meta.url)));
    const first = ['short-breaks.md', 'help-whilst-waiting.md', 'ehcp.md', 'easy-read/short-breaks.md', 'contact.md'];
    for (const file of first) {
      const row = rows.find((r) => r.file === file);
      expect(row, file).toBeDefined();
      expect(Object.values(row?.states ?? {}), file).toEqual(Array(5).fill('translated'));
    }
    // Every row names every language, so the report has no gaps.
    expect(rows.every((row) => Object.keys(row.states).length === 5)).toBe(true);
  });

  it('reads the checker and the glossary too: both translated in every language', () => {
    const rows = dataTranslationStatus(fileURLToPath(new URL('../../../content/', import.meta.url)));
    expect(rows.map((row) => row.file)).toEqual(['short-breaks/eligibility.yaml', 'glossary.yaml']);
    for (const row of rows) expect(Object.values(row.states), row.file).toEqual(Array(5).fill('translated'));
  });

  it('counts a glossary that lacks a newer English term as out of date, and a checker of an older version too', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(root, 'short-breaks', 'pl'), { recursive: true });
    mkdirSync(join(root, 'glossary'));
    writeFileSync(join(root, 'short-breaks', 'eligibility.yaml'), 'version: 2\n');
    writeFileSync(join(root, 'short-breaks', 'pl', 'eligibility.yaml'), 'translationOf: { version: 1 }\n');
    writeFileSync(join(root, 'glossary.yaml'), '- id: send\n- id: sen\n');
    writeFileSync(join(root, 'glossary', 'ro.yaml'), 'terms:\n  send: {}\n');
    writeFileSync(join(root, 'glossary', 'zh.yaml'), 'terms:\n  send: {}\n  sen: {}\n');
    const [checker, glossary] = dataTranslationStatus(root);
    expect(checker?.states).toMatchObject({ pl: 'out-of-date', ro: 'missing' });
    expect(glossary?.states).toMatchObject({ ro: 'out-of-date', zh: 'translated', pl: 'missing' });
  });
});
