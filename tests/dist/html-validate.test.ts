import { HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml } from '../site-pages.ts';

const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    // Prettier-style void elements (<meta ... />) are what Astro emits; either form is valid HTML.
    'void-style': 'off',
    // Long paragraphs of plain text are content, not markup problems.
    'long-title': 'off',
    // React renders the formaction attribute as "formAction"; HTML attribute names are case-insensitive.
    'attr-case': 'off',
    // Headings in Polish, Chinese or Arabic get ids in their own script; HTML allows any id without spaces.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes shares one name, so a form sends each ticked value (the search filters: type=page&type=…).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
const format = formatterFactory('text');

describe('valid HTML', () => {
  it.each(htmlFiles())('%s', async (file) => {
    const report = await htmlvalidate.validateString(readHtml(file), file);
    expect(report.valid ? '' : format(report.results)).toBe('');
  });
});
