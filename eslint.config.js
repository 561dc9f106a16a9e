// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** What island code may not import: the direction of imports for code that runs in the browser. */
export const islandBoundary = {
  patterns: [
    {
      regex: '^(node:|astro:|astro/zod$|zod($|/)|hono($|/)|@hono/|postgres$|yaml$)',
      message: 'Islands run in the browser: no Node, Astro build, schema library, server or database modules.',
    },
    {
      regex: '(^|/)(schemas|functions|integrations|components|pages|layouts)/',
      message: 'Islands import only browser-safe modules of src/lib and other islands.',
    },
  ],
};

/** What shared logic may not import: the code that uses it. */
export const libBoundary = {
  patterns: [
    {
      regex: '(^|/)(islands|components|pages|layouts|functions|integrations)/',
      message: 'src/lib is imported by islands, components, pages, the function and the build, not the other way.',
    },
  ],
};

/** What the web function may not import: the build, Astro and the site's components. */
export const functionBoundary = {
  patterns: [
    {
      regex: '(^astro($|:)|(^|/)(islands|components|pages|layouts|integrations)/)',
      message: 'The function runs without the build: import shared code from src/lib, not the build or Astro.',
    },
  ],
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Template literals with numbers are how log lines and messages are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // tsconfig's noPropertyAccessFromIndexSignature asks for process.env['PORT']; the two rules must agree.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // `const { drop: _, ...rest } = x` is how a test removes one field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
    },
  },
  {
    // Islands run in the reader's browser: nothing from Node, Astro's build, the schema library or the server may reach
    // them, and they import only browser-safe modules of src/lib (and each other), never schemas, functions,
    // integrations, components or pages (islandBoundary, tested in src/import-boundaries.test.ts).
    files: ['src/islands/**/*.ts', 'src/islands/**/*.tsx'],
    ignores: ['src/islands/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', islandBoundary] },
  },
  {
    // Imports point one way: schemas and lib are used by islands, components, pages, the function and the build, and
    // never import them back (only their own tests may, to test through the real thing).
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', libBoundary] },
  },
  {
    // The web function runs without the build: it reads the build's output, never its code or Astro's.
    files: ['src/functions/**/*.ts'],
    ignores: ['src/functions/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', functionBoundary] },
  },
  astro.configs.recommended,
  {
    // The Astro parser cannot give typescript-eslint the types of Astro.props, so type-aware rules would flag every
    // prop as `any`. `astro check` type-checks these files instead (it runs in `npm run check`).
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
