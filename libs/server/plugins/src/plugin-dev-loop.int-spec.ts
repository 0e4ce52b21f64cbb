import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aPluginManifest } from '@opencx/plugin-sdk/testing';
import { PluginDevReloader } from './plugin-dev-reloader';
import { createWorkspace, startTestApi, type TestApi } from '@opencx/server-testing';

/**
 * Issue 16's dev loop: with OPENCX_PLUGIN_DEV=1, a plugin named by path in OPENCX_PLUGINS is reloaded
 * when its built file changes — the same running API serves the new version; a broken save is
 * reported and the last good version stays.
 */
const folder = mkdtempSync(join(tmpdir(), 'opencx-dev-plugin-'));
const file = join(folder, 'index.js');

/** A build's output: written beside, then renamed over the old file (as bundlers and tsc --watch may). */
function build(manifest: unknown): void {
  writeFileSync(`${file}.tmp`, `exports.plugin = ${JSON.stringify(manifest)};\n`);
  renameSync(`${file}.tmp`, file);
}

function version(v: string, templateName: string) {
  const m = aPluginManifest({ version: v });
  m.journeyTemplates[0].name = { 'zh-CN': templateName, en: templateName };
  return m;
}

let api: TestApi;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  build(version('0.1.0', 'First draft'));
  api = await startTestApi({ env: { OPENCX_PLUGINS: file, OPENCX_PLUGIN_DEV: '1' } });
  const ws = await createWorkspace(api);
  opts = { token: ws.owner.token, workspaceId: ws.id };
});
afterAll(async () => {
  await api?.close();
  rmSync(folder, { recursive: true, force: true });
});

const sample = async () => {
  const { plugins } = await api.gqlOk<{ plugins: { id: string; version: string }[] }>(`{ plugins { id version } }`, {}, opts);
  const { journeyTemplates } = await api.gqlOk<{ journeyTemplates: { pluginId: string; name: string }[] }>(`{ journeyTemplates(locale: "en") { pluginId name } }`, {}, opts);
  return { version: plugins.find((p) => p.id === 'sample-services')?.version, templates: journeyTemplates.filter((t) => t.pluginId === 'sample-services').map((t) => t.name) };
};

/** Polls until the API serves `expected` (the reload is asynchronous); fails with the last answer after 30 s. */
async function until(expected: Awaited<ReturnType<typeof sample>>): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = await sample();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await sample();
  }
  expect(last).toEqual(expected);
}

it('serves the new build of a plugin under development without a restart', async () => {
  expect(await sample()).toEqual({ version: '0.1.0', templates: ['First draft'] });
  build(version('0.2.0', 'Second draft'));
  await until({ version: '0.2.0', templates: ['Second draft'] });
});

it('keeps the last good version when a save breaks the manifest, and takes the fix', async () => {
  const broken = version('0.3.0', 'Broken draft') as unknown as { journeyTemplates: { stages: { touchpoints: { emotion: number }[] }[] }[] };
  broken.journeyTemplates[0].stages[0].touchpoints[0].emotion = 9;
  build(broken);
  // The reload the watcher runs, called directly so the refusal is seen (the watcher's own run logs the same).
  expect(await api.app.get(PluginDevReloader).reload()).toBe(false);
  expect(await sample()).toEqual({ version: '0.2.0', templates: ['Second draft'] });
  build(version('0.4.0', 'Fixed draft'));
  await until({ version: '0.4.0', templates: ['Fixed draft'] });
});
