import { readDirectory } from '../directory/directory-data.ts';
import { readGlossary } from '../glossary/glossary-data.ts';
import { siteConfig } from '../../site.config.ts';

/** An acronym such as SEND, SENCo or EHCP: two capitals or more, never a word of another language. */
const acronym = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9-]*$/;

let cache: string[] | undefined;

/**
 * Names that stay English in every language, for marking them `lang="en"` in translated pages: the council's and
 * every directory organisation's and service's name, and the glossary's terms and aliases of two words or more, or
 * acronyms. (A single English word such as "autism" is left out: Romanian spells it the same.)
 */
export function readEnglishNames(): string[] {
  cache ??= collectNames();
  return cache;
}

function collectNames(): string[] {
  const entries = readDirectory();
  const glossaryNames = readGlossary().flatMap((term) => [term.term, ...term.aliases]);
  const names = [
    siteConfig.councilName,
    ...entries.flatMap((entry) => [entry.name, entry.organization.name]),
    ...glossaryNames.filter((name) => name.includes(' ') || acronym.test(name)),
  ];
  return [...new Set(names.filter((name) => name.length > 1))];
}
