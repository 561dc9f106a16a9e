import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { readGlossary } from './glossary-data.ts';
import { siteConfig } from '../site.config.ts';

// From the project folder, where Astro and the tests run: this module is also bundled into dist/ at build time, where
// a path relative to the module would point inside dist/.
const contentFolder = pathToFileURL(join(process.cwd(), 'content', '/'));

/** An acronym such as SEND, SENCo or EHCP: two capitals or more, never a word of another language. */
const acronym = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9-]*$/;

/**
 * Names that stay English in every language, for marking them `lang="en"` in translated pages: the council's and
 * every directory organisation's and service's name, and the glossary's terms and aliases of two words or more, or
 * acronyms. (A single English word such as "autism" is left out: Romanian spells it the same.)
 */
let cache: string[] | undefined;

export function readEnglishNames(): string[] {
  cache ??= collectNames();
  return cache;
}

function collectNames(): string[] {
  const directory = new URL('directory/', contentFolder);
  const entries = readdirSync(directory)
    .filter((file) => file.endsWith('.yaml'))
    .map(
      (file) =>
        parse(readFileSync(new URL(file, directory), 'utf8')) as { name?: string; organization?: { name?: string } },
    );
  const glossaryNames = readGlossary().flatMap((term) => [term.term, ...term.aliases]);
  const names = [
    siteConfig.councilName,
    ...entries.flatMap((entry) => [entry.name, entry.organization?.name]),
    ...glossaryNames.filter((name) => name.includes(' ') || acronym.test(name)),
  ];
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name.length > 1))];
}
