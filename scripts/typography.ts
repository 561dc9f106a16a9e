/**
 * Writes typographic punctuation (curly quotes and apostrophes, dashes, ellipses) into the site's Markdown pages, exactly
 * as the build's SmartyPants step would render them (src/lib/markdown/typographic-markdown.ts), so pages read the same and
 * build faster. Only the punctuation changes; the command says which files it rewrote, and any line it could not.
 *
 *   npm run typography
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPath } from '../src/lib/content/content-dir.ts';
import { withTypography } from '../src/lib/markdown/typographic-markdown.ts';

const pages = contentPath('pages');
let rewritten = 0;
const unfixed: string[] = [];
for (const name of readdirSync(pages, { recursive: true, encoding: 'utf8' }).sort()) {
  if (!name.endsWith('.md')) continue;
  const file = join(pages, name);
  const before = readFileSync(file, 'utf8');
  const { markdown, unfixedLines } = await withTypography(before);
  unfixed.push(...unfixedLines.map((line) => `${file}:${line}`));
  if (markdown === before) continue;
  writeFileSync(file, markdown);
  rewritten += 1;
}
console.log(`Rewrote ${rewritten} Markdown files with typographic punctuation.`);
if (unfixed.length > 0) {
  console.log(
    `Left as they are (escaped or written as an entity, or the new punctuation would change how the file reads; the build still makes them typographic):\n${unfixed.join('\n')}`,
  );
}
