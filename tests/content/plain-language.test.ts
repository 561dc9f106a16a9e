/**
 * Plain-language checks over the words the council edits (content/): standard pages keep sentences to 25 words and
 * explain or link every abbreviation on first use; easy read keeps sentences to 15 words and uses no abbreviations.
 * A failure names the file, the line and the sentence. A table of reading-ease scores is printed at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  isAbbreviation,
  lineOf,
  markdownSentences,
  readingEase,
  textSentences,
  type SentenceInfo,
} from '../support/plain-language.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const content = join(root, 'content');
const standardLimit = 25;
const easyReadLimit = 15;

/**
 * Abbreviations a reader may meet unexplained, each with the reason. Everything else is explained in brackets on
 * first use, or is a glossary term (the build links its first use to the glossary).
 */
const understoodAbbreviations: Record<string, string> = {
  UK: 'the name of the country, understood by every reader',
  AA: 'the name of the WCAG conformance level, given in full as "level AA"',
};

interface GlossaryYamlTerm {
  term: string;
  aliases?: string[];
  plain: string;
  easyRead: string;
}

const glossaryPath = join(content, 'glossary.yaml');
const glossary = parse(readFileSync(glossaryPath, 'utf8')) as GlossaryYamlTerm[];
const glossaryWords = new Set(glossary.flatMap((t) => [t.term, ...(t.aliases ?? [])]).flatMap((p) => p.split(/\s+/)));

const readability: { file: string; kind: string; sentences: number; longest: number; ease: number }[] = [];

function relativePath(path: string): string {
  return relative(root, path);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f))
    .sort();
}

function tooLong(file: string, sentences: SentenceInfo[], limit: number): string[] {
  return sentences
    .filter((s) => s.words.length > limit)
    .map((s) => `${file}:${s.line}: ${s.words.length} words (at most ${limit}): "${s.text}"`);
}

/** The first use of each abbreviation must be explained in brackets, be a glossary term, or be well understood. */
function unexplainedAbbreviations(file: string, sentences: SentenceInfo[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!isAbbreviation(word) || seen.has(word)) continue;
      seen.add(word);
      const singular = word.replace(/s$/, '');
      const explained =
        glossaryWords.has(word) ||
        glossaryWords.has(singular) ||
        word in understoodAbbreviations ||
        new RegExp(`\\([^)]*\\b${word}\\b[^)]*\\)`).test(sentence.text) ||
        sentence.text.includes(`${word} (`);
      if (!explained) {
        problems.push(`${file}:${sentence.line}: "${word}" is not explained on first use: "${sentence.text}"`);
      }
    }
  }
  return problems;
}

function abbreviationsIn(file: string, sentences: SentenceInfo[]): string[] {
  return sentences.flatMap((s) =>
    s.words.filter(isAbbreviation).map((word) => `${file}:${s.line}: no abbreviations in easy read ("${word}"): "${s.text}"`),
  );
}

function record(file: string, kind: string, sentences: SentenceInfo[]) {
  readability.push({
    file,
    kind,
    sentences: sentences.length,
    longest: Math.max(0, ...sentences.map((s) => s.words.length)),
    ease: Math.round(readingEase(sentences)),
  });
}

interface EasyReadFrontmatter {
  title: string;
  summary: string;
  sections: { heading: string; ideas: { icon: string; alt: string; text: string }[] }[];
}

/** Every sentence of an easy-read page's title, summary, headings and ideas, with its line in the file. */
function easyReadSentences(source: string, data: EasyReadFrontmatter): SentenceInfo[] {
  const texts = [
    data.title,
    data.summary,
    ...data.sections.flatMap((section) => [section.heading, ...section.ideas.map((idea) => idea.text)]),
  ];
  return texts.flatMap((text) => textSentences(text, lineOf(source, text)));
}

function frontmatter(source: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  return (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>;
}

const pageFiles = markdownFiles(join(content, 'pages')).filter((f) => !f.includes('/easy-read/'));
const easyReadFiles = markdownFiles(join(content, 'pages')).filter((f) => f.includes('/easy-read/'));
const oapFiles = readdirSync(join(content, 'oap'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(content, 'oap', f));

describe('standard pages: sentences of 25 words at most, abbreviations explained', () => {
  it.each(pageFiles.filter((f) => f.includes('/pages/en/')).map((f) => [relativePath(f), f]))('%s', (name, path) => {
    const source = readFileSync(path, 'utf8');
    const data = frontmatter(source) as { title: string; summary: string };
    const sentences = [
      ...textSentences(data.summary, lineOf(source, data.summary)),
      ...markdownSentences(source),
    ];
    record(name, 'page', sentences);
    expect([...tooLong(name, sentences, standardLimit), ...unexplainedAbbreviations(name, sentences)]).toEqual([]);
  });
});

describe('easy-read pages: sentences of 15 words at most, no abbreviations, a picture with alt text for every idea', () => {
  it.each(easyReadFiles.filter((f) => f.includes('/pages/en/')).map((f) => [relativePath(f), f]))('%s', (name, path) => {
    const source = readFileSync(path, 'utf8');
    const data = frontmatter(source) as unknown as EasyReadFrontmatter;
    const sentences = easyReadSentences(source, data);
    record(name, 'easy read', sentences);
    const missingPictures = data.sections
      .flatMap((s) => s.ideas)
      .filter((idea) => !idea.icon || !idea.alt.trim())
      .map((idea) => `${name}:${lineOf(source, idea.text)}: this idea has no picture or alt text: "${idea.text}"`);
    expect([...tooLong(name, sentences, easyReadLimit), ...abbreviationsIn(name, sentences), ...missingPictures]).toEqual(
      [],
    );
  });
});

describe('Ordinarily Available Provision', () => {
  it.each(oapFiles.map((f) => [relativePath(f), f]))('%s: plain text and easy read', (name, path) => {
    const source = readFileSync(path, 'utf8');
    const data = parse(source) as {
      summary: string;
      intro: string;
      mightPresent: string[];
      mayFindHard: string[];
      strategies: { text: string }[];
      easyRead: EasyReadFrontmatter;
    };
    const texts = [data.summary, data.intro, ...data.mightPresent, ...data.mayFindHard, ...data.strategies.map((s) => s.text)];
    const sentences = texts.flatMap((text) => textSentences(text, lineOf(source, text)));
    const easy = easyReadSentences(source, data.easyRead);
    record(name, 'oap', sentences);
    record(`${name} (easy read)`, 'easy read', easy);
    expect([
      ...tooLong(name, sentences, standardLimit),
      ...unexplainedAbbreviations(name, sentences),
      ...tooLong(name, easy, easyReadLimit),
      ...abbreviationsIn(name, easy),
    ]).toEqual([]);
  });
});

describe('glossary', () => {
  it('has at least 40 terms, with plain and easy-read meanings that follow the rules', () => {
    const source = readFileSync(glossaryPath, 'utf8');
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    const problems = glossary.flatMap((term) => {
      const plain = textSentences(term.plain, lineOf(source, term.plain));
      const easy = textSentences(term.easyRead, lineOf(source, term.easyRead));
      return [
        ...tooLong('content/glossary.yaml', plain, standardLimit),
        ...tooLong('content/glossary.yaml', easy, easyReadLimit),
        ...abbreviationsIn('content/glossary.yaml', easy),
      ];
    });
    expect(problems).toEqual([]);
  });
});

afterAll(() => {
  if (readability.length === 0) return;
  const rows = [...readability].sort((a, b) => a.ease - b.ease);
  const width = Math.max(...rows.map((r) => r.file.length));
  const lines = rows.map(
    (r) => `${r.file.padEnd(width)}  ${r.kind.padEnd(9)}  ${String(r.sentences).padStart(4)}  ${String(r.longest).padStart(7)}  ${String(r.ease).padStart(4)}`,
  );
  const median = (kind: string) => {
    const scores = rows.filter((r) => r.kind === kind).map((r) => r.ease).sort((a, b) => a - b);
    return scores[Math.floor(scores.length / 2)] ?? 0;
  };
  console.log(
    [
      'Reading ease (Flesch: higher is easier; 60+ is plain English, 80+ is easy)',
      `${'file'.padEnd(width)}  kind       sent.  longest  ease`,
      ...lines,
      `median: pages ${median('page')}, OAP ${median('oap')}, easy read ${median('easy read')}`,
    ].join('\n'),
  );
});
