import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * DESIGN.md §7: what a browser must download (gzip) before any route of the console can run. `npm test`
 * (first-load-js.e2e.ts) holds every route to it, so a regression fails. Measured when it became the
 * test's bar (2026-12-06): largest route 291.7 kB (`/settings/system`), signed-in pages 267–292 kB,
 * public ones 209–286 kB; before the header dropped antd's Select/Dropdown/Menu/Popover, 323–332 kB.
 */
export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;

export interface RouteFirstLoad {
  /** The app route, e.g. `/journeys/[id]` (route groups left out). */
  route: string;
  /** The JS files (relative to .next) the route's HTML loads: Next's runtime plus the chunks of its layouts and page. */
  files: string[];
  /** Their gzip sizes summed (level 9, each file alone, as a server would send them). */
  gzipBytes: number;
}

/** `/(console)/(private)/journeys/[id]/page` → `/journeys/[id]`. */
export function routeOf(entry: string): string {
  const path = entry
    .replace(/\/page$/, '')
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .join('/');
  return `/${path}`;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/**
 * Reads a production build (`next build` → `.next`): for every app page, the client reference
 * manifest lists the JS chunks of each layout and the page (`entryJSFiles`), and build-manifest.json
 * the runtime every page loads (`rootMainFiles`, `polyfillFiles`). Chunks loaded later through
 * next/dynamic or import() are not part of the first load and are not counted.
 */
export function firstLoadJs(nextDir: string): RouteFirstLoad[] {
  const build = JSON.parse(readFileSync(join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles?: string[]; polyfillFiles?: string[] };
  const shared = [...(build.rootMainFiles ?? [])];
  const sizes = new Map<string, number>();
  const gzipOf = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(nextDir, file)), { level: 9 }).length;
      sizes.set(file, size);
    }
    return size;
  };
  const appDir = join(nextDir, 'server/app');
  const manifests = existsSync(appDir) ? walk(appDir).filter((f) => f.endsWith('/page_client-reference-manifest.js')) : [];
  const routes: RouteFirstLoad[] = [];
  for (const manifestFile of manifests) {
    const entry = `/${relative(appDir, manifestFile).replace(/_client-reference-manifest\.js$/, '')}`;
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
    new Function('globalThis', readFileSync(manifestFile, 'utf8'))(sandbox);
    const manifest = sandbox.__RSC_MANIFEST?.[entry];
    if (!manifest) throw new Error(`${relative(nextDir, manifestFile)} holds no manifest for ${entry}`);
    const files = [...new Set([...shared, ...Object.values(manifest.entryJSFiles ?? {}).flat()])].filter((f) => f.endsWith('.js')).sort();
    routes.push({ route: routeOf(entry), files, gzipBytes: files.reduce((sum, f) => sum + gzipOf(f), 0) });
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
