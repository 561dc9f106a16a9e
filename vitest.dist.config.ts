import { defineConfig } from 'vitest/config';

// Checks over the production build in dist/ (run `npm run build` first), and over builds of broken fixtures.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
