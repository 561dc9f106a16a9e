import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/**
 * Every JavaScript module a built page loads: its islands' components and renderers and its scripts, each followed
 * through the static imports Vite writes (`from"../x.js"`, `import"../x.js"`), as paths from the site's root. Used by
 * the build (module preloading), the size budgets and the page-weight benchmark, so all three see the same modules.
 */
export function pageScripts(html: string, root: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = readFileSync(join(root, path.replace(/^\//, '')), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      visit(new URL(match[1] ?? '', `http://site${path}`).pathname);
    }
  };
  for (const entry of pageEntryScripts(html)) visit(entry);
  return seen;
}

/** The modules a page names itself: its islands' components and renderers, and its scripts. */
export function pageEntryScripts(html: string): Set<string> {
  const page = parse(html);
  const entries = [
    ...page
      .querySelectorAll('astro-island')
      .flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]),
    ...page.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
  ];
  return new Set(entries.filter((entry): entry is string => Boolean(entry)));
}
