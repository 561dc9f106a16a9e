import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHashesFile, type CspHashes } from '../lib/build/csp-hashes-file.ts';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline script and style element in some HTML. */
export function inlineHashes(html: string): CspHashes {
  const inline = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
      sha256(m[1] ?? ''),
    );
  return { scripts: inline('script'), styles: inline('style') };
}

/**
 * Astro hydrates React islands with a small inline script (and an inline style for <astro-island>). The
 * Content-Security-Policy forbids inline code unless its hash is listed, so after the build this records the hash of
 * every inline script and style in dist/ and the server allows exactly those.
 */
export function cspHashes(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const found = inlineHashes(await readFile(join(entry.parentPath, entry.name), 'utf8'));
          found.scripts.forEach((hash) => scripts.add(hash));
          found.styles.forEach((hash) => styles.add(hash));
        }
        const hashes: CspHashes = { scripts: [...scripts].sort(), styles: [...styles].sort() };
        await writeFile(join(root, cspHashesFile), `${JSON.stringify(hashes, null, 2)}\n`);
        logger.info(`${hashes.scripts.length} inline script and ${hashes.styles.length} inline style hashes`);
      },
    },
  };
}
