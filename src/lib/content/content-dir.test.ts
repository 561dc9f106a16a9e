import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir, contentPath } from './content-dir.ts';
import { readGlossary } from '../glossary/glossary-data.ts';
import { readStatutoryItems } from './statutory-items.ts';
import { directoryDir } from '../directory/directory-data.ts';

describe('the content folder', () => {
  const before = process.env['LOCAL_OFFER_CONTENT'];
  afterEach(() => {
    if (before === undefined) delete process.env['LOCAL_OFFER_CONTENT'];
    else process.env['LOCAL_OFFER_CONTENT'] = before;
  });

  it('is content/ in the project folder unless LOCAL_OFFER_CONTENT names another', () => {
    delete process.env['LOCAL_OFFER_CONTENT'];
    expect(contentDir()).toBe(resolve('content'));
    process.env['LOCAL_OFFER_CONTENT'] = 'tests/fixtures/elsewhere';
    expect(contentDir()).toBe(resolve('tests/fixtures/elsewhere'));
    expect(contentPath('directory')).toBe(resolve('tests/fixtures/elsewhere/directory'));
    expect(directoryDir()).toBe(resolve('tests/fixtures/elsewhere/directory'));
  });

  it('moves every reader with it: another council has its own glossary and statutory items', () => {
    const other = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      writeFileSync(
        join(other, 'glossary.yaml'),
        ['- id: only-term', '  term: Only term', '  aliases: []', '  plain: The one term this council explains.', '  easyRead: The one word we explain.'].join('\n'),
      );
      cpSync('content/statutory-items.yaml', join(other, 'statutory-items.yaml'));
      process.env['LOCAL_OFFER_CONTENT'] = other;
      expect(readGlossary().map((term) => term.id)).toEqual(['only-term']);
      expect(readStatutoryItems().length).toBeGreaterThan(0);
      rmSync(join(other, 'statutory-items.yaml'));
      expect(() => readStatutoryItems()).toThrow(/statutory-items\.yaml/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
