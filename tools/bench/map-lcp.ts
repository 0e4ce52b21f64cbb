import type { BrowserContext } from '@playwright/test';

export { mapDocument } from './bench-map';

/** One page load's Largest Contentful Paint, as Chromium reports it (PerformanceObserver, buffered). */
export interface LcpSample {
  /** ms from navigation start to the largest paint. */
  ms: number;
  /** The painted element (tag, test id), so a reader sees what the figure is the paint of. */
  element: string;
  /** How many elements matched the page's "content is there" selector when it was read. */
  ready: number;
  /**
   * ms to the first largest-paint candidate inside `content` (the server-rendered first paint or the
   * editor): when the map's content was first on screen. Printed beside LCP, never held to its bar.
   */
  contentMs: number | null;
}

/** Where the map's content is: its server-rendered first paint, or the editor. */
export const MAP_CONTENT = '.jm-fp, [data-testid="journey-map-screen"]';

/** The launch options the e2e suite uses for Debian's Chromium (no download possible here). */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * Opens `url` in a new page of `context` and answers its LCP once the content matched by `ready`
 * has painted. `cpuSlowdown` > 1 slows Chromium's CPU that many times (DevTools' CPU throttling)
 * before the navigation starts. A cold load is a fresh context (empty HTTP cache); a warm one is
 * a second load in the same context.
 */
export async function mapLcp(context: BrowserContext, url: string, ready: string, cpuSlowdown = 1, content = MAP_CONTENT): Promise<LcpSample> {
  const page = await context.newPage();
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 180_000 });
    // Two frames after the content is there, so its paint has been reported.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    const last = await page.evaluate(
      (within) =>
        new Promise<{ ms: number; element: string; contentMs: number | null } | null>((done) => {
          const observer = new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { element?: Element | null })[];
            const entry = entries[entries.length - 1];
            observer.disconnect();
            const el = entry?.element;
            // An element the editor replaced is no longer in the document: its entry still counts, as the map's first paint.
            const first = entries.find((e) => !e.element || !e.element.isConnected || e.element.closest(within));
            done(entry ? { ms: entry.startTime, element: el ? `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}` : '(removed)', contentMs: first ? first.startTime : null } : null);
          });
          observer.observe({ type: 'largest-contentful-paint', buffered: true });
          // No entry at all (nothing painted): answer rather than wait forever.
          setTimeout(() => done(null), 5000);
        }),
      content,
    );
    if (!last) throw new Error(`no largest-contentful-paint entry for ${url}`);
    return { ...last, ready: await page.locator(ready).count() };
  } finally {
    await page.close();
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
