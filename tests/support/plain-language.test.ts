import { describe, expect, it } from 'vitest';
import { isAbbreviation, markdownSentences, readingEase, textSentences } from './plain-language.ts';

describe('plain-language helpers', () => {
  it('splits Markdown into sentences with their line numbers, skipping frontmatter', () => {
    const sentences = markdownSentences('---\ntitle: x\n---\n\nThe dog ran. It was happy.\n\n- A list item\n');
    expect(sentences.map((s) => [s.text, s.words.length, s.line])).toEqual([
      ['The dog ran.', 3, 5],
      ['It was happy.', 3, 5],
      ['A list item', 3, 7],
    ]);
  });

  it('reads the diagrams in raw HTML as one sentence per list item', () => {
    const sentences = markdownSentences(
      '<ol class="cycle">\n<li><strong>Assess</strong> Find out</li>\n<li>Plan it</li>\n</ol>\n',
    );
    expect(sentences.map((s) => s.words)).toEqual([
      ['Assess', 'Find', 'out'],
      ['Plan', 'it'],
    ]);
  });

  it('counts words in a YAML string at its line', () => {
    expect(textSentences('One two three. Four.', 12).map((s) => [s.words.length, s.line])).toEqual([
      [3, 12],
      [1, 12],
    ]);
  });

  it('ends a sentence after a number', () => {
    expect(textSentences('Advice for people up to 25. It is free.').map((s) => s.words.length)).toEqual([6, 3]);
  });

  it('knows an abbreviation when it sees one', () => {
    expect(['SEND', 'EHCPs', 'A&E', 'SEN'].every(isAbbreviation)).toBe(true);
    expect(['SENCo', 'PL1', 'I', 'Plymouth', 'a'].some(isAbbreviation)).toBe(false);
  });

  it('scores short, simple sentences as easier to read than long, complicated ones', () => {
    const easy = readingEase(textSentences('The dog ran. The cat sat. We had fun.'));
    const hard = readingEase(
      textSentences(
        'Comprehensive multidisciplinary assessments necessitate considerable organisational coordination.',
      ),
    );
    expect(easy).toBeGreaterThan(hard);
  });
});
