import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { youSaidWeDidYear, type YouSaidWeDidYear } from '../../schemas/you-said-we-did.ts';
import { contentPath } from '../content/content-dir.ts';

/** Where the yearly files live. */
export const youSaidWeDidDir = (): string => contentPath('you-said-we-did');

/** A year file's front matter: the YAML between the first two `---` lines. */
export function frontMatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? parse(match[1] ?? '') : undefined;
}

/**
 * Every year file, validated; a schema error fails the build and names the file and the field. Read directly (not as
 * a content collection) because there are rightly none until the council has a year of feedback, and Astro warns
 * about empty collections on every page that reads one.
 */
export function readYouSaidWeDid(dir = youSaidWeDidDir()): YouSaidWeDidYear[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /^\d{4}\.md$/.test(file))
    .map((file) => {
      const result = youSaidWeDidYear.safeParse(frontMatter(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) {
        const first = result.error.issues[0];
        throw new Error(
          `content/you-said-we-did/${file}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`,
        );
      }
      return result.data;
    });
}

/** What /you-said-we-did/ shows: published years, newest first, with only the entries an officer completed. */
export function publishedResponses(years: YouSaidWeDidYear[]): YouSaidWeDidYear[] {
  return years
    .filter((year) => year.status === 'published')
    .map((year) => ({
      ...year,
      entries: year.entries.filter((e) => e.youSaid.trim() && e.weDid.trim()),
      searchGaps: year.searchGaps.filter((g) => g.youSaid.trim() && g.weDid.trim()),
    }))
    .filter((year) => year.entries.length > 0 || year.searchGaps.length > 0)
    .sort((a, b) => b.year - a.year);
}
