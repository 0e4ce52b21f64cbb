import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Several personas on one journey (the "by persona" map): further personas listed on the journey and
 * their designed emotions per touchpoint, carried by every path a map travels — history (diff),
 * restore, duplicate, export → import — and checked against the rows PostgreSQL holds.
 */
let api: TestApi;
let ws: TestWorkspace;
let other: TestWorkspace;
let viewer: TestUser;
let db: Client;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '多画像');
  other = await createWorkspace(api, undefined, '别的空间');
  viewer = await addMember(api, ws, 'viewer');
  opts = { token: ws.owner.token, workspaceId: ws.id };
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
}, 300_000);
afterAll(async () => {
  await db.end();
  await api.close();
});

const ok = <T>(query: string, variables: Record<string, unknown> = {}) => api.gqlOk<T>(query, variables, opts);
const fails = async (query: string, variables: Record<string, unknown> = {}, as = opts) => {
  const r = await api.gql(query, variables, as);
  expect(r.errors).toBeDefined();
  return r.errors![0]!;
};

const MAP = `id revision persona { id name } personas { id name } stages { id touchpoints { id name emotion personaEmotions { personaId emotion } } }`;
interface Map {
  id: string;
  revision: number;
  persona: { id: string; name: string } | null;
  personas: { id: string; name: string }[];
  stages: { id: string; touchpoints: { id: string; name: string; emotion: number; personaEmotions: { personaId: string; emotion: number }[] }[] }[];
}

const tp = (name: string, emotion: number) => ({ name, channel: 'app', customerAction: '', customerThought: '', expectation: '', emotion, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] });
const DOC = {
  format: 'opencx.journey',
  version: 1,
  journey: {
    name: '网购旅程',
    description: '',
    state: 'current',
    shape: 'linear',
    status: 'draft',
    persona: { name: '年轻白领', description: '', goals: [], needs: [], frustrations: [], segmentKey: null },
    stages: [
      { name: '浏览', description: '', touchpoints: [tp('首页', 1), tp('搜索', 0)] },
      { name: '下单', description: '', touchpoints: [tp('结算', -1)] },
    ],
  },
};

const IMPORT = `mutation($d: JSON!, $n: String) { importJourney(document: $d, name: $n) { ${MAP} } }`;
const SET_PERSONAS = `mutation($i: SetJourneyPersonasInput!) { setJourneyPersonas(input: $i) { ${MAP} } }`;
const SET_EMOTION = `mutation($i: SetTouchpointPersonaEmotionInput!) { setTouchpointPersonaEmotion(input: $i) { ${MAP} } }`;
const CREATE_PERSONA = `mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id } }`;

type Row = Record<string, unknown>;
/** The journey's further personas and its touchpoints' rows in map order, as PostgreSQL holds them. */
async function rowsOf(journeyId: string): Promise<{ personaIds: string[]; touchpoints: Row[] }> {
  const personaIds = (await db.query(`SELECT persona_ids FROM journey WHERE id = $1`, [journeyId])).rows[0].persona_ids as string[];
  const touchpoints = (
    await db.query(`SELECT to_jsonb(t) AS row FROM touchpoint t JOIN stage s ON s.id = t.stage_id WHERE t.journey_id = $1 ORDER BY s.position, t.position`, [journeyId])
  ).rows.map((r) => r.row as Row);
  return { personaIds, touchpoints };
}
const content = (row: Row, drop: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !drop.includes(k)));

describe('several personas on one journey', () => {
  let map: Map;
  let student: string;
  let senior: string;
  const tps = () => map.stages.flatMap((s) => s.touchpoints);

  it('an editor lists further personas (order kept) and sets their emotions per touchpoint; the map answers them', async () => {
    map = (await ok<{ importJourney: Map }>(IMPORT, { d: DOC })).importJourney;
    expect(map.personas).toEqual([]);
    student = (await ok<{ createPersona: { id: string } }>(CREATE_PERSONA, { i: { name: '大学生' } })).createPersona.id;
    senior = (await ok<{ createPersona: { id: string } }>(CREATE_PERSONA, { i: { name: '退休老人' } })).createPersona.id;
    map = (await ok<{ setJourneyPersonas: Map }>(SET_PERSONAS, { i: { journeyId: map.id, personaIds: [senior, student] } })).setJourneyPersonas;
    expect(map.personas.map((p) => p.name)).toEqual(['退休老人', '大学生']);
    const [home, search, checkout] = tps();
    await ok(SET_EMOTION, { i: { touchpointId: home!.id, personaId: senior, emotion: -2 } });
    await ok(SET_EMOTION, { i: { touchpointId: checkout!.id, personaId: senior, emotion: -3 } });
    await ok(SET_EMOTION, { i: { touchpointId: search!.id, personaId: student, emotion: 3 } });
    // Set then cleared: the student feels the touchpoint's own emotion at checkout.
    await ok(SET_EMOTION, { i: { touchpointId: checkout!.id, personaId: student, emotion: 2 } });
    map = (await ok<{ setTouchpointPersonaEmotion: Map }>(SET_EMOTION, { i: { touchpointId: checkout!.id, personaId: student, emotion: null } })).setTouchpointPersonaEmotion;
    // In the journey's persona order (senior first), personas without a value left out.
    expect(tps().map((t) => t.personaEmotions)).toEqual([[{ personaId: senior, emotion: -2 }], [{ personaId: student, emotion: 3 }], [{ personaId: senior, emotion: -3 }]]);
    // The touchpoints' own emotions (the primary persona's) are untouched.
    expect(tps().map((t) => t.emotion)).toEqual([1, 0, -1]);
    const stored = await rowsOf(map.id);
    expect(stored.personaIds).toEqual([senior, student]);
    expect(stored.touchpoints.map((r) => r.persona_emotions)).toEqual([{ [senior]: -2 }, { [student]: 3 }, { [senior]: -3 }]);
  });

  it('refuses the primary persona, unknown and foreign personas, emotions out of range, personas not on the journey, and viewers', async () => {
    const primary = map.persona!.id;
    expect((await fails(SET_PERSONAS, { i: { journeyId: map.id, personaIds: [student, primary] } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personaIds[1]' });
    const foreign = (await api.gqlOk<{ createPersona: { id: string } }>(CREATE_PERSONA, { i: { name: '外人' } }, { token: other.owner.token, workspaceId: other.id })).createPersona.id;
    expect((await fails(SET_PERSONAS, { i: { journeyId: map.id, personaIds: [foreign] } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personaIds[0]' });
    expect(JSON.stringify((await fails(SET_PERSONAS, { i: { journeyId: map.id, personaIds: [student, student] } })).extensions)).toContain('personaIds');
    const home = tps()[0]!;
    expect(JSON.stringify((await fails(SET_EMOTION, { i: { touchpointId: home.id, personaId: senior, emotion: 4 } })).extensions)).toContain('emotion');
    expect((await fails(SET_EMOTION, { i: { touchpointId: home.id, personaId: primary, emotion: 1 } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personaId' });
    const asViewer = { token: viewer.token, workspaceId: ws.id };
    expect((await fails(SET_EMOTION, { i: { touchpointId: home.id, personaId: senior, emotion: 1 } }, asViewer)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    // A viewer reads the personas and their emotions.
    const read = (await api.gqlOk<{ journey: Map }>(`query($id: ID!) { journey(id: $id) { ${MAP} } }`, { id: map.id }, asViewer)).journey;
    expect(read.personas.map((p) => p.id)).toEqual([senior, student]);
    // Nothing above changed a row.
    const stored = await rowsOf(map.id);
    expect(stored.personaIds).toEqual([senior, student]);
    expect(stored.touchpoints.map((r) => r.persona_emotions)).toEqual([{ [senior]: -2 }, { [student]: 3 }, { [senior]: -3 }]);
  });

  it('history shows persona changes, and restoring an earlier revision brings personas and emotions back row for row', async () => {
    const before = await rowsOf(map.id);
    const revision = map.revision;
    // Remove the senior (its emotions go with it) and change the student's emotion.
    await ok(SET_PERSONAS, { i: { journeyId: map.id, personaIds: [student] } });
    const changed = (await ok<{ setTouchpointPersonaEmotion: Map }>(SET_EMOTION, { i: { touchpointId: tps()[1]!.id, personaId: student, emotion: -1 } })).setTouchpointPersonaEmotion;
    const after = await rowsOf(map.id);
    expect(after.personaIds).toEqual([student]);
    expect(after.touchpoints.map((r) => r.persona_emotions)).toEqual([{}, { [student]: -1 }, {}]);

    const diff = (
      await ok<{ journeyDiff: { journeyFields: { field: string; before: unknown; after: unknown }[]; touchpointsChanged: { name: string; changes: { field: string; before: unknown; after: unknown }[] }[] } }>(
        `query($j: ID!, $f: Int!, $t: Int!) { journeyDiff(journeyId: $j, fromRevision: $f, toRevision: $t) { journeyFields { field before after } touchpointsChanged { name changes { field before after } } } }`,
        { j: map.id, f: revision, t: changed.revision },
      )
    ).journeyDiff;
    expect(diff.journeyFields).toContainEqual({ field: 'personas', before: ['退休老人', '大学生'], after: ['大学生'] });
    expect(diff.touchpointsChanged.find((c) => c.name === '首页')!.changes).toEqual([{ field: 'persona:退休老人', before: -2, after: null }]);
    expect(diff.touchpointsChanged.find((c) => c.name === '搜索')!.changes).toEqual([{ field: 'persona:大学生', before: 3, after: -1 }]);

    map = (await ok<{ restoreJourneyRevision: Map }>(`mutation($j: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $j, revision: $r) { ${MAP} } }`, { j: map.id, r: revision })).restoreJourneyRevision;
    const restored = await rowsOf(map.id);
    expect(restored.personaIds).toEqual(before.personaIds);
    // Every touchpoint row, every column but the version (which moves forward on a restore by design).
    expect(restored.touchpoints.map((r) => content(r, ['version']))).toEqual(before.touchpoints.map((r) => content(r, ['version'])));
    expect(map.personas.map((p) => p.id)).toEqual([senior, student]);
  });

  it('a duplicate links the same personas with the same emotions; export → import brings them as new personas with the same values', async () => {
    const source = await rowsOf(map.id);
    const identity = ['id', 'journey_id', 'stage_id', 'version', 'created_at', 'updated_at'];
    const duplicated = (await ok<{ duplicateJourney: Map }>(`mutation($i: DuplicateJourneyInput!) { duplicateJourney(input: $i) { ${MAP} } }`, { i: { id: map.id, state: 'future' } })).duplicateJourney;
    const dup = await rowsOf(duplicated.id);
    expect(dup.personaIds).toEqual(source.personaIds);
    expect(dup.touchpoints.map((r) => content(r, identity))).toEqual(source.touchpoints.map((r) => content(r, identity)));

    const doc = (await ok<{ exportJourney: { journey: { personas?: Record<string, unknown>[]; stages: { touchpoints: { personaEmotions?: unknown }[] }[] } } }>(`query($id: ID!) { exportJourney(id: $id) }`, { id: map.id })).exportJourney;
    // No ids leave the workspace: personas by their fields, emotions by the persona's place in the list.
    expect(doc.journey.personas!.map((p) => [p.name, 'id' in p])).toEqual([['退休老人', false], ['大学生', false]]);
    expect(doc.journey.stages.flatMap((s) => s.touchpoints.map((t) => t.personaEmotions))).toEqual([[{ persona: 0, emotion: -2 }], [{ persona: 1, emotion: 3 }], [{ persona: 0, emotion: -3 }]]);

    const imported = (await api.gqlOk<{ importJourney: Map }>(IMPORT, { d: doc }, { token: other.owner.token, workspaceId: other.id })).importJourney;
    expect(imported.personas.map((p) => p.name)).toEqual(['退休老人', '大学生']);
    const [s2, st2] = imported.personas.map((p) => p.id);
    expect([s2, st2].some((id) => id === senior || id === student)).toBe(false);
    const rows = await rowsOf(imported.id);
    expect(rows.touchpoints.map((r) => r.persona_emotions)).toEqual([{ [s2!]: -2 }, { [st2!]: 3 }, { [s2!]: -3 }]);
    // A document whose emotions point past its persona list is refused, naming the field.
    const bad = structuredClone(doc) as { journey: { stages: { touchpoints: Record<string, unknown>[] }[] } };
    bad.journey.stages[0]!.touchpoints[0]!.personaEmotions = [{ persona: 5, emotion: 1 }];
    expect(JSON.stringify((await fails(IMPORT, { d: bad })).extensions)).toContain('document.journey.stages[0].touchpoints[0].personaEmotions[0].persona');
  });
});
