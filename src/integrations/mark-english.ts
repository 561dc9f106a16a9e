import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { locales } from '../i18n/locales.ts';
import { usesLatinScript } from '../lib/english-fragments.ts';
import { markEnglish } from '../lib/rehype-mark-english.ts';

/**
 * A built page in Chinese or Arabic with every run of Latin letters in its body marked English: the names, acronyms
 * and English terms that interface strings, checker answers, summaries and directory entries carry, as well as the
 * Markdown (which the rehype step has marked already). Screen readers then switch to an English voice, and in Arabic
 * each name stays whole, left to right. Islands are left as React rendered them, so hydration finds what it expects.
 * Only the marked text changes: the rest of the page stays byte for byte as Astro wrote it (its attribute escaping,
 * which later steps and checks read). Undefined when nothing needed marking.
 */
export function withEnglishMarked(html: string, lang: string, rtl: boolean): string | undefined {
  const edits: { start: number; end: number; html: string }[] = [];
  markEnglish(
    fromHtml(html),
    lang,
    rtl,
    { names: [] },
    {
      text(original, replacement) {
        const { start, end } = original.position ?? {};
        if (start?.offset === undefined || end?.offset === undefined) throw new Error('text without a source position');
        edits.push({ start: start.offset, end: end.offset, html: toHtml({ type: 'root', children: replacement }) });
      },
      element(element) {
        const start = element.position?.start.offset;
        if (start === undefined) throw new Error(`<${element.tagName}> without a source position`);
        const at = start + 1 + element.tagName.length;
        edits.push({ start: at, end: at, html: ` lang="${String(element.properties.lang)}"` });
      },
    },
  );
  if (edits.length === 0) return undefined;
  let result = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.html + result.slice(edit.end);
  }
  return result;
}

/** Marks English in every built page of the languages not written in Latin letters. */
export function markEnglishFragments(): AstroIntegration {
  return {
    name: 'mark-english',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const locale of locales.filter((l) => !usesLatinScript(l.lang))) {
          for (const entry of await readdir(join(root, locale.code), { recursive: true, withFileTypes: true })) {
            if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
            const path = join(entry.parentPath, entry.name);
            const marked = withEnglishMarked(await readFile(path, 'utf8'), locale.lang, locale.dir === 'rtl');
            if (marked === undefined) continue;
            await writeFile(path, marked);
            pages += 1;
          }
        }
        logger.info(`marked English words in ${pages} pages`);
      },
    },
  };
}
