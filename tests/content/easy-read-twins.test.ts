import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pages = fileURLToPath(new URL('../../content/pages/en/', import.meta.url));
const topicPages = readdirSync(pages, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md') && !file.startsWith('easy-read'))
  .filter((file) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(pages, file), 'utf8'))?.[1] ?? '';
    const { kind = 'topic' } = parse(frontmatter) as { kind?: string };
    return kind === 'topic' || kind === 'life-stage';
  });

describe('easy read', () => {
  it('has topic pages to check', () => {
    expect(topicPages.length).toBeGreaterThan(10);
  });

  it.each(topicPages)('%s has an easy-read twin', (file) => {
    expect(existsSync(join(pages, 'easy-read', file))).toBe(true);
  });
});
