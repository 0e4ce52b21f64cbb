import { Client } from 'pg';
import { builtInPlugins, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/** The plugins apps/api ships with, through the app-under-test port (a lib may not import the app). */
const BUILT_IN_PLUGINS = builtInPlugins();

/**
 * Nothing is lost by restoring a revision or duplicating a journey: every row a journey owns
 * (journey, stages, touchpoints, pain points, opportunities, metric bindings) is read straight
 * from PostgreSQL and compared column by column.
 */
const MAP = `id version revision stages { id name position version touchpoints { id name version ownerTeamId metrics { definitionId key targetOverride }
  painPoints { id title severity version } opportunities { id } } }`;

interface Tp {
  id: string;
  name: string;
  version: number;
  ownerTeamId: string | null;
  metrics: { definitionId: string; key: string; targetOverride: number | null }[];
  painPoints: { id: string; title: string; severity: number; version: number }[];
  opportunities: { id: string }[];
}
interface Map {
  id: string;
  version: number;
  revision: number;
  stages: { id: string; name: string; position: number; version: number; touchpoints: Tp[] }[];
}
type Row = Record<string, unknown>;
type Rows = Record<string, Row[]>;

/** Every table a journey owns, how to find its rows, and a stable order. */
const OWNED: Record<string, { where: string; order: string }> = {
  journey: { where: 'id', order: 'id' },
  stage: { where: 'journey_id', order: 'id' },
  touchpoint: { where: 'journey_id', order: 'id' },
  pain_point: { where: 'journey_id', order: 'id' },
  opportunity: { where: 'journey_id', order: 'id' },
  touchpoint_metric: { where: 'journey_id', order: 'touchpoint_id, metric_definition_id' },
};

let api: TestApi;
let ws: TestWorkspace;
let db: Client;
let opts: { token: string; workspaceId: string };
let teamId: string;
let definitions: { id: string; key: string }[];

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '还原测试');
  opts = { token: ws.owner.token, workspaceId: ws.id };
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  teamId = (await ok<{ createTeam: { id: string } }>(`mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }`, { i: { name: '客服部' } })).createTeam.id;
});
afterAll(async () => {
  await db.end();
  await api.close();
});

const ok = <T>(query: string, variables: Record<string, unknown> = {}) => api.gqlOk<T>(query, variables, opts);
const mapOf = async (name: string, query: string, variables: Record<string, unknown>) => (await ok<Record<string, Map>>(query, variables))[name];

/** All rows of a journey as PostgreSQL holds them (to_jsonb keeps timestamps to the microsecond and numerics exact). */
async function rowsOf(journeyId: string): Promise<Rows> {
  const out: Rows = {};
  for (const [table, { where, order }] of Object.entries(OWNED)) {
    out[table] = (await db.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${where} = $1 ORDER BY ${order}`, [journeyId])).rows.map((r) => r.row);
  }
  return out;
}

const without = (rows: Rows, drop: (table: string) => string[]): Rows =>
  Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !drop(table).includes(k))))]));

/** Optimistic-concurrency and change-tracking columns move forward by design on a restore; every other column must come back. */
// content_version counts every write below the journey row (cached answers are keyed by it): history, not content.
const TRACKING = (table: string) => (table === 'journey' ? ['version', 'revision', 'content_version', 'updated_at'] : table === 'touchpoint_metric' ? [] : ['version']);

async function edit(map: Map): Promise<Map> {
  const tps = map.stages.flatMap((s) => s.touchpoints);
  const bound = tps.filter((t) => t.metrics.length > 0);
  expect(bound.length).toBeGreaterThanOrEqual(2);
  const [first, second] = bound;
  let m = await mapOf('updateJourney', `mutation($i: UpdateJourneyInput!) { updateJourney(input: $i) { ${MAP} } }`, {
    i: { id: map.id, version: map.version, name: 'Edited', description: 'edited', ownerTeamId: teamId, reviewCadenceDays: 30, nextReviewAt: '2027-01-15', status: 'published' },
  });
  m = await mapOf('updateTouchpoint', `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { ${MAP} } }`, {
    i: { id: first.id, version: first.version, name: 'Edited touchpoint', emotion: -3, ownerTeamId: teamId, device: 'ios', region: '华东', slaMinutes: 15 },
  });
  const unbound = definitions.find((d) => !first.metrics.some((x) => x.definitionId === d.id))!;
  m = await mapOf('setTouchpointMetrics', `mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { ${MAP} } }`, {
    i: { touchpointId: first.id, metrics: [{ metricDefinitionId: unbound.id }, ...first.metrics.map((x) => ({ metricDefinitionId: x.definitionId, targetOverride: 42.5 }))].reverse() },
  });
  const withPain = tps.find((t) => t.painPoints.length > 0);
  if (withPain) {
    const pain = withPain.painPoints[0];
    m = await mapOf('updatePainPoint', `mutation($i: UpdatePainPointInput!) { updatePainPoint(input: $i) { ${MAP} } }`, { i: { id: pain.id, version: pain.version, severity: pain.severity === 5 ? 1 : 5, title: 'Edited pain' } });
    m = await mapOf('deletePainPoint', `mutation($id: ID!) { deletePainPoint(id: $id) { ${MAP} } }`, { id: pain.id });
  }
  m = await mapOf('addPainPoint', `mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { ${MAP} } }`, { i: { touchpointId: first.id, title: 'New pain', severity: 3 } });
  m = await mapOf('addOpportunity', `mutation($i: AddOpportunityInput!) { addOpportunity(input: $i) { ${MAP} } }`, { i: { touchpointId: first.id, title: 'New idea' } });
  const [s0, s1] = m.stages;
  m = await mapOf('moveTouchpoint', `mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { ${MAP} } }`, {
    i: { id: s0.touchpoints[s0.touchpoints.length - 1].id, toStageId: s1.id, toPosition: 0 },
  });
  // Deleting a touchpoint drops its bindings (foreign-key cascade): the restore must bring them back.
  m = await mapOf('deleteTouchpoint', `mutation($id: ID!) { deleteTouchpoint(id: $id) { ${MAP} } }`, { id: second.id });
  m = await mapOf('addStage', `mutation($i: AddStageInput!) { addStage(input: $i) { ${MAP} } }`, { i: { journeyId: map.id, name: 'Extra', position: 0 } });
  return m;
}

const templates = BUILT_IN_PLUGINS.map((plugin) => ({ plugin: plugin.id, template: plugin.journeyTemplates[0].key }));

describe.each(templates)('a journey from $plugin/$template', ({ plugin, template }) => {
  let source: Map;
  let atRevision1: Rows;
  let edited: Rows;
  let editedMap: Map;

  beforeAll(async () => {
    definitions = (await ok<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`)).metricDefinitions;
    source = await mapOf('createJourneyFromTemplate', `mutation($i: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $i) { ${MAP} } }`, {
      i: { templateKey: `${plugin}/${template}` },
    });
    expect(source.revision).toBe(1);
    atRevision1 = await rowsOf(source.id);
    definitions = (await ok<{ metricDefinitions: { id: string; key: string }[] }>(`{ metricDefinitions { id key } }`)).metricDefinitions;
    editedMap = await edit(source);
    edited = await rowsOf(source.id);
  });

  it('starts with template keys and metric bindings in revision 1, and the edits change rows', () => {
    expect(atRevision1.touchpoint_metric.length).toBeGreaterThan(0);
    expect(atRevision1.touchpoint.every((t) => typeof t.template_key === 'string')).toBe(true);
    expect(without(edited, TRACKING)).not.toEqual(without(atRevision1, TRACKING));
    expect(edited.touchpoint_metric.some((b) => b.target_override === 42.5)).toBe(true);
    expect(edited.touchpoint.some((t) => t.owner_team_id === teamId)).toBe(true);
  });

  it('a duplicate copies every row the journey owns, with fresh identities and history', async () => {
    const state = await rowsOf(source.id);
    // Copied from the edited state: owner teams, review fields and target overrides are there to be copied.
    expect(state.journey[0]).toMatchObject({ owner_team_id: teamId, review_cadence_days: 30, next_review_at: '2027-01-15' });
    expect(state.touchpoint_metric.some((b) => b.target_override === 42.5)).toBe(true);
    expect(state.touchpoint.some((t) => t.owner_team_id === teamId)).toBe(true);
    const copy = await mapOf('duplicateJourney', `mutation($i: DuplicateJourneyInput!) { duplicateJourney(input: $i) { ${MAP} } }`, { i: { id: source.id, state: 'future', name: 'Copy' } });
    const copied = await rowsOf(copy.id);
    // A future-state copy names the map it was copied from; every other column is the source's.
    expect(copied.journey[0]?.current_state_journey_id).toBe(source.id);
    expect(state.journey[0]?.current_state_journey_id).toBeNull();
    const asCopied = { ...copied, journey: copied.journey.map((j) => ({ ...j, current_state_journey_id: null })) };
    expect(canonical(asCopied)).toEqual(canonical(state));
    const [journey] = copied.journey;
    expect(journey).toMatchObject({ name: 'Copy', state: 'future', status: 'draft', revision: 1, version: 1, created_by: ws.owner.id, workspace_id: ws.id });
    for (const table of ['stage', 'touchpoint', 'pain_point', 'opportunity']) for (const row of copied[table]) expect(row.version).toBe(1);
    const sourceIds = new Set(Object.values(state).flatMap((rows) => rows.map((r) => r.id)));
    expect(Object.values(copied).flatMap((rows) => rows.map((r) => r.id)).filter((id) => id && sourceIds.has(id))).toEqual([]);
    expect(copied.touchpoint_metric.length).toBe(state.touchpoint_metric.length);
  });

  it('restoring revision 1 puts back every row it owned, column by column', async () => {
    const restored = await mapOf('restoreJourneyRevision', `mutation($id: ID!) { restoreJourneyRevision(journeyId: $id, revision: 1) { ${MAP} } }`, { id: source.id });
    const after = await rowsOf(source.id);
    expect(without(after, TRACKING)).toEqual(without(atRevision1, TRACKING));
    // Versions only move forward, so an editor holding a copy from before the restore gets a conflict.
    const highest = Math.max(...['stage', 'touchpoint', 'pain_point', 'opportunity'].flatMap((t) => edited[t].map((r) => r.version as number)));
    for (const table of ['stage', 'touchpoint', 'pain_point', 'opportunity']) for (const row of after[table]) expect(row.version).toBeGreaterThan(highest);
    expect(after.journey[0].version).toBeGreaterThan(edited.journey[0].version as number);
    expect(restored.revision).toBe(editedMap.revision + 1);
    // The restore is itself a revision whose snapshot restores to the same rows.
    const again = await mapOf('restoreJourneyRevision', `mutation($id: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $id, revision: $r) { ${MAP} } }`, { id: source.id, r: restored.revision });
    expect(again.revision).toBe(restored.revision + 1);
    expect(without(await rowsOf(source.id), TRACKING)).toEqual(without(atRevision1, TRACKING));
    // And forward again to the edited revision: owner teams, review fields and target overrides come back too.
    await mapOf('restoreJourneyRevision', `mutation($id: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $id, revision: $r) { ${MAP} } }`, { id: source.id, r: editedMap.revision });
    expect(without(await rowsOf(source.id), TRACKING)).toEqual(without(edited, TRACKING));
  });
});

/**
 * A journey's rows with identities replaced by structural labels (stage 0, its touchpoint 2, that
 * touchpoint's first pain point…) and identity/history columns left out — what a duplicate must equal.
 * The rule: a copy keeps every other column; name, state, status, ids, versions, revision, creator
 * and creation times are its own.
 */
function canonical(rows: Rows): Rows {
  const label = new globalThis.Map<unknown, string>();
  label.set(rows.journey[0].id, 'journey');
  for (const s of rows.stage) label.set(s.id, `S${s.position}`);
  for (const t of rows.touchpoint) label.set(t.id, `${label.get(t.stage_id)}/T${t.position}`);
  const byCreation = (a: Row, b: Row) => String(a.created_at).localeCompare(String(b.created_at)) || String(a.id).localeCompare(String(b.id));
  for (const kind of ['pain_point', 'opportunity'] as const) {
    const perTouchpoint = new globalThis.Map<unknown, number>();
    for (const r of [...rows[kind]].sort(byCreation)) {
      const n = perTouchpoint.get(r.touchpoint_id) ?? 0;
      perTouchpoint.set(r.touchpoint_id, n + 1);
      label.set(r.id, `${label.get(r.touchpoint_id)}/${kind}${n}`);
    }
  }
  const identity = ['version', 'created_at', 'updated_at', 'revision', 'content_version', 'created_by', 'name', 'state', 'status'];
  const out: Rows = {};
  for (const [table, list] of Object.entries(rows)) {
    out[table] = list
      .map((r) =>
        Object.fromEntries(
          Object.entries(r)
            .filter(([k]) => !identity.includes(k) || (table !== 'journey' && k === 'name'))
            .map(([k, v]) => [k, label.get(v) ?? v]),
        ),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

describe('setTouchpointMetrics', () => {
  it('refuses a definition that is not in the workspace or is listed twice, naming the field and changing nothing', async () => {
    const { plugin, template } = templates[1];
    const map = await mapOf('createJourneyFromTemplate', `mutation($i: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $i) { ${MAP} } }`, { i: { templateKey: `${plugin}/${template}` } });
    const tp = map.stages.flatMap((s) => s.touchpoints).find((t) => t.metrics.length > 0)!;
    const before = await rowsOf(map.id);
    const set = (metrics: unknown[]) => api.gql(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { id } }`, { i: { touchpointId: tp.id, metrics } }, opts);
    const unknown = await set([{ metricDefinitionId: '00000000-0000-4000-8000-000000000000' }]);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics' });
    const twice = await set([{ metricDefinitionId: tp.metrics[0].definitionId }, { metricDefinitionId: tp.metrics[0].definitionId }]);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics' });
    expect(await rowsOf(map.id)).toEqual(before);
    const cleared = (await ok<{ setTouchpointMetrics: Map }>(`mutation($i: SetTouchpointMetricsInput!) { setTouchpointMetrics(input: $i) { ${MAP} } }`, { i: { touchpointId: tp.id, metrics: [] } })).setTouchpointMetrics;
    expect(cleared.stages.flatMap((s) => s.touchpoints).find((t) => t.id === tp.id)!.metrics).toEqual([]);
    expect(cleared.revision).toBe(map.revision + 1);
  });
});

describe('revision history', () => {
  it('restores a revision recorded before snapshots were complete without dropping bindings, template keys or owner teams', async () => {
    const { plugin, template } = templates[0];
    const map = await mapOf('createJourneyFromTemplate', `mutation($i: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $i) { ${MAP} } }`, { i: { templateKey: `${plugin}/${template}` } });
    const tp = map.stages[0].touchpoints[0];
    await mapOf('updateTouchpoint', `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { ${MAP} } }`, { i: { id: tp.id, version: tp.version, ownerTeamId: teamId } });
    const before = await rowsOf(map.id);
    // The old format: a portable document with ids, nothing else (what revisions held before this change).
    const { snapshot } = (await db.query(`SELECT snapshot FROM journey_revision WHERE journey_id = $1 AND revision = 1`, [map.id])).rows[0];
    const { personaId: _p, ownerTeamId: _o, reviewCadenceDays: _r, nextReviewAt: _n, sourcePluginId: _s, templateKey: _k, templateVersion: _v, ...journey } = snapshot.journey;
    journey.stages = journey.stages.map((st: Row & { touchpoints: Row[] }) => ({
      ...st,
      touchpoints: st.touchpoints.map(({ ownerTeamId: _t, templateKey: _tk, metrics: _m, ...t }) => t),
    }));
    const [{ revision }] = (await db.query(`UPDATE journey SET revision = revision + 1 WHERE id = $1 RETURNING revision`, [map.id])).rows;
    await db.query(`INSERT INTO journey_revision (workspace_id, journey_id, revision, action, summary, snapshot) VALUES ($1, $2, $3, 'legacy', 'legacy', $4)`, [ws.id, map.id, revision, { ...snapshot, journey }]);
    await mapOf('restoreJourneyRevision', `mutation($id: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $id, revision: $r) { ${MAP} } }`, { id: map.id, r: revision });
    const after = await rowsOf(map.id);
    expect(after.touchpoint_metric).toEqual(before.touchpoint_metric);
    expect(after.touchpoint.map((t) => [t.id, t.template_key, t.owner_team_id])).toEqual(before.touchpoint.map((t) => [t.id, t.template_key, t.owner_team_id]));
  });

  it('refuses UPDATE, DELETE and TRUNCATE of revisions, and revisions still go with their journey', async () => {
    const map = await mapOf('createJourney', `mutation($i: CreateJourneyInput!) { createJourney(input: $i) { ${MAP} } }`, { i: { name: 'History' } });
    await expect(db.query(`UPDATE journey_revision SET summary = 'x' WHERE journey_id = $1`, [map.id])).rejects.toThrow(/immutable/);
    await expect(db.query(`DELETE FROM journey_revision WHERE journey_id = $1`, [map.id])).rejects.toThrow(/immutable/);
    await expect(db.query(`TRUNCATE journey_revision CASCADE`)).rejects.toThrow(/immutable/);
    const count = async () => Number((await db.query(`SELECT count(*) AS n FROM journey_revision WHERE journey_id = $1`, [map.id])).rows[0].n);
    expect(await count()).toBe(1);
    await db.query(`DELETE FROM journey WHERE id = $1`, [map.id]);
    expect(await count()).toBe(0);
  });

  it('lets the cascade from deleting a workspace take its journeys and their history', async () => {
    // No API deletes a workspace today (metric definitions still restrict it); the trigger must not be what stops it.
    const other = await createWorkspace(api, ws.owner, 'Short-lived');
    const o = { token: ws.owner.token, workspaceId: other.id };
    const map = (await api.gqlOk<{ createJourney: Map }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name: 'Gone' } }, o)).createJourney;
    await api.gqlOk(`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId: map.id, name: 'S' } }, o);
    await db.query(`DELETE FROM workspace WHERE id = $1`, [other.id]);
    expect(Number((await db.query(`SELECT count(*) AS n FROM journey_revision WHERE journey_id = $1`, [map.id])).rows[0].n)).toBe(0);
  });
});
