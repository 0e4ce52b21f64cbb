import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The harness (src/harness) starts a throwaway API + embedded PostgreSQL and a production build of the
// console on free ports; tests read the console URL through the `baseURL` fixture in src/fixtures.ts.
export default defineConfig({
  testDir: join(__dirname, 'src/tests'),
  testMatch: '**/*.e2e.ts',
  outputDir: join(__dirname, 'test-results/artifacts'),
  globalSetup: join(__dirname, 'src/harness/global-setup.ts'),
  globalTeardown: join(__dirname, 'src/harness/global-teardown.ts'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: join(__dirname, 'test-results/results.json') }]],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
