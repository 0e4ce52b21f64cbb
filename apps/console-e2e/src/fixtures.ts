import { test as base, expect } from '@playwright/test';

/** Tests run against the console started by the harness (OPENCX_CONSOLE_URL). */
export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take an object pattern
  baseURL: async ({}, use) => {
    const url = process.env.OPENCX_CONSOLE_URL;
    if (!url) throw new Error('OPENCX_CONSOLE_URL is not set: run through playwright.config.ts (global setup starts the servers)');
    await use(url);
  },
  // Server-rendered pages look ready before React hydrates them; a click in between would be lost.
  page: async ({ page }, use) => {
    const ready = () => page.locator('html[data-console-ready]').waitFor({ state: 'attached' });
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await ready();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await ready();
      return response;
    };
    await use(page);
  },
});

export { expect };

/** A fresh address per run, so tests never depend on each other's accounts. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

export const PASSWORD = 'correct-horse-battery';
