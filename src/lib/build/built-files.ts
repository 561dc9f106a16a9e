import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** A file of the built site: where it is on disk, its name, and its path under the site's root ('/'-separated). */
export interface BuiltFile {
  path: string;
  name: string;
  relativePath: string;
}

/** Every file under a built site's root, in a stable order (so the search index is built the same way each time). */
export async function builtFiles(root: string): Promise<BuiltFile[]> {
  const files: BuiltFile[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.push({ path, name: entry.name, relativePath: relative(root, path).split(sep).join('/') });
  }
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

/** The URL path a built HTML file is served at, from its path under the site's root: `pl/contact/index.html` → `/pl/contact/`. */
export function urlPathOf(relativePath: string): string {
  return relativePath === '404.html' ? '/404.html' : `/${relativePath.replace(/index\.html$/, '')}`;
}
