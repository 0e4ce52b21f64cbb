import type { PluginManifest } from '@opencx/plugin-sdk';
import { builtInPlugins, createTestDatabase, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/** The plugins apps/api ships with, through the app-under-test port (a lib may not import the app). */
const BUILT_IN_PLUGINS = builtInPlugins();

const MAP = `id name sourcePluginId templateKey templateVersion persona { name }
  stages { name touchpoints { name channel emotion momentOfTruth metrics { key target } painPoints { title severity } opportunities { title } } }`;

interface Map {
  id: string;
  name: string;
  sourcePluginId: string;
  templateKey: string;
  templateVersion: string;
  persona: { name: string } | null;
  stages: { name: string; touchpoints: { name: string; channel: string; emotion: number; momentOfTruth: boolean; metrics: { key: string; target: number | null }[]; painPoints: { title: string }[]; opportunities: { title: string }[] }[] }[];
}

const CREATE = `mutation($i: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $i) { ${MAP} } }`;

let api: TestApi;
let ws: TestWorkspace;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '示例物业');
  opts = { token: ws.owner.token, workspaceId: ws.id };
});
afterAll(() => api.close());

const templates = BUILT_IN_PLUGINS.flatMap((p) => p.journeyTemplates.map((t) => ({ plugin: p, template: t })));

it("names each template's industries as the manifests declare them, in the request's language", async () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const got = await api.gqlOk<{ journeyTemplates: { id: string; industryLabels: { key: string; name: string }[] }[] }>(
      `query($l: String) { journeyTemplates(locale: $l) { id industryLabels { key name } } }`,
      { l: locale },
      opts,
    );
    for (const { plugin, template } of templates) {
      const labels = got.journeyTemplates.find((t) => t.id === `${plugin.id}/${template.key}`)?.industryLabels;
      expect(labels).toEqual(plugin.industries.map((key) => ({ key, name: plugin.industryNames?.[key]?.[locale] })));
    }
  }
  // Spot check by hand, so a manifest that dropped its names cannot pass by comparing undefined with undefined.
  const zh = await api.gqlOk<{ plugins: { id: string; industryLabels: { key: string; name: string }[] }[] }>(`{ plugins(locale: "zh-CN") { id industryLabels { key name } } }`, {}, opts);
  expect(zh.plugins.find((p) => p.id === 'property-services')?.industryLabels).toEqual([
    { key: 'property-management', name: '物业管理' },
    { key: 'real-estate', name: '房地产' },
  ]);
});

it('lists every built-in template in the gallery, filterable by industry', async () => {
  const all = await api.gqlOk<{ journeyTemplates: { id: string }[] }>(`{ journeyTemplates { id } }`, {}, opts);
  expect(all.journeyTemplates.map((t) => t.id).sort()).toEqual(templates.map((t) => `${t.plugin.id}/${t.template.key}`).sort());
  const industry = BUILT_IN_PLUGINS[0].industries[0];
  const some = await api.gqlOk<{ journeyTemplates: { id: string }[] }>(`query($i: String) { journeyTemplates(industry: $i) { id } }`, { i: industry }, opts);
  expect(some.journeyTemplates.length).toBe(BUILT_IN_PLUGINS.filter((p) => p.industries.includes(industry)).reduce((n, p) => n + p.journeyTemplates.length, 0));
});

describe.each(templates.map((t) => [`${t.plugin.id}/${t.template.key}`, t] as const))('template %s', (id, { plugin, template }) => {
  it('creates a journey with exactly its stages, touchpoints, metrics and insights, in order', async () => {
    const map = (await api.gqlOk<{ createJourneyFromTemplate: Map }>(CREATE, { i: { templateKey: id, locale: 'zh-CN' } }, opts)).createJourneyFromTemplate;
    expect(map).toMatchObject({ sourcePluginId: plugin.id, templateKey: template.key, templateVersion: template.version, name: template.name['zh-CN'] });
    const expected = template.stages.map((s) => ({
      name: s.name['zh-CN'],
      touchpoints: s.touchpoints.map((tp) => ({
        name: tp.name['zh-CN'],
        channel: tp.channel,
        emotion: tp.emotion,
        momentOfTruth: tp.momentOfTruth,
        metrics: tp.metricKeys.map((key) => key),
        painPoints: tp.painPoints.map((p) => p.title['zh-CN']),
        opportunities: tp.opportunities.map((o) => o.title['zh-CN']),
      })),
    }));
    const actual = map.stages.map((s) => ({
      name: s.name,
      touchpoints: s.touchpoints.map((tp) => ({ ...tp, metrics: tp.metrics.map((m) => m.key), painPoints: tp.painPoints.map((p) => p.title), opportunities: tp.opportunities.map((o) => o.title) })),
    }));
    expect(actual).toEqual(expected);
    const persona = plugin.personas.find((p) => p.key === template.personaKey);
    expect(map.persona?.name ?? null).toBe(persona ? persona.name['zh-CN'] : null);
  });
});

it('keeps two workspaces that use the same template independent', async () => {
  const other = await createWorkspace(api, undefined, 'Other');
  const oOpts = { token: other.owner.token, workspaceId: other.id };
  const id = `${templates[0].plugin.id}/${templates[0].template.key}`;
  const a = (await api.gqlOk<{ createJourneyFromTemplate: Map & { stages: { id: string }[] } }>(`mutation($i: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $i) { id stages { id name } } }`, { i: { templateKey: id } }, opts)).createJourneyFromTemplate;
  const b = (await api.gqlOk<{ createJourneyFromTemplate: Map }>(CREATE, { i: { templateKey: id } }, oOpts)).createJourneyFromTemplate;
  await api.gqlOk(`mutation($id: ID!) { deleteStage(id: $id) { id } }`, { id: a.stages[0].id }, opts);
  const bAfter = await api.gqlOk<{ journey: Map }>(`query($id: ID!) { journey(id: $id) { ${MAP} } }`, { id: b.id }, oOpts);
  expect(bAfter.journey.stages.map((s) => s.name)).toEqual(b.stages.map((s) => s.name));
  expect(bAfter.journey.stages).toHaveLength(templates[0].template.stages.length);
});

it('hides a disabled plugin’s templates, refuses new journeys from it, and keeps the ones already made', async () => {
  const [plugin] = BUILT_IN_PLUGINS;
  const id = `${plugin.id}/${plugin.journeyTemplates[0].key}`;
  const made = (await api.gqlOk<{ createJourneyFromTemplate: Map }>(CREATE, { i: { templateKey: id } }, opts)).createJourneyFromTemplate;
  const off = await api.gqlOk<{ setPluginEnabled: { enabled: boolean } }>(`mutation { setPluginEnabled(input: { pluginId: "${plugin.id}", enabled: false }) { enabled } }`, {}, opts);
  expect(off.setPluginEnabled.enabled).toBe(false);
  const gallery = await api.gqlOk<{ journeyTemplates: { pluginId: string }[] }>(`{ journeyTemplates { pluginId } }`, {}, opts);
  expect(gallery.journeyTemplates.some((t) => t.pluginId === plugin.id)).toBe(false);
  const refused = await api.gql(CREATE, { i: { templateKey: id } }, opts);
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'templateKey' });
  const kept = await api.gqlOk<{ journey: Map }>(`query($id: ID!) { journey(id: $id) { ${MAP} } }`, { id: made.id }, opts);
  expect(kept.journey.stages.length).toBe(made.stages.length);
  await api.gqlOk(`mutation { setPluginEnabled(input: { pluginId: "${plugin.id}", enabled: true }) { enabled } }`, {}, opts);
});

it('refuses an unknown template naming the field', async () => {
  const r = await api.gql(CREATE, { i: { templateKey: 'retail/no-such-template' } }, opts);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'templateKey' });
});

it('never rewrites existing journeys or metric targets when a plugin is upgraded', async () => {
  const db = await createTestDatabase();
  const [base] = BUILT_IN_PLUGINS;
  const template = base.journeyTemplates[0];
  const metricKey = template.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.metricKeys)).find((k) => base.metrics.some((m) => m.key === k))!;
  const v1 = await startTestApi({ databaseUrl: db.url, plugins: [base as PluginManifest] });
  const w = await createWorkspace(v1);
  const wOpts = { token: w.owner.token, workspaceId: w.id };
  const id = `${base.id}/${template.key}`;
  const old = (await v1.gqlOk<{ createJourneyFromTemplate: Map }>(CREATE, { i: { templateKey: id } }, wOpts)).createJourneyFromTemplate;
  await v1.close();

  const upgraded = JSON.parse(JSON.stringify(base)) as PluginManifest & { version: string };
  upgraded.version = '9.0.0';
  const t2 = upgraded.journeyTemplates[0] as unknown as { version: string; stages: { name: { 'zh-CN': string; en: string } }[] };
  t2.version = '2.0.0';
  t2.stages[0].name = { 'zh-CN': '新阶段', en: 'New stage' };
  const preset = upgraded.metrics.find((m) => m.key === metricKey) as unknown as { defaultTarget: number };
  const oldTarget = old.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.metrics)).find((m) => m.key === metricKey)!.target;
  preset.defaultTarget = (oldTarget ?? 0) + 1;

  const v2 = await startTestApi({ databaseUrl: db.url, plugins: [upgraded] });
  try {
    const after = await v2.gqlOk<{ journey: Map }>(`query($id: ID!) { journey(id: $id) { ${MAP} } }`, { id: old.id }, wOpts);
    expect(after.journey).toEqual(old);
    const fresh = (await v2.gqlOk<{ createJourneyFromTemplate: Map }>(CREATE, { i: { templateKey: id, locale: 'zh-CN' } }, wOpts)).createJourneyFromTemplate;
    expect(fresh.templateVersion).toBe('2.0.0');
    expect(fresh.stages[0].name).toBe('新阶段');
    expect(fresh.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.metrics)).find((m) => m.key === metricKey)!.target).toBe(oldTarget);
  } finally {
    await v2.close();
    await db.drop();
  }
});

it("reuses the workspace's persona from the same plugin for later journeys, and copies it only when asked", async () => {
  const w = await createWorkspace(api);
  const wOpts = { token: w.owner.token, workspaceId: w.id };
  const withPersona = templates.find((t) => t.template.personaKey)!;
  const make = async (copyPersona?: boolean) =>
    (
      await api.gqlOk<{ createJourneyFromTemplate: { persona: { id: string; name: string } } }>(
        `mutation($i: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $i) { persona { id name } } }`,
        { i: { templateKey: `${withPersona.plugin.id}/${withPersona.template.key}`, locale: 'en', copyPersona } },
        wOpts,
      )
    ).createJourneyFromTemplate.persona;
  const first = await make();
  const second = await make();
  const copied = await make(true);
  expect(first.name).toBe(withPersona.plugin.personas.find((p) => p.key === withPersona.template.personaKey)!.name.en);
  expect(second.id).toBe(first.id);
  expect(copied.id).not.toBe(first.id);
  const { personas } = await api.gqlOk<{ personas: { id: string }[] }>(`{ personas { id } }`, {}, wOpts);
  expect(personas.map((p) => p.id).sort()).toEqual([first.id, copied.id].sort());
});

it("previews a template's persona and the metric presets its touchpoints bind", async () => {
  const { journeyTemplates } = await api.gqlOk<{ journeyTemplates: { id: string; persona: { key: string; name: string; goals: string[] } | null; metrics: { key: string; name: string; defaultTarget: number }[] }[] }>(
    `{ journeyTemplates(locale: "en") { id persona { key name goals } metrics { key name defaultTarget } } }`,
    {},
    opts,
  );
  for (const { plugin, template } of templates) {
    const got = journeyTemplates.find((t) => t.id === `${plugin.id}/${template.key}`)!;
    const persona = plugin.personas.find((p) => p.key === template.personaKey);
    expect(got.persona).toEqual(persona ? { key: persona.key, name: persona.name.en, goals: persona.goals.map((g) => g.en) } : null);
    const keys: string[] = [];
    for (const s of template.stages) for (const tp of s.touchpoints) for (const k of tp.metricKeys) if (!keys.includes(k)) keys.push(k);
    expect(got.metrics.map((m) => m.key)).toEqual(keys);
    for (const m of got.metrics) {
      const preset = plugin.metrics.find((p) => p.key === m.key);
      if (preset) expect(m).toEqual({ key: preset.key, name: preset.name.en, defaultTarget: preset.defaultTarget });
    }
  }
  expect(journeyTemplates.some((t) => t.metrics.some((m) => m.key === 'nps' && m.name === 'Net Promoter Score'))).toBe(true);
});
