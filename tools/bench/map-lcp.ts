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
  /** Cumulative layout shift over the load (layout-shift entries without recent input, summed). */
  cls: number;
  /** The page's timeline, ms from navigation start (null when the browser did not report it). */
  timeline: LoadTimeline;
  /** The browser's reads of the map during the load, as `<HTTP status> <bytes of body>` (a 304 has none). */
  mapReads: string[];
}

/** Where a load's time went: the HTML's first and last byte, first paint, the editor hydrated. */
export interface LoadTimeline {
  /** First byte of the HTML (the server has read the map and started streaming). */
  htmlFirstByte: number | null;
  /** Last byte of the HTML. */
  htmlLastByte: number | null;
  firstContentfulPaint: number | null;
  /** The editor's code has loaded and hydrated the server-rendered map (its EDITOR_INTERACTIVE_MARK). */
  editorInteractive: number | null;
}

/** The map's GraphQL operation (the editor's reads of the map name it in x-apollo-operation-name). */
const MAP_OPERATION = 'JourneyMap';

/** The performance mark the map editor sets once it has hydrated (journey-map-screen.tsx). */
export const EDITOR_INTERACTIVE_MARK = 'opencx:map-editor-interactive';

/** Where the map's content is: the editor (rendered on the server, then hydrated). */
export const MAP_CONTENT = '[data-testid="journey-map-screen"]';

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
  const mapReads: Promise<string>[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/graphql' && request.headers()['x-apollo-operation-name'] === MAP_OPERATION)
      mapReads.push(response.body().then((body) => `${response.status()} ${body.length}`, () => `${response.status()} ?`));
  });
  const firstMapRead = page.waitForResponse((r) => r.request().headers()['x-apollo-operation-name'] === MAP_OPERATION, { timeout: 180_000 }).catch(() => undefined);
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 180_000 });
    // Read once the editor is interactive (its code loaded and hydrated), so a later paint of the map
    // by the editor would count: the figure is the page's, not just its server-rendered HTML's.
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, EDITOR_INTERACTIVE_MARK, { timeout: 180_000 });
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
    const measures = await page.evaluate(
      (mark) =>
        new Promise<{ cls: number; timeline: LoadTimeline }>((done) => {
          let cls = 0;
          const observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) cls += e.value;
          });
          observer.observe({ type: 'layout-shift', buffered: true });
          // Buffered entries are delivered in a task of their own.
          setTimeout(() => {
            observer.disconnect();
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
            done({ cls, timeline: { htmlFirstByte: nav?.responseStart ?? null, htmlLastByte: nav?.responseEnd ?? null, firstContentfulPaint: at('first-contentful-paint'), editorInteractive: at(mark) } });
          }, 100);
        }),
      EDITOR_INTERACTIVE_MARK,
    );
    // The editor re-reads the map in the background once it is interactive: wait for that answer too.
    await firstMapRead;
    return { ...last, ...measures, ready: await page.locator(ready).count(), mapReads: await Promise.all(mapReads) };
  } finally {
    await page.close();
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
