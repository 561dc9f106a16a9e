/**
 * Translation status for the council: `npm run translations [-- --json <file>]`. Prints, for every English page and
 * easy-read twin, the short breaks checker and the glossary, whether each language has it translated, out of date (the English page is newer) or missing, and
 * writes the same as JSON (default translation-status.json), so the council sees what to send for translation next.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir, contentPath } from '../src/lib/content/content-dir.ts';
import { dataTranslationStatus, translationStatus, translationTable } from '../src/lib/content/translation-status.ts';

const { values } = parseArgs({ options: { json: { type: 'string', default: 'translation-status.json' } } });
const rows = [...translationStatus(contentPath('pages')), ...dataTranslationStatus(contentDir())];
console.log(translationTable(rows));
writeFileSync(values.json, `${JSON.stringify({ generated: new Date().toISOString(), pages: rows }, null, 2)}\n`);
console.log(`\nWritten to ${values.json}`);
