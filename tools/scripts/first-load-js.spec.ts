import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadJs, routeOf } from './first-load-js';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
const manifest = (entry: string, entryJSFiles: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};globalThis.__RSC_MANIFEST[${JSON.stringify(entry)}] = ${JSON.stringify({ entryJSFiles })};`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'first-load-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('names routes without route groups or the page segment', () => {
  expect(routeOf('/(console)/(private)/journeys/[id]/page')).toBe('/journeys/[id]');
  expect(routeOf('/(console)/page')).toBe('/');
  expect(routeOf('/f/[token]/page')).toBe('/f/[token]');
});

it("sums each route's runtime, layout and page chunks once, gzipped, and leaves out polyfills and CSS", () => {
  const runtime = 'runtime();'.repeat(50);
  const layout = 'layout(1);'.repeat(80);
  const page = 'page("map");'.repeat(120);
  const other = 'other();'.repeat(30);
  write('static/chunks/runtime.js', runtime);
  write('static/chunks/polyfill.js', 'polyfill();'.repeat(500));
  write('static/chunks/layout.js', layout);
  write('static/chunks/page.js', page);
  write('static/chunks/other.js', other);
  write('static/chunks/style.css', 'body{}');
  write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js'], polyfillFiles: ['static/chunks/polyfill.js'] }));
  write(
    'server/app/(console)/journeys/[id]/page_client-reference-manifest.js',
    manifest('/(console)/journeys/[id]/page', { '[project]/app/layout': ['static/chunks/layout.js', 'static/chunks/style.css'], '[project]/app/journeys/[id]/page': ['static/chunks/page.js', 'static/chunks/layout.js'] }),
  );
  write('server/app/login/page_client-reference-manifest.js', manifest('/login/page', { '[project]/app/layout': ['static/chunks/layout.js'], '[project]/app/login/page': ['static/chunks/other.js'] }));

  const routes = firstLoadJs(dir);
  expect(routes.map((r) => r.route)).toEqual(['/journeys/[id]', '/login']);
  expect(routes[0].files).toEqual(['static/chunks/layout.js', 'static/chunks/page.js', 'static/chunks/runtime.js']);
  expect(routes[0].gzipBytes).toBe(gz(runtime) + gz(layout) + gz(page));
  expect(routes[1].gzipBytes).toBe(gz(runtime) + gz(layout) + gz(other));
});
