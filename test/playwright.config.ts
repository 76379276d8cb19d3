import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot run here (see README). */
export const CHROMIUM = process.env.LEGAT_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  // One retry: two keyboard specs drive Mantine's Select faster than it settles on a slow machine and
  // fail now and then (renderer/src/app/DECISIONS.md). A test that passes on its retry is reported as
  // flaky in the list, not hidden; one that fails twice fails the run.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
