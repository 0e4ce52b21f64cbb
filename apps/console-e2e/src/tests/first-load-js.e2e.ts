import { join, resolve } from 'node:path';
import { firstLoadJs, FIRST_LOAD_BUDGET_BYTES, kB } from '@opencx/tools/console-build';
import { expect, test } from '../fixtures';

const nextDir = join(resolve(__dirname, '../../../..'), 'apps/console/.next');

/**
 * DESIGN.md §7 asks that no route of the console make a browser download more than 300 kB of JS
 * (gzip) before it can run (FIRST_LOAD_BUDGET_BYTES); this test fails as soon as one route is over it.
 * Reads the production build the harness made for this suite (no second build):
 * Next's runtime plus the chunks of each route's layouts and page, each gzipped here. Chunks behind
 * next/dynamic or import() (editor, export, charts) load when used and are not counted.
 */
test('no route of the console loads more than 300 kB of first-load JS (gzip)', () => {
  const routes = firstLoadJs(nextDir);
  // The build has every page of the console (a manifest layout change must not make this pass vacuously).
  for (const route of ['/', '/login', '/journeys', '/journeys/[id]', '/dashboard', '/dashboard/[journeyId]', '/settings/system']) expect(routes.map((r) => r.route)).toContain(route);
  console.log(routes.map((r) => `${r.route.padEnd(32)} ${kB(r.gzipBytes).padStart(9)} in ${r.files.length} files`).join('\n'));
  // Every route loads at least Next's runtime and React: a route counted as (nearly) empty means the manifest was misread.
  for (const r of routes) expect(r.gzipBytes, r.route).toBeGreaterThan(100 * 1024);
  const over = routes.filter((r) => r.gzipBytes > FIRST_LOAD_BUDGET_BYTES).map((r) => `${r.route}: ${kB(r.gzipBytes)} > ${kB(FIRST_LOAD_BUDGET_BYTES)} (${r.files.length} files)`);
  expect(over, `routes over the 300 kB first-load JS bar:\n${over.join('\n')}`).toEqual([]);
});
