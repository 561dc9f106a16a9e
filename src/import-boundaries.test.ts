import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * Lints `code` as if it were the file at `filePath`, with the project's own ESLint configuration. The probe file does not
 * exist, so type-aware rules (which need it in the TypeScript project) are off: the import rule needs no types.
 */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked }],
  });
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A parsing error would hide the rule: fail loudly instead of passing quietly.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the island boundary', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'Node'],
    ["import { getCollection } from 'astro:content';", 'Astro'],
    ["import { z } from 'astro/zod';", 'schema library'],
    ["import { Hono } from 'hono';", 'server'],
    ["import { feedbackInput } from '../schemas/feedback.ts';", 'browser-safe'],
    ["import { feedbackRoutes } from '../functions/feedback.ts';", 'browser-safe'],
  ])('refuses %s in island code', async (line, says) => {
    const messages = await lintAs('src/islands/boundary-probe.tsx', `${line}\nexport const probe = 1;\n`);
    expect(messages.join(' ')).toContain(says);
  });

  it('allows React and browser-safe library modules', async () => {
    const code =
      "import { useState } from 'react';\nimport { pageSize } from '../lib/directory/directory-facets.ts';\n";
    expect(
      await lintAs('src/islands/boundary-probe.tsx', `${code}export const probe = [useState, pageSize];\n`),
    ).toEqual([]);
  });
});

describe('imports point one way', () => {
  it.each([
    ['src/lib/search/probe.ts', "import SiteSearch from '../../islands/search/SiteSearch.tsx';"],
    ['src/lib/feedback/probe.ts', "import { feedbackRoutes } from '../../functions/feedback.ts';"],
    ['src/functions/probe.ts', "import { createSearchIndexer } from '../integrations/pagefind-index.ts';"],
    ['src/functions/probe.ts', "import { getCollection } from 'astro:content';"],
  ])('%s may not say %s', async (filePath, line) => {
    expect(await lintAs(filePath, `${line}\nexport const probe = 1;\n`)).toHaveLength(1);
  });

  it('lets the function and the build share src/lib', async () => {
    const line = "import { cspHashesFile } from '../lib/build/csp-hashes-file.ts';";
    expect(await lintAs('src/functions/probe.ts', `${line}\nexport const probe = cspHashesFile;\n`)).toEqual([]);
  });
});
