import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the browser tests use: $PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the one
 * Playwright downloads. Playwright cannot download browsers on machines without internet access, so CI installs
 * Debian's package (see .ci/run).
 */
export function findChromium(): string {
  const fromEnv = process.env['PLAYWRIGHT_CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      'or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/** Flags that keep Chromium from calling home: the tests must see only requests to the test server. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
];
