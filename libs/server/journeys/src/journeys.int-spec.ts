import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

const MAP = `
  id name state status version revision persona { id name }
  stages { id name position version touchpoints { id name position stageId channel emotion momentOfTruth version
    painPoints { id title severity version } opportunities { id title painPointId } } }`;

interface Tp {
  id: string;
  name: string;
  position: number;
  stageId: string;
  channel: string;
  emotion: number;
  momentOfTruth: boolean;
  version: number;
  painPoints: { id: string; title: string; severity: number; version: number }[];
  opportunities: { id: string; title: string; painPointId: string | null }[];
}
interface Stage {
  id: string;
  name: string;
  position: number;
  version: number;
  touchpoints: Tp[];
}
interface Map {
  id: string;
  name: string;
  state: string;
  status: string;
  version: number;
  revision: number;
  persona: { id: string; name: string } | null;
  stages: Stage[];
}

let api: TestApi;
let ws: TestWorkspace;
let db: Client;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '物业 A');
  opts = { token: ws.owner.token, workspaceId: ws.id };
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await api.close();
});

const ok = <T>(query: string, variables: Record<string, unknown> = {}, o = opts) => api.gqlOk<T>(query, variables, o);
const fails = async (query: string, variables: Record<string, unknown> = {}, o = opts) => {
  const r = await api.gql(query, variables, o);
  expect(r.errors).toBeDefined();
  return r.errors![0];
};

async function newJourney(name = 'Repair request 报修'): Promise<Map> {
  return (await ok<{ createJourney: Map }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { ${MAP} } }`, { i: { name } })).createJourney;
}
async function addStage(journeyId: string, name: string, position?: number): Promise<Map> {
  return (await ok<{ addStage: Map }>(`mutation($i: AddStageInput!) { addStage(input: $i) { ${MAP} } }`, { i: { journeyId, name, position } })).addStage;
}
async function addTouchpoint(stageId: string, name: string, extra: Record<string, unknown> = {}): Promise<Map> {
  return (await ok<{ addTouchpoint: Map }>(`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { ${MAP} } }`, { i: { stageId, name, ...extra } })).addTouchpoint;
}
async function getMap(id: string, filter?: Record<string, unknown>): Promise<Map> {
  return (await ok<{ journey: Map }>(`query($id: ID!, $f: TouchpointFilterInput) { journey(id: $id, touchpointFilter: $f) { ${MAP} } }`, { id, f: filter })).journey;
}
async function move(id: string, toStageId: string, toPosition: number, o = opts) {
  return api.gql<{ moveTouchpoint: Map }>(`mutation($i: MoveTouchpointInput!) { moveTouchpoint(input: $i) { ${MAP} } }`, { i: { id, toStageId, toPosition } }, o);
}

/** Builds a map: stages × touchpoints per stage, named S1…, S1-T1…. */
async function buildMap(stages: number, perStage: number, name?: string): Promise<Map> {
  let map = await newJourney(name);
  for (let s = 0; s < stages; s++) map = await addStage(map.id, `S${s + 1}`);
  for (const stage of map.stages) for (let t = 0; t < perStage; t++) map = await addTouchpoint(stage.id, `${stage.name}-T${t + 1}`, { channel: t % 2 ? 'app' : 'wechat', emotion: (t % 7) - 3 });
  return map;
}

const names = (map: Map) => map.stages.map((s) => `${s.name}: ${s.touchpoints.map((t) => t.name).join(',')}`);
function expectDense(map: Map): void {
  expect(map.stages.map((s) => s.position)).toEqual(map.stages.map((_, i) => i));
  for (const s of map.stages) expect(s.touchpoints.map((t) => t.position)).toEqual(s.touchpoints.map((_, i) => i));
}

describe('building a map', () => {
  it('builds 4 stages with 8 touchpoints in order and records each change as a revision', async () => {
    const map = await buildMap(4, 2);
    expect(names(map)).toEqual(['S1: S1-T1,S1-T2', 'S2: S2-T1,S2-T2', 'S3: S3-T1,S3-T2', 'S4: S4-T1,S4-T2']);
    expectDense(map);
    expect(map.revision).toBe(1 + 4 + 8);
  });

  it('inserts a stage at a position and keeps positions dense', async () => {
    let map = await buildMap(3, 0);
    map = await addStage(map.id, 'Between', 1);
    expect(map.stages.map((s) => s.name)).toEqual(['S1', 'Between', 'S2', 'S3']);
    map = (await ok<{ moveStage: Map }>(`mutation($i: MoveStageInput!) { moveStage(input: $i) { ${MAP} } }`, { i: { id: map.stages[0].id, toPosition: 3 } })).moveStage;
    expect(map.stages.map((s) => s.name)).toEqual(['Between', 'S2', 'S3', 'S1']);
    map = (await ok<{ deleteStage: Map }>(`mutation($id: ID!) { deleteStage(id: $id) { ${MAP} } }`, { id: map.stages[1].id })).deleteStage;
    expect(map.stages.map((s) => s.name)).toEqual(['Between', 'S3', 'S1']);
    expectDense(map);
  });

  it('loads the whole map in a fixed number of SQL statements whatever its size', async () => {
    const small = await buildMap(1, 1);
    const large = await buildMap(6, 8);
    await addPain(large.stages[2].touchpoints[3].id, 'Slow dispatch', 4);
    const statements = async (id: string) => {
      api.resetQueryCount();
      await getMap(id);
      return api.queryCount();
    };
    const [a, b] = [await statements(small.id), await statements(large.id)];
    expect(b).toBe(a);
    expect(b).toBeLessThanOrEqual(5); // DESIGN.md §7: auth + journey, stages, touchpoints, insights
  });
});

async function addPain(touchpointId: string, title: string, severity: number): Promise<Map> {
  return (await ok<{ addPainPoint: Map }>(`mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { ${MAP} } }`, { i: { touchpointId, title, severity } })).addPainPoint;
}

describe('moving touchpoints', () => {
  it('moves within a stage and across stages, and the move persists', async () => {
    const map = await buildMap(2, 3);
    const [s1, s2] = map.stages;
    let moved = (await move(s1.touchpoints[0].id, s1.id, 2)).data!.moveTouchpoint;
    expect(names(moved)[0]).toBe('S1: S1-T2,S1-T3,S1-T1');
    moved = (await move(s1.touchpoints[1].id, s2.id, 1)).data!.moveTouchpoint;
    expect(names(moved)).toEqual(['S1: S1-T3,S1-T1', 'S2: S2-T1,S1-T2,S2-T2,S2-T3']);
    expectDense(moved);
    expect(names(await getMap(map.id))).toEqual(names(moved));
  });

  it('keeps positions dense and nothing lost under 30 concurrent moves', async () => {
    const map = await buildMap(3, 5);
    const ids = map.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
    const stages = map.stages.map((s) => s.id);
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const results = await Promise.all(Array.from({ length: 30 }, () => move(ids[rand(ids.length)], stages[rand(3)], rand(6))));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const after = await getMap(map.id);
    expectDense(after);
    expect(after.stages.flatMap((s) => s.touchpoints.map((t) => t.id)).sort()).toEqual([...ids].sort());
    expect(after.revision).toBe(map.revision + 30);
  });

  it("refuses a move to another journey's stage, naming the field, and changes nothing", async () => {
    const a = await buildMap(1, 2, 'A');
    const b = await buildMap(1, 1, 'B');
    const err = (await move(a.stages[0].touchpoints[0].id, b.stages[0].id, 0)).errors![0];
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toStageId' });
    expect(names(await getMap(a.id))).toEqual(names(a));
    expect(names(await getMap(b.id))).toEqual(names(b));
  });
});

describe('editing with versions', () => {
  it('refuses a stale version with CONFLICT and keeps the newer edit', async () => {
    const map = await buildMap(1, 1);
    const tp = map.stages[0].touchpoints[0];
    const upd = `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { ${MAP} } }`;
    expect(tp.emotion).toBe(-3);
    const first = await ok<{ updateTouchpoint: Map }>(upd, { i: { id: tp.id, version: tp.version, emotion: 2, name: 'Report by phone' } });
    expect(first.updateTouchpoint.stages[0].touchpoints[0]).toMatchObject({ emotion: 2, name: 'Report by phone', version: tp.version + 1 });
    const stale = await fails(upd, { i: { id: tp.id, version: tp.version, emotion: 3 } });
    // Both changed the emotion (to different values): the second is refused, naming the field and the value that stays.
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'emotion', reason: 'sameField', currentVersion: tp.version + 1, currentValues: { emotion: 2 } });
    expect((await getMap(map.id)).stages[0].touchpoints[0].emotion).toBe(2);
  });

  it('merges two edits of different fields made on the same version; a same-field clash is refused and names both sides', async () => {
    const map = await buildMap(1, 1);
    const tp = map.stages[0].touchpoints[0];
    const upd = `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`;
    const read = async () =>
      (await ok<{ journey: { stages: { touchpoints: { id: string; name: string; expectation: string; emotion: number; version: number }[] }[] } }>(`query($id: ID!) { journey(id: $id) { stages { touchpoints { id name expectation emotion version } } } }`, { id: map.id })).journey.stages[0]
        .touchpoints[0];
    // Two people opened the card at the same version; one renames it, the other types an expectation.
    await ok(upd, { i: { id: tp.id, version: tp.version, name: '电话报修' } });
    await ok(upd, { i: { id: tp.id, version: tp.version, expectation: '十分钟内有人接听' } });
    const merged = await read();
    expect(merged).toMatchObject({ name: '电话报修', expectation: '十分钟内有人接听', version: tp.version + 2 });
    // A third edit from the same old version changes the name too: that is a real clash, refused.
    const clash = await fails(upd, { i: { id: tp.id, version: tp.version, name: '微信报修', emotion: 2 } });
    expect(clash.extensions).toMatchObject({ code: 'CONFLICT', entity: 'Touchpoint', field: 'name', reason: 'sameField', fields: ['name'], currentVersion: tp.version + 2, currentValues: { name: '电话报修' } });
    expect(clash.message).toMatch(/name/);
    // …and nothing of it was written (not even its non-clashing emotion).
    expect(await read()).toMatchObject({ name: '电话报修', emotion: merged.emotion, version: tp.version + 2 });
    // Sending the value the card already has is no clash: it merges (here onto version +2).
    await ok(upd, { i: { id: tp.id, version: tp.version, name: '电话报修', emotion: -1 } });
    expect(await read()).toMatchObject({ name: '电话报修', expectation: '十分钟内有人接听', emotion: -1, version: tp.version + 3 });
    // A version the card never had is refused as before.
    expect((await fails(upd, { i: { id: tp.id, version: tp.version + 40, emotion: 1 } })).extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
  });

  it('names the field of bad input and writes nothing', async () => {
    const map = await buildMap(1, 1);
    const tp = map.stages[0].touchpoints[0];
    const revisionsBefore = Number((await db.query(`SELECT count(*) AS n FROM journey_revision WHERE journey_id = $1`, [map.id])).rows[0].n);
    const cases: [string, Record<string, unknown>, string, string][] = [
      [`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId: map.id, name: '' } }, 'name', 'BAD_USER_INPUT'],
      [`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { id } }`, { i: { stageId: map.stages[0].id, name: 'x', emotion: 4 } }, 'emotion', 'BAD_USER_INPUT'],
      [`mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`, { i: { id: tp.id, version: tp.version, emotion: -4 } }, 'emotion', 'BAD_USER_INPUT'],
      [`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { id } }`, { i: { stageId: map.stages[0].id, name: 'x', channel: 'fax' } }, 'channel', 'BAD_USER_INPUT'],
      [`mutation($i: AddPainPointInput!) { addPainPoint(input: $i) { id } }`, { i: { touchpointId: tp.id, title: 'x', severity: 6 } }, 'severity', 'BAD_USER_INPUT'],
      [`mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { id } }`, { i: { stageId: '00000000-0000-4000-8000-000000000000', name: 'x' } }, 'stageId', 'NOT_FOUND'],
      [`mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`, { i: { id: '00000000-0000-4000-8000-000000000000', version: 1 } }, 'id', 'NOT_FOUND'],
      [`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name: 'x'.repeat(201) } }, 'name', 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, field, code] of cases) {
      const err = await fails(query, variables);
      expect({ field: err.extensions?.field, code: err.extensions?.code }).toEqual({ field, code });
    }
    const after = await getMap(map.id);
    expect(names(after)).toEqual(names(map));
    expect(after.stages[0].touchpoints[0].emotion).toBe(tp.emotion);
    expect(Number((await db.query(`SELECT count(*) AS n FROM journey_revision WHERE journey_id = $1`, [map.id])).rows[0].n)).toBe(revisionsBefore);
  });
});

describe('pain points and opportunities', () => {
  it('edits with versions and deletes; deleting a pain point keeps its opportunity, unlinked', async () => {
    const map = await buildMap(1, 1);
    const tp = map.stages[0].touchpoints[0];
    const withPain = await addPain(tp.id, '报修电话打不通', 3);
    const pain = withPain.stages[0].touchpoints[0].painPoints[0];
    const withOpp = (await ok<{ addOpportunity: Map }>(`mutation($i: AddOpportunityInput!) { addOpportunity(input: $i) { ${MAP} } }`, { i: { touchpointId: tp.id, painPointId: pain.id, title: '小程序一键报修' } })).addOpportunity;
    const opp = withOpp.stages[0].touchpoints[0].opportunities[0];
    expect(opp.painPointId).toBe(pain.id);

    const upd = `mutation($i: UpdatePainPointInput!) { updatePainPoint(input: $i) { ${MAP} } }`;
    const edited = (await ok<{ updatePainPoint: Map }>(upd, { i: { id: pain.id, version: pain.version, severity: 5 } })).updatePainPoint;
    expect(edited.stages[0].touchpoints[0].painPoints[0]).toMatchObject({ severity: 5, version: pain.version + 1 });
    expect((await fails(upd, { i: { id: pain.id, version: pain.version, severity: 1 } })).extensions?.code).toBe('CONFLICT');

    const afterDelete = (await ok<{ deletePainPoint: Map }>(`mutation($id: ID!) { deletePainPoint(id: $id) { ${MAP} } }`, { id: pain.id })).deletePainPoint;
    expect(afterDelete.stages[0].touchpoints[0].painPoints).toEqual([]);
    expect(afterDelete.stages[0].touchpoints[0].opportunities).toEqual([expect.objectContaining({ id: opp.id, painPointId: null })]);
    const gone = (await ok<{ deleteOpportunity: Map }>(`mutation($id: ID!) { deleteOpportunity(id: $id) { ${MAP} } }`, { id: opp.id })).deleteOpportunity;
    expect(gone.stages[0].touchpoints[0].opportunities).toEqual([]);
  });

  it("refuses an opportunity linked to another touchpoint's pain point", async () => {
    const map = await buildMap(1, 2);
    const [a, b] = map.stages[0].touchpoints;
    const pain = (await addPain(a.id, 'slow', 2)).stages[0].touchpoints[0].painPoints[0];
    const err = await fails(`mutation($i: AddOpportunityInput!) { addOpportunity(input: $i) { id } }`, { i: { touchpointId: b.id, painPointId: pain.id, title: 'x' } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'painPointId' });
  });
});

describe('tenancy and roles', () => {
  it("cannot read or change another workspace's journey by id", async () => {
    const mine = await buildMap(1, 1);
    const other = await createWorkspace(api, undefined, 'B');
    const bOpts = { token: other.owner.token, workspaceId: other.id };
    expect((await fails(`query($id: ID!) { journey(id: $id) { id } }`, { id: mine.id }, bOpts)).extensions?.code).toBe('NOT_FOUND');
    expect((await fails(`mutation($id: ID!) { deleteTouchpoint(id: $id) { id } }`, { id: mine.stages[0].touchpoints[0].id }, bOpts)).extensions?.code).toBe('NOT_FOUND');
    expect((await api.http(`/api/v1/journeys/${mine.id}/export.csv`, bOpts)).status).toBe(404);
    expect((await ok<{ journeys: { nodes: unknown[] } }>(`{ journeys { nodes { id } } }`, {}, bOpts)).journeys.nodes).toEqual([]);
    expect(names(await getMap(mine.id))).toEqual(names(mine));
  });

  it('lets a viewer read the map but not edit it', async () => {
    const map = await buildMap(1, 1);
    const viewer = await addMember(api, ws, 'viewer');
    const vOpts = { token: viewer.token, workspaceId: ws.id };
    expect((await ok<{ journey: Map }>(`query($id: ID!) { journey(id: $id) { id } }`, { id: map.id }, vOpts)).journey.id).toBe(map.id);
    const err = await fails(`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId: map.id, name: 'x' } }, vOpts);
    expect(err.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('views, history, export', () => {
  it('filters the map by channel and lists moments of truth', async () => {
    const map = await buildMap(2, 4);
    const tp = map.stages[1].touchpoints[2];
    await ok(`mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`, { i: { id: tp.id, version: tp.version, momentOfTruth: true } });
    const wechat = await getMap(map.id, { channels: ['wechat'] });
    expect(wechat.stages.flatMap((s) => s.touchpoints.map((t) => t.channel))).toEqual(['wechat', 'wechat', 'wechat', 'wechat']);
    const mot = await ok<{ momentsOfTruth: { id: string }[] }>(`query($id: ID!) { momentsOfTruth(journeyId: $id) { id } }`, { id: map.id });
    expect(mot.momentsOfTruth).toEqual([{ id: tp.id }]);
  });

  it('lists revisions, diffs two of them and restores an old one as a new revision', async () => {
    const map = await buildMap(2, 2);
    const r0 = map.revision;
    const tp = map.stages[0].touchpoints[0];
    await move(tp.id, map.stages[1].id, 0);
    await ok(`mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id } }`, { i: { id: tp.id, version: tp.version + 1, emotion: 2 } });
    await addStage(map.id, 'S3');
    const revs = await ok<{ journeyRevisions: { revision: number; action: string; summary: string; actorName: string; editCount: number }[] }>(
      `query($id: ID!) { journeyRevisions(journeyId: $id) { revision action summary actorName editCount } }`,
      { id: map.id },
    );
    // One person's consecutive edits are one revision in history, listed as its last edit (journey-revision-groups.int-spec.ts).
    expect(revs.journeyRevisions[0]).toMatchObject({ revision: r0 + 3, action: 'stage.add' });
    expect(revs.journeyRevisions[0].editCount).toBeGreaterThanOrEqual(3);
    expect(revs.journeyRevisions[0].actorName).toBe('owner');

    const diff = await ok<{ journeyDiff: Record<string, unknown[]> }>(
      `query($id: ID!, $a: Int!, $b: Int!) { journeyDiff(journeyId: $id, fromRevision: $a, toRevision: $b) {
        stagesAdded { name } touchpointsMoved { name fromStageId toStageId } touchpointsChanged { name changes { field before after } } } }`,
      { id: map.id, a: r0, b: r0 + 3 },
    );
    expect(diff.journeyDiff.stagesAdded).toEqual([{ name: 'S3' }]);
    expect(diff.journeyDiff.touchpointsMoved).toEqual([{ name: 'S1-T1', fromStageId: map.stages[0].id, toStageId: map.stages[1].id }]);
    expect(diff.journeyDiff.touchpointsChanged).toEqual([{ name: 'S1-T1', changes: [{ field: 'emotion', before: tp.emotion, after: 2 }] }]);

    const restored = (await ok<{ restoreJourneyRevision: Map }>(`mutation($id: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $id, revision: $r) { ${MAP} } }`, { id: map.id, r: r0 }))
      .restoreJourneyRevision;
    expect(names(restored)).toEqual(names(map));
    expect(restored.stages[0].touchpoints[0]).toMatchObject({ id: tp.id, emotion: tp.emotion });
    expect(restored.revision).toBe(r0 + 4);
    const bad = await fails(`mutation($id: ID!) { restoreJourneyRevision(journeyId: $id, revision: 999) { id } }`, { id: map.id });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'revision' });
  });

  it('duplicates a current-state map into a future-state draft', async () => {
    const map = await buildMap(2, 2);
    const copy = (await ok<{ duplicateJourney: Map }>(`mutation($i: DuplicateJourneyInput!) { duplicateJourney(input: $i) { ${MAP} } }`, { i: { id: map.id, state: 'future' } }))
      .duplicateJourney;
    expect(copy.id).not.toBe(map.id);
    expect(copy).toMatchObject({ state: 'future', status: 'draft', revision: 1 });
    expect(names(copy)).toEqual(names(map));
    expect(copy.stages[0].id).not.toBe(map.stages[0].id);
  });

  it('exports CSV with spreadsheet formulas neutralised', async () => {
    const map = await buildMap(1, 0);
    await addTouchpoint(map.stages[0].id, '=HYPERLINK("http://evil.example","报修")', { customerAction: '+cmd|calc', emotion: -2 });
    const res = await api.http(`/api/v1/journeys/${map.id}/export.csv`, opts);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, row] = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header.split(',').slice(0, 5)).toEqual(['stage_position', 'stage', 'touchpoint_position', 'touchpoint', 'channel']);
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""报修"")"`);
    expect(row).toContain(`'+cmd|calc`);
    expect(row).toContain(',-2,');
  });

  it('round-trips a whole map through JSON export and import exactly', async () => {
    const map = await buildMap(3, 2);
    const tp = map.stages[1].touchpoints[1];
    const withPain = await addPain(tp.id, '等待上门时间长', 4);
    const painId = withPain.stages[1].touchpoints[1].painPoints[0].id;
    await ok(`mutation($i: AddOpportunityInput!) { addOpportunity(input: $i) { id } }`, { i: { touchpointId: tp.id, painPointId: painId, title: '预约时段' } });
    const persona = await ok<{ createPersona: { id: string } }>(`mutation { createPersona(input: { name: "业主", goals: ["快速修好"] }) { id } }`);
    const j = await getMap(map.id);
    await ok(`mutation($i: UpdateJourneyInput!) { updateJourney(input: $i) { id } }`, { i: { id: map.id, version: j.version, personaId: persona.createPersona.id } });

    const exported = (await ok<{ exportJourney: unknown }>(`query($id: ID!) { exportJourney(id: $id) }`, { id: map.id })).exportJourney;
    const imported = (await ok<{ importJourney: Map }>(`mutation($d: JSON!) { importJourney(document: $d) { ${MAP} } }`, { d: exported })).importJourney;
    expect(imported.id).not.toBe(map.id);
    expect(imported.persona?.name).toBe('业主');
    const reexported = (await ok<{ exportJourney: unknown }>(`query($id: ID!) { exportJourney(id: $id) }`, { id: imported.id })).exportJourney;
    expect(reexported).toEqual(exported);
  });

  it('refuses a broken document naming every bad field, and creates nothing', async () => {
    const before = Number((await db.query(`SELECT count(*) AS n FROM journey WHERE workspace_id = $1`, [ws.id])).rows[0].n);
    const doc = {
      format: 'opencx.journey',
      version: 1,
      journey: { name: 'Broken', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: [{ name: 'S', description: '', touchpoints: [{ name: '', channel: 'fax', emotion: 9, momentOfTruth: false, layer: 'front_stage', painPoints: [], opportunities: [] }] }] },
    };
    const err = await fails(`mutation($d: JSON!) { importJourney(document: $d) { id } }`, { d: doc });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect((err.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'document.journey.stages[0].touchpoints[0].name',
      'document.journey.stages[0].touchpoints[0].channel',
      'document.journey.stages[0].touchpoints[0].emotion',
    ]);
    expect(Number((await db.query(`SELECT count(*) AS n FROM journey WHERE workspace_id = $1`, [ws.id])).rows[0].n)).toBe(before);
  });

  it('refuses edits to an archived journey', async () => {
    const map = await buildMap(1, 0);
    await ok(`mutation($id: ID!) { archiveJourney(id: $id) { status } }`, { id: map.id });
    const err = await fails(`mutation($i: AddStageInput!) { addStage(input: $i) { id } }`, { i: { journeyId: map.id, name: 'late' } });
    expect(err.extensions?.code).toBe('CONFLICT');
  });
});
