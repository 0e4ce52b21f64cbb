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
  /**
   * ms to the editor's `opencx:map-editor-interactive` mark (set once the editor is mounted with its
   * handlers live), or null when the page set none. Info beside LCP, never held to its bar.
   */
  interactiveMs: number | null;
  /** Every largest-paint candidate Chromium reported, in order: which elements became the LCP and when. */
  entries: LcpCandidate[];
}

/** One `largest-contentful-paint` entry: the element Chromium chose, its painted size and its time. */
export interface LcpCandidate {
  ms: number;
  /** Painted area in CSS px² (Chromium's `size`). */
  size: number;
  /** tag.class[test id] of the element when Chromium reported it ("(outside the map)" for the shell's). */
  element: string;
  /** The first 40 characters of its text (image entries have none). */
  text: string;
  /** Inside the map's content (the server-rendered first paint or the editor). */
  inContent: boolean;
}

/** The performance mark the map editor sets once it is mounted with its handlers live (MAP_EDITOR_INTERACTIVE_MARK of libs/console/journey-map/src/first-paint/first-paint-switch.tsx). */
export const MAP_EDITOR_INTERACTIVE_MARK = 'opencx:map-editor-interactive';

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
    // Each candidate is described when Chromium reports it (shortly after its paint), while its element
    // is still in the document: the first paint's elements are gone by the time the figure is read.
    await page.addInitScript(
      ({ within }) => {
        const seen: LcpCandidate[] = [];
        (window as unknown as { __opencxLcp: LcpCandidate[] }).__opencxLcp = seen;
        const describe = (el: Element | null | undefined) => {
          if (!el) return '(removed)';
          const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
          const id = el.getAttribute('data-testid');
          return `${el.tagName.toLowerCase()}${cls}${id ? `[${id}]` : ''}${el.closest(within) ? '' : ' (outside the map)'}`;
        };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { element?: Element | null; size?: number })[]) {
            seen.push({ ms: e.startTime, size: e.size ?? 0, element: describe(e.element), text: (e.element?.textContent ?? '').trim().slice(0, 40), inContent: !e.element || Boolean(e.element.closest(within)) });
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      },
      { within: content },
    );
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 180_000 });
    // Two frames after the content is there, so its paint has been reported.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    const last = await page.evaluate(
      ({ mark }) =>
        new Promise<{ entries: LcpCandidate[]; interactiveMs: number | null } | null>((done) => {
          const observer = new PerformanceObserver((list) => {
            observer.disconnect();
            // The entries as described when reported; Chromium's own list decides how many there are.
            const described = (window as unknown as { __opencxLcp?: LcpCandidate[] }).__opencxLcp ?? [];
            const entries = (list.getEntries() as (PerformanceEntry & { size?: number })[]).map(
              (e) => described.find((d) => d.ms === e.startTime && d.size === (e.size ?? 0)) ?? { ms: e.startTime, size: e.size ?? 0, element: '(not described)', text: '', inContent: false },
            );
            const interactive = performance.getEntriesByName(mark, 'mark')[0];
            done(entries.length ? { entries, interactiveMs: interactive ? interactive.startTime : null } : null);
          });
          observer.observe({ type: 'largest-contentful-paint', buffered: true });
          // No entry at all (nothing painted): answer rather than wait forever.
          setTimeout(() => done(null), 5000);
        }),
      { mark: MAP_EDITOR_INTERACTIVE_MARK },
    );
    if (!last) throw new Error(`no largest-contentful-paint entry for ${url}`);
    const lcp = last.entries[last.entries.length - 1];
    const firstContent = last.entries.find((e) => e.inContent);
    return {
      ms: lcp.ms,
      element: lcp.element,
      ready: await page.locator(ready).count(),
      contentMs: firstContent ? firstContent.ms : null,
      interactiveMs: last.interactiveMs,
      entries: last.entries,
    };
  } finally {
    await page.close();
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
