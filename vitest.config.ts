import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test (*.test.ts) and need no build.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/support/**/*.test.ts'],
    environment: 'node',
    // Some tests run the command-line tools as child processes, which take seconds on a busy two-core machine.
    testTimeout: 30_000,
    // The feedback store's tests run against PostgreSQL as well as SQLite.
    globalSetup: ['tests/support/vitest-global-setup.ts'],
  },
});
