import { join, resolve } from 'node:path';

/**
 * The folder the council's content is read from: `content/` in the project folder, or the folder LOCAL_OFFER_CONTENT
 * names (another council's content, or the sample council in tests/fixtures/). Every reader of content files, the
 * content collections included, asks here, so one variable moves them all.
 *
 * From the project folder (where Astro, the function and the tests run), not from this module: it is also bundled
 * into dist/ at build time, where a path relative to the module would point inside dist/.
 */
export function contentDir(): string {
  return resolve(process.env['LOCAL_OFFER_CONTENT'] ?? 'content');
}

/** A path inside the content folder: `contentPath('directory')` is `<content>/directory`. */
export function contentPath(...parts: string[]): string {
  return join(contentDir(), ...parts);
}
