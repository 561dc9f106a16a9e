import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test (*.test.ts) and need no build.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
