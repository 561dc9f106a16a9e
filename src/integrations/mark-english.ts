import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales.ts';
import { usesLatinScript } from '../lib/markdown/english-fragments.ts';
import { withEnglishMarked } from '../lib/markdown/rehype-mark-english.ts';

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
