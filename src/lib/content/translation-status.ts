import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultLocale, locales, type LocaleCode } from '../../i18n/locales.ts';

/** Where a page stands in one language. */
export type TranslationState = 'translated' | 'out-of-date' | 'missing';

export interface TranslationRow {
  /**
   * The page's file under content/pages/en/, e.g. `short-breaks.md` or `easy-read/ehcp.md`; or, for the words kept
   * in data, the file under content/: `short-breaks/eligibility.yaml` (the checker) or `glossary.yaml`.
   */
  file: string;
  /** The English page's version. */
  version: number;
  /** Each other language's state. */
  states: Record<Exclude<LocaleCode, typeof defaultLocale>, TranslationState>;
}

interface Versions {
  version?: number;
  translationOf?: { version?: number };
}

function frontmatterOf(path: string): Versions {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  return (match ? parse(match[1] ?? '') : {}) as Versions;
}

/**
 * Every English page and easy-read twin, and whether each language has it: translated, out of date (the English page's
 * `version` is newer than the one the translation names), or missing. The council sees what to send for translation next.
 */
export function translationStatus(pagesDir: string): TranslationRow[] {
  const others = locales.map((l) => l.code).filter((code) => code !== defaultLocale);
  const english = join(pagesDir, defaultLocale);
  return readdirSync(english, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.split('\\').join('/'))
    .sort()
    .map((file) => {
      const version = frontmatterOf(join(english, file)).version ?? 1;
      const states = Object.fromEntries(
        others.map((code) => {
          const path = join(pagesDir, code, file);
          if (!existsSync(path)) return [code, 'missing'];
          const made = frontmatterOf(path).translationOf?.version ?? 0;
          return [code, made < version ? 'out-of-date' : 'translated'];
        }),
      ) as TranslationRow['states'];
      return { file, version, states };
    });
}

/** The status as a plain-text table, with a count per language. */
export function translationTable(rows: readonly TranslationRow[]): string {
  const codes = Object.keys(rows[0]?.states ?? {}) as (keyof TranslationRow['states'])[];
  const mark: Record<TranslationState, string> = { translated: 'yes', 'out-of-date': 'OLD', missing: '-' };
  const width = Math.max(4, ...rows.map((row) => row.file.length));
  const lines = [
    `${'page'.padEnd(width)}  ${codes.map((code) => code.padEnd(3)).join('  ')}`,
    ...rows.map((row) => `${row.file.padEnd(width)}  ${codes.map((code) => mark[row.states[code]].padEnd(3)).join('  ')}`),
    '',
    ...codes.map((code) => {
      const count = (state: TranslationState) => rows.filter((row) => row.states[code] === state).length;
      return `${code}: ${count('translated')} translated, ${count('out-of-date')} out of date, ${count('missing')} missing`;
    }),
  ];
  return lines.join('\n');
}

const others = () => locales.map((l) => l.code).filter((code) => code !== defaultLocale);

/**
 * The words kept in data rather than pages: the short breaks checker (content/short-breaks/<lang>/eligibility.yaml,
 * versioned like a page) and the glossary (content/glossary/<lang>.yaml: out of date while it lacks a term the
 * English glossary has, as it has no version of its own).
 */
export function dataTranslationStatus(contentDir: string): TranslationRow[] {
  const read = (path: string) => parse(readFileSync(path, 'utf8')) as Versions & Record<string, unknown>;
  const checker = read(join(contentDir, 'short-breaks', 'eligibility.yaml'));
  const checkerVersion = checker.version ?? 1;
  const termIds = (parse(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id);
  const state = (code: string, kind: 'checker' | 'glossary'): TranslationState => {
    const path =
      kind === 'checker'
        ? join(contentDir, 'short-breaks', code, 'eligibility.yaml')
        : join(contentDir, 'glossary', `${code}.yaml`);
    if (!existsSync(path)) return 'missing';
    const file = read(path);
    if (kind === 'checker') return (file.translationOf?.version ?? 0) < checkerVersion ? 'out-of-date' : 'translated';
    const terms = (file['terms'] ?? {}) as Record<string, unknown>;
    return termIds.every((id) => id in terms) ? 'translated' : 'out-of-date';
  };
  const row = (file: string, version: number, kind: 'checker' | 'glossary'): TranslationRow => ({
    file,
    version,
    states: Object.fromEntries(others().map((code) => [code, state(code, kind)])) as TranslationRow['states'],
  });
  return [row('short-breaks/eligibility.yaml', checkerVersion, 'checker'), row('glossary.yaml', 1, 'glossary')];
}
