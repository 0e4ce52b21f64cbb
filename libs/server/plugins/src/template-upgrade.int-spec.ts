import { Client } from 'pg';
import type { PluginManifest } from '@opencx/plugin-sdk';
import { builtInPlugins, createTestDatabase, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Issue 16: a journey made from template version 1 learns that the installed plugin ships version 2,
 * sees the diff, and applies only the changes its owner picks — as one revision that a restore undoes
 * row for row. Also: a plugin changed without a version bump is reported, and an industry the
 * plugin declares is named by its manifest.
 */
type Text = { 'zh-CN': string; en: string };
type Tp = { key: string; name: Text; emotion: number; metricKeys: string[]; painPoints: unknown[]; opportunities: unknown[] } & Record<string, unknown>;
type Stage = { key: string; name: Text; touchpoints: Tp[] };
type Mutable = Omit<PluginManifest, 'journeyTemplates'> & { version: string; industries: string[]; industryNames: Record<string, Text>; journeyTemplates: { key: string; version: string; description: Text; stages: Stage[] }[] };

const MAP = `id version templateVersion stages { id name touchpoints { id name emotion metrics { key } painPoints { id title } opportunities { id title } } }`;
interface MapTp {
  id: string;
  name: string;
  emotion: number;
  metrics: { key: string }[];
}
interface Map {
  id: string;
  version: number;
  templateVersion: string;
  stages: { id: string; name: string; touchpoints: MapTp[] }[];
}
const UPGRADE = `query($id: ID!, $l: String) { journeyTemplateUpgrade(journeyId: $id, locale: $l) { templateId fromVersion toVersion baseRecorded changes { id kind target key stageKey name fields } } }`;
const APPLY = `mutation($i: ApplyTemplateUpgradeInput!) { applyJourneyTemplateUpgrade(input: $i) { ${MAP} } }`;

const base = builtInPlugins()[0];
const template = base.journeyTemplates[0];
const templateId = `${base.id}/${template.key}`;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let api: TestApi;
let ws: TestWorkspace;
let opts: { token: string; workspaceId: string };
let original: Map;
let v2: Mutable;

function upgraded(): Mutable {
  const m = JSON.parse(JSON.stringify(base)) as Mutable;
  m.version = '9.0.0';
  const t = m.journeyTemplates[0];
  t.version = '2.0.0';
  const [first, second] = t.stages;
  first.name = { 'zh-CN': '新的第一阶段', en: 'New first stage' }; // stage.changed
  first.touchpoints[0].emotion = first.touchpoints[0].emotion === 3 ? 2 : 3; // touchpoint.changed [emotion]
  const added = { ...JSON.parse(JSON.stringify(first.touchpoints[0])), key: 'added-touchpoint', name: { 'zh-CN': '新增触点', en: 'Added touchpoint' } } as Tp;
  first.touchpoints.splice(1, 0, added); // touchpoint.added, second in the first stage
  second.touchpoints.shift(); // touchpoint.removed
  t.stages.push({ key: 'new-stage', name: { 'zh-CN': '新阶段', en: 'New stage' }, touchpoints: [{ ...added, key: 'new-stage-touchpoint', name: { 'zh-CN': '新阶段触点', en: 'New stage touchpoint' } }] });
  m.industries = [...m.industries, 'healthcare'];
  m.industryNames = { ...m.industryNames, healthcare: { 'zh-CN': '医疗', en: 'Healthcare' } };
  return m;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const v1 = await startTestApi({ databaseUrl: db.url, plugins: [base] });
  try {
    ws = await createWorkspace(v1);
    opts = { token: ws.owner.token, workspaceId: ws.id };
    original = (await v1.gqlOk<{ createJourneyFromTemplate: Map }>(`mutation($i: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $i) { ${MAP} } }`, { i: { templateKey: templateId, locale: 'en' } }, opts)).createJourneyFromTemplate;
    expect((await v1.gqlOk<{ journeyTemplateUpgrade: unknown }>(UPGRADE, { id: original.id }, opts)).journeyTemplateUpgrade).toBeNull();
  } finally {
    await v1.close();
  }
  v2 = upgraded();
  api = await startTestApi({ databaseUrl: db.url, plugins: [v2 as unknown as PluginManifest] });
});
afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const journey = async () => (await api.gqlOk<{ journey: Map }>(`query($id: ID!) { journey(id: $id) { ${MAP} } }`, { id: original.id }, opts)).journey;

it('shows the newer template with its diff, and leaves the journey as it was', async () => {
  const [first, second] = template.stages;
  const { journeyTemplateUpgrade: u } = await api.gqlOk<{ journeyTemplateUpgrade: { changes: { id: string; fields: string[] }[] } & Record<string, unknown> }>(UPGRADE, { id: original.id, l: 'en' }, opts);
  expect(u).toMatchObject({ templateId, fromVersion: template.version, toVersion: '2.0.0', baseRecorded: true });
  expect(u.changes).toEqual([
    { id: `stage.changed:${first.key}`, kind: 'changed', target: 'stage', key: first.key, stageKey: first.key, name: 'New first stage', fields: ['name'] },
    { id: 'stage.added:new-stage', kind: 'added', target: 'stage', key: 'new-stage', stageKey: 'new-stage', name: 'New stage', fields: [] },
    { id: `touchpoint.changed:${first.touchpoints[0].key}`, kind: 'changed', target: 'touchpoint', key: first.touchpoints[0].key, stageKey: first.key, name: first.touchpoints[0].name.en, fields: ['emotion'] },
    { id: 'touchpoint.added:added-touchpoint', kind: 'added', target: 'touchpoint', key: 'added-touchpoint', stageKey: first.key, name: 'Added touchpoint', fields: [] },
    { id: 'touchpoint.added:new-stage-touchpoint', kind: 'added', target: 'touchpoint', key: 'new-stage-touchpoint', stageKey: 'new-stage', name: 'New stage touchpoint', fields: [] },
    { id: `touchpoint.removed:${second.touchpoints[0].key}`, kind: 'removed', target: 'touchpoint', key: second.touchpoints[0].key, stageKey: second.key, name: second.touchpoints[0].name.en, fields: [] },
  ]);
  expect(await journey()).toEqual(original);
});

it('refuses an unknown change and a version other than the one installed, naming the field', async () => {
  const bad = await api.gql(APPLY, { i: { journeyId: original.id, toVersion: '2.0.0', changeIds: ['touchpoint.added:nope'] } }, opts);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changeIds' });
  const stale = await api.gql(APPLY, { i: { journeyId: original.id, toVersion: '1.9.0', changeIds: [] } }, opts);
  expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'toVersion' });
  expect(await journey()).toEqual(original);
});

it('applies only the chosen changes as one revision, and restoring the revision before gives back every row', async () => {
  const client = new Client({ connectionString: api.databaseUrl });
  await client.connect();
  const rows = async () => {
    const out: Record<string, unknown[]> = {};
    for (const table of ['stage', 'touchpoint', 'pain_point', 'opportunity', 'touchpoint_metric']) {
      out[table] = (
        await client.query(`SELECT to_jsonb(t) - 'version' - 'updated_at' AS row FROM ${table} t WHERE workspace_id = $1 AND ${table === 'stage' || table === 'touchpoint_metric' ? 'journey_id = $2' : table === 'touchpoint' ? 'stage_id IN (SELECT id FROM stage WHERE journey_id = $2)' : 'touchpoint_id IN (SELECT id FROM touchpoint WHERE journey_id = $2)'} ORDER BY to_jsonb(t) ->> 'id', to_jsonb(t)::text`, [ws.id, original.id])
      ).rows.map((r) => r.row);
    }
    return out;
  };
  try {
    const before = await rows();
    expect(before.touchpoint.length).toBe(template.stages.reduce((n, s) => n + s.touchpoints.length, 0));
    const revisionsBefore = (await api.gqlOk<{ journeyRevisions: { revision: number }[] }>(`query($id: ID!) { journeyRevisions(journeyId: $id) { revision } }`, { id: original.id }, opts)).journeyRevisions;
    const lastBefore = Math.max(...revisionsBefore.map((r) => r.revision));

    const [first, second] = template.stages;
    const chosen = [`stage.changed:${first.key}`, `touchpoint.changed:${first.touchpoints[0].key}`, 'touchpoint.added:added-touchpoint', 'touchpoint.added:new-stage-touchpoint'];
    const applied = (await api.gqlOk<{ applyJourneyTemplateUpgrade: Map }>(APPLY, { i: { journeyId: original.id, toVersion: '2.0.0', changeIds: chosen, locale: 'en' } }, opts)).applyJourneyTemplateUpgrade;

    expect(applied.templateVersion).toBe('2.0.0');
    // Stage 1 renamed; its first touchpoint takes the new emotion (same row); the added one is second.
    expect(applied.stages[0].id).toBe(original.stages[0].id);
    expect(applied.stages[0].name).toBe('New first stage');
    expect(applied.stages[0].touchpoints.map((t) => t.name)).toEqual([first.touchpoints[0].name.en, 'Added touchpoint', ...first.touchpoints.slice(1).map((t) => t.name.en)]);
    expect(applied.stages[0].touchpoints[0]).toEqual({ ...original.stages[0].touchpoints[0], emotion: v2.journeyTemplates[0].stages[0].touchpoints[0].emotion });
    expect(applied.stages[0].touchpoints[1]).toMatchObject({ name: 'Added touchpoint', metrics: first.touchpoints[0].metricKeys.map((key) => ({ key })) });
    // The removal was not chosen: stage 2 keeps every touchpoint. The new stage (pulled in by its touchpoint) comes last.
    expect(applied.stages[1]).toEqual(original.stages[1]);
    expect(applied.stages.map((s) => s.name)).toEqual(['New first stage', ...original.stages.slice(1).map((s) => s.name), 'New stage']);
    expect(applied.stages.at(-1)?.touchpoints.map((t) => t.name)).toEqual(['New stage touchpoint']);
    expect(second.touchpoints.length).toBe(original.stages[1].touchpoints.length);
    // Recorded: no newer template any more.
    expect((await api.gqlOk<{ journeyTemplateUpgrade: unknown }>(UPGRADE, { id: original.id }, opts)).journeyTemplateUpgrade).toBeNull();

    const restored = (await api.gqlOk<{ restoreJourneyRevision: Map }>(`mutation($id: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $id, revision: $r) { ${MAP} } }`, { id: original.id, r: lastBefore }, opts)).restoreJourneyRevision;
    expect({ ...restored, version: 0 }).toEqual({ ...original, version: 0 });
    expect(await rows()).toEqual(before);
    // Back on version 1, the notice is back.
    expect((await api.gqlOk<{ journeyTemplateUpgrade: { toVersion: string } }>(UPGRADE, { id: original.id }, opts)).journeyTemplateUpgrade.toVersion).toBe('2.0.0');
  } finally {
    await client.end();
  }
});

it("names a plugin's new industry as its manifest declares it", async () => {
  const got = await api.gqlOk<{ journeyTemplates: { industryLabels: { key: string; name: string }[] }[] }>(`{ journeyTemplates(locale: "zh-CN") { industryLabels { key name } } }`, {}, opts);
  expect(got.journeyTemplates[0].industryLabels).toContainEqual({ key: 'healthcare', name: '医疗' });
});

it('reports a plugin whose content changed under the same version, naming the changed template', async () => {
  const details = `{ systemDetails { pluginContentChanges { pluginId version recordedHash loadedHash templateKeys } } }`;
  expect((await api.gqlOk<{ systemDetails: { pluginContentChanges: unknown[] } }>(details, {}, opts)).systemDetails.pluginContentChanges).toEqual([]);
  const edited = JSON.parse(JSON.stringify(v2)) as Mutable;
  edited.journeyTemplates[0].description = { 'zh-CN': '改过但没改版本', en: 'Edited without a version bump' };
  const again = await startTestApi({ databaseUrl: db.url, plugins: [edited as unknown as PluginManifest] });
  try {
    const changes = (await again.gqlOk<{ systemDetails: { pluginContentChanges: { recordedHash: string; loadedHash: string }[] } }>(details, {}, opts)).systemDetails.pluginContentChanges;
    expect(changes).toEqual([{ pluginId: base.id, version: '9.0.0', recordedHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), loadedHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), templateKeys: [template.key] }]);
    expect(changes[0].recordedHash).not.toBe(changes[0].loadedHash);
  } finally {
    await again.close();
  }
});
