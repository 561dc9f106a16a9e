import { createHash } from 'node:crypto';
import type { CspHashes } from '../lib/build/csp-hashes-file.ts';

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
