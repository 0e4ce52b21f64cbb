import { join, resolve } from 'node:path';
import { firstLoadJs, FIRST_LOAD_BUDGET_BYTES, kB } from '@opencx/tools/console-build';
import { expect, test } from '../fixtures';

const nextDir = join(resolve(__dirname, '../../../..'), 'apps/console/.next');

/**
 * DESIGN.md §7: no route of the console makes a browser download more than 300 kB of JS (gzip)
 * before it can run. Reads the production build the harness made for this suite (no second build):
 * Next's runtime plus the chunks of each route's layouts and page, each gzipped here. Chunks behind
 * next/dynamic or import() (editor, export, charts) load when used and are not counted.
 */
test('every route of the console loads at most 300 kB of JS (gzip) first', () => {
  const routes = firstLoadJs(nextDir);
  // The build has every page of the console (a manifest layout change must not make this pass vacuously).
  for (const route of ['/', '/login', '/journeys', '/journeys/[id]', '/dashboard']) expect(routes.map((r) => r.route)).toContain(route);
  console.log(routes.map((r) => `${r.route.padEnd(32)} ${kB(r.gzipBytes).padStart(9)} in ${r.files.length} files`).join('\n'));
  const over = routes.filter((r) => r.gzipBytes > FIRST_LOAD_BUDGET_BYTES).map((r) => `${r.route}: ${kB(r.gzipBytes)} > ${kB(FIRST_LOAD_BUDGET_BYTES)} (${r.files.length} files)`);
  expect(over, `routes over the first-load JS budget:\n${over.join('\n')}`).toEqual([]);
});
