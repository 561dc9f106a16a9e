import { HtmlValidate, formatterFactory } from 'html-validate';

/** The markup rules every built page is held to (html-validate's recommended and accessibility sets). */
export const htmlValidator = new HtmlValidate({
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

/** html-validate's problems as text: empty when the page is valid. */
export async function markupProblems(html: string, name: string): Promise<string> {
  const report = await htmlValidator.validateString(html, name);
  return report.valid ? '' : formatterFactory('text')(report.results);
}
