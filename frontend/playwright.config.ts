import { defineConfig } from '@playwright/test';

// Runs against a stack that is already up (the Makefile starts it); nothing here starts a server.
const baseURL = process.env.XQ_E2E_BASE_URL ?? 'http://127.0.0.1:18000';

// Debian's Chromium: Playwright's own browser downloads are not available on these machines.
const chromium = {
  executablePath: process.env.XQ_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  // Journeys of several page loads and logins (argon2) beside five server processes on a 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 1 : 2,
  // On CI one more try: a journey that times out once on a loaded 2-core runner is reported as flaky, not lost.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: chromium,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    // Each demo role signs in once; the specs start signed in as theirs (e2e/fixtures.ts).
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'chromium', dependencies: ['setup'] },
  ],
});
