import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * Lints `code` as if it were an island file, with the project's own ESLint configuration. The probe file does not
 * exist, so type-aware rules (which need it in the TypeScript project) are off: the import rule needs no types.
 */
async function lintAsIsland(code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked }],
  });
  const [result] = await eslint.lintText(code, { filePath: 'src/islands/boundary-probe.tsx' });
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
    const messages = await lintAsIsland(`${line}\nexport const probe = 1;\n`);
    expect(messages.join(' ')).toContain(says);
  });

  it('allows React and browser-safe library modules', async () => {
    const code =
      "import { useState } from 'react';\nimport { pageSize } from '../lib/directory/directory-facets.ts';\n";
    expect(await lintAsIsland(`${code}export const probe = [useState, pageSize];\n`)).toEqual([]);
  });
});
