import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml } from '../site-pages.ts';
import { markupProblems } from '../support/html-validator.ts';

describe('valid HTML', () => {
  it.each(htmlFiles())('%s', async (file) => {
    expect(await markupProblems(readHtml(file), file)).toBe('');
  });
});
