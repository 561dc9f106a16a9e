import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/find-browser.ts';
import { feedbackDb } from './tests/e2e/feedback-db.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399);
const baseURL = `http://127.0.0.1:${port}`;

// Browser tests run against the production build, served by the same server as `npm start`.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  use: {
    baseURL,
    trace: process.env['E2E_TRACE'] ? 'retain-on-failure' : 'off',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    command: 'node scripts/serve.ts',
    url: `${baseURL}/api/health`,
    // Feedback goes to a throwaway SQLite file the tests read back; the rate limit allows the tests' own posts.
    env: { PORT: String(port), HOST: '127.0.0.1', FEEDBACK_DB: feedbackDb, FEEDBACK_RATE_LIMIT: '500/600' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
