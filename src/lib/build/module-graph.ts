import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

/** A module's static imports, with the size and time of the file they were read from. */
interface ReadImports {
  stamp: string;
  imports: string[];
}

const readImports = new Map<string, ReadImports>();

/**
 * The modules a built module imports, as paths from the site's root. Read once for each version of the file: a build
 * has hundreds of pages with islands and a handful of modules, which were read and searched again for every page.
 */
function importsOf(path: string, root: string): string[] {
  const file = join(root, path.replace(/^\//, ''));
  const { size, mtimeMs } = statSync(file);
  const stamp = `${size}:${mtimeMs}`;
  const known = readImports.get(file);
  if (known?.stamp === stamp) return known.imports;
  const source = readFileSync(file, 'utf8');
  const imports = [...source.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)].map(
    (match) => new URL(match[1] ?? '', `http://site${path}`).pathname,
  );
  readImports.set(file, { stamp, imports });
  return imports;
}

/**
 * Every JavaScript module a built page loads: its islands' components and renderers and its scripts, each followed
 * through the static imports Vite writes (`from"../x.js"`, `import"../x.js"`), as paths from the site's root. Used by
 * the build (module preloading), the size budgets and the page-weight benchmark, so all three see the same modules.
 */
export function pageScripts(html: string, root: string, entries = pageEntryScripts(html)): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    importsOf(path, root).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

/**
 * The modules a page names itself: its islands' components and renderers, and its scripts. (A tokenizer, not a
 * document tree: the build asks this of hundreds of pages, and only these tags' attributes matter.)
 */
export function pageEntryScripts(html: string): Set<string> {
  // Islands first, then scripts, each in the order of the page, as the modules are preloaded in this order.
  const islands: (string | undefined)[] = [];
  const scripts: (string | undefined)[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'astro-island') islands.push(attributes['component-url'], attributes['renderer-url']);
        else if (name === 'script') scripts.push(attributes['src']);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return new Set([...islands, ...scripts].filter((entry): entry is string => Boolean(entry)));
}
