import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../../tests/support/temporary-folder.ts';
import { localeCodes } from '../../i18n/locales.ts';
import { pictureSchema } from '../../schemas/picture.ts';
import { readPictures } from './picture-data.ts';

const folder = join(process.cwd(), 'content', 'pictures');
const pagesFolder = join(process.cwd(), 'content', 'pages');
const raw = (name: string) => parse(readFileSync(join(folder, `${name}.yaml`), 'utf8')) as Record<string, unknown>;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownFiles(join(dir, entry.name))
      : entry.name.endsWith('.md')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the pictures in content/pictures', () => {
  const pictures = readPictures();

  it('are read through the schema, one per file, each with words in every language of the site', () => {
    expect(Object.keys(pictures).sort()).toEqual([
      'assess-plan-do-review',
      'kinds-of-short-breaks',
      'routes-after-year-11',
    ]);
    for (const picture of Object.values(pictures)) {
      expect(Object.keys(picture.words).sort()).toEqual([...localeCodes].sort());
    }
    expect(pictures['assess-plan-do-review']?.kind).toBe('cycle');
    expect(pictures['routes-after-year-11']?.kind).toBe('routes');
    expect(pictures['kinds-of-short-breaks']?.kind).toBe('kinds');
  });

  it('each stand on their page, in every language, as a paragraph of their own', () => {
    for (const [name, picture] of Object.entries(pictures)) {
      for (const code of localeCodes) {
        const lines = readFileSync(join(pagesFolder, code, `${picture.page.slice(1, -1)}.md`), 'utf8').split('\n');
        const at = lines.flatMap((line, index) => (line === `[[picture: ${name}]]` ? [index] : []));
        expect(at, `${code}${picture.page}`).toHaveLength(1);
        const [index = 0] = at;
        expect([lines[index - 1], lines[index + 1]], `${code}${picture.page}`).toEqual(['', '']);
      }
    }
  });

  it('say what they show in English sentences under 25 words, as the pages do', () => {
    for (const picture of Object.values(pictures)) {
      for (const sentence of picture.words.en.alt.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(/\s+/).length, sentence).toBeLessThan(25);
      }
    }
  });

  it('are the only pictures pages ask for', () => {
    const asked = markdownFiles(pagesFolder).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\[\[\s*picture\s*:\s*(.*?)\s*\]\]/g)].map((m) => m[1]),
    );
    expect(asked.length).toBe(3 * localeCodes.length);
    for (const name of asked) expect(Object.keys(pictures)).toContain(name);
  });
});

describe('the picture schema', () => {
  it('requires every language the site has, and no other', () => {
    const picture = raw('kinds-of-short-breaks');
    const words = picture['words'] as Record<string, unknown>;
    const { ar: _, ...withoutArabic } = words;
    const missing = pictureSchema.safeParse({ ...picture, words: withoutArabic });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toContain('words.ar');

    const extra = pictureSchema.safeParse({ ...picture, words: { ...words, fr: words['en'] } });
    expect(extra.success).toBe(false);
  });

  it('fails a translation that draws less than the English', () => {
    const picture = raw('routes-after-year-11');
    const words = picture['words'] as Record<string, { routes: unknown[] }>;
    const pl = words['pl'];
    if (!pl) throw new Error('no Polish words');
    const result = pictureSchema.safeParse({
      ...picture,
      words: { ...words, pl: { ...pl, routes: pl.routes.slice(1) } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/has 4 routes where English has 5 routes/);
  });

  it('fails a cycle that is not 4 steps, a missing alt text, and a label over two lines', () => {
    const picture = raw('assess-plan-do-review');
    const words = picture['words'] as Record<string, { steps: unknown[]; alt?: string; title: string }>;
    const en = words['en'];
    if (!en) throw new Error('no English words');
    const variants = [
      { ...en, steps: en.steps.slice(0, 3) },
      { title: en.title, steps: en.steps },
      { ...en, title: 'Two\nlines' },
    ];
    for (const variant of variants) {
      expect(pictureSchema.safeParse({ ...picture, words: { ...words, en: variant } }).success).toBe(false);
    }
  });
});

describe('reading pictures', () => {
  const temporary = temporaryFolder('pictures', {
    'broken.yaml': 'kind: cycle\npage: /graduated-approach/\nwords: {}\n',
  });

  it('names the file and the field when a picture is wrong', () => {
    expect(() => readPictures(pathToFileURL(join(temporary, '/')))).toThrow(
      /content\/pictures\/broken\.yaml: words\.en/,
    );
  });
});
