import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withTypography } from './typographic-markdown.ts';
import { remarkTypography } from './typography.ts';

/** Astro's Markdown pipeline as the site ran it before: SmartyPants on every page. */
const astroSmartypants = await createMarkdownProcessor({ smartypants: true });
/** The site's pipeline now: SmartyPants off, the typography plugin in its place. */
const sitePipeline = await createMarkdownProcessor({ smartypants: false, remarkPlugins: [remarkTypography] });
/** No SmartyPants at all: what a page written with typographic punctuation needs. */
const plainPipeline = await createMarkdownProcessor({ smartypants: false });

const html = async (processor: typeof astroSmartypants, markdown: string) => (await processor.render(markdown)).code;

/** Markdown made of words, punctuation SmartyPants changes, and the inline and block syntax around which it pairs quotes. */
const markdownText = fc
  .array(
    fc.constantFrom(
      'parent',
      "child's",
      'EHC plan',
      ' ',
      ' ',
      '\n',
      '\n\n',
      '"',
      "'",
      '`',
      '``',
      '--',
      '---',
      '...',
      '. . .',
      '*',
      '**',
      '[a link](/contact/)',
      '`code "here"`',
      '# ',
      '- ',
      '| a | b |\n| --- | --- |\n| "x" | y\'s |\n',
      '\\"',
      '&quot;',
      '“',
      '’',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('typographic punctuation', () => {
  it('is what Astro’s SmartyPants made, page for page, whether the Markdown has straight quotes or not', async () => {
    await fc.assert(
      fc.asyncProperty(markdownText, async (markdown) => {
        expect(await html(sitePipeline, markdown)).toBe(await html(astroSmartypants, markdown));
      }),
      { numRuns: 1000 },
    );
  });

  it('written into the Markdown, renders without SmartyPants as the original did with it', async () => {
    await fc.assert(
      fc.asyncProperty(markdownText, async (markdown) => {
        const { markdown: typographic, unfixedLines } = await withTypography(markdown);
        fc.pre(unfixedLines.length === 0);
        expect(await html(plainPipeline, typographic)).toBe(await html(astroSmartypants, markdown));
      }),
      { numRuns: 1000 },
    );
  });

  it('changes only the punctuation in the text, and leaves the frontmatter, links and code as they were', async () => {
    const markdown = [
      '---',
      "title: Children's social care",
      '---',
      '',
      'We call it "You said, we did". It\'s [the council\'s page](/contact/ "Council\'s page") -- see `don\'t`...',
      '',
      '```',
      'echo "as typed"',
      '```',
      '',
    ].join('\n');
    expect((await withTypography(markdown)).markdown).toBe(
      [
        '---',
        "title: Children's social care",
        '---',
        '',
        'We call it “You said, we did”. It’s [the council’s page](/contact/ "Council\'s page") — see `don\'t`…',
        '',
        '```',
        'echo "as typed"',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('reports the lines it cannot rewrite in place, where the source is not the text it reads as', async () => {
    const { markdown, unfixedLines } = await withTypography('First line.\n\nAn escaped \\"quote\\" here.\n');
    expect(markdown).toBe('First line.\n\nAn escaped \\"quote\\" here.\n');
    expect(unfixedLines).toEqual([3]);
  });

  it('leaves a file as it was when the new punctuation would change how it is read', async () => {
    // "``" becomes a quote, and the line would then open a code block.
    const markdown = "```parent``\n\nIt's here.\n";
    expect(await withTypography(markdown)).toEqual({ markdown, unfixedLines: [1, 3] });
  });

  it('leaves Markdown that is already typographic as it is', async () => {
    const markdown = 'It’s “ready” – and so on…\n';
    expect((await withTypography(markdown)).markdown).toBe(markdown);
  });
});
