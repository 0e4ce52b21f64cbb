import { Client } from 'pg';
import { createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * A team's own lanes: declared per journey (name in both languages, kind, order), entries per
 * touchpoint, and carried by every path a map travels — history (diff), restore, export → import and
 * duplicate — checked against the rows PostgreSQL holds.
 */
let api: TestApi;
let ws: TestWorkspace;
let db: Client;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '自定义泳道');
  opts = { token: ws.owner.token, workspaceId: ws.id };
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
}, 300_000);
afterAll(async () => {
  await db.end();
  await api.close();
});

const ok = <T>(query: string, variables: Record<string, unknown> = {}) => api.gqlOk<T>(query, variables, opts);
const fails = async (query: string, variables: Record<string, unknown> = {}) => {
  const r = await api.gql(query, variables, opts);
  expect(r.errors).toBeDefined();
  return r.errors![0]!;
};

const MAP = `id revision customLanes { key nameZh nameEn kind } stages { id name touchpoints { id name laneEntries { laneKey items } } }`;
interface Map {
  id: string;
  revision: number;
  customLanes: { key: string; nameZh: string; nameEn: string; kind: string }[];
  stages: { id: string; name: string; touchpoints: { id: string; name: string; laneEntries: { laneKey: string; items: string[] }[] }[] }[];
}

const tp = (name: string) => ({ name, channel: 'phone', customerAction: '', customerThought: '', expectation: '', emotion: 0, momentOfTruth: false, layer: 'front_stage', slaMinutes: null, device: null, region: null, painPoints: [], opportunities: [] });
const DOC = {
  format: 'opencx.journey',
  version: 1,
  journey: {
    name: '报修旅程',
    description: '',
    state: 'current',
    shape: 'linear',
    status: 'draft',
    persona: null,
    stages: [
      { name: '报修', description: '', touchpoints: [tp('电话报修'), tp('微信报修')] },
      { name: '维修', description: '', touchpoints: [tp('上门')] },
    ],
  },
};

const IMPORT = `mutation($d: JSON!, $n: String) { importJourney(document: $d, name: $n) { ${MAP} } }`;
const SET_LANES = `mutation($i: SetJourneyLanesInput!) { setJourneyLanes(input: $i) { ${MAP} } }`;
const SET_ITEMS = `mutation($i: SetTouchpointLaneItemsInput!) { setTouchpointLaneItems(input: $i) { ${MAP} } }`;

type Row = Record<string, unknown>;
/** The journey's lane list and its touchpoints' rows in map order, as PostgreSQL holds them. */
async function rowsOf(journeyId: string): Promise<{ lanes: unknown; touchpoints: Row[] }> {
  const lanes = (await db.query(`SELECT custom_lanes FROM journey WHERE id = $1`, [journeyId])).rows[0].custom_lanes;
  const touchpoints = (
    await db.query(`SELECT to_jsonb(t) AS row FROM touchpoint t JOIN stage s ON s.id = t.stage_id WHERE t.journey_id = $1 ORDER BY s.position, t.position`, [journeyId])
  ).rows.map((r) => r.row as Row);
  return { lanes, touchpoints };
}
/** Columns that name the row or its place in time; every other column must survive a trip. */
const content = (row: Row, drop: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !drop.includes(k)));

describe('custom lanes', () => {
  let map: Map;
  let backstage: string;
  let systems: string;

  it('an editor adds lanes (keys assigned, order kept) and fills them per touchpoint; a removed lane takes its entries', async () => {
    map = (await ok<{ importJourney: Map }>(IMPORT, { d: DOC })).importJourney;
    expect(map.customLanes).toEqual([]);
    map = (
      await ok<{ setJourneyLanes: Map }>(SET_LANES, {
        i: { journeyId: map.id, lanes: [{ nameZh: '后台流程', nameEn: 'Backstage process', kind: 'text' }, { nameZh: '系统', nameEn: 'Systems', kind: 'text' }, { nameZh: '临时', nameEn: 'Scratch', kind: 'text' }] },
      })
    ).setJourneyLanes;
    expect(map.customLanes.map((l) => l.nameEn)).toEqual(['Backstage process', 'Systems', 'Scratch']);
    for (const l of map.customLanes) expect(l.key).toMatch(/^lane-[0-9a-f]{8}$/);
    [backstage, systems] = [map.customLanes[0]!.key, map.customLanes[1]!.key];
    const scratch = map.customLanes[2]!.key;
    const [phone, wechat] = map.stages[0]!.touchpoints;
    const visit = map.stages[1]!.touchpoints[0]!;
    await ok(SET_ITEMS, { i: { touchpointId: phone!.id, laneKey: backstage, items: ['客服登记工单', '  派单系统自动分配  ', ''] } });
    await ok(SET_ITEMS, { i: { touchpointId: phone!.id, laneKey: systems, items: ['呼叫中心', 'CRM'] } });
    await ok(SET_ITEMS, { i: { touchpointId: wechat!.id, laneKey: scratch, items: ['草稿'] } });
    map = (await ok<{ setTouchpointLaneItems: Map }>(SET_ITEMS, { i: { touchpointId: visit.id, laneKey: backstage, items: ['师傅接单'] } })).setTouchpointLaneItems;
    // Trimmed, blanks dropped; lanes in declaration order.
    expect(map.stages[0]!.touchpoints[0]!.laneEntries).toEqual([
      { laneKey: backstage, items: ['客服登记工单', '派单系统自动分配'] },
      { laneKey: systems, items: ['呼叫中心', 'CRM'] },
    ]);
    expect(map.stages[0]!.touchpoints[1]!.laneEntries).toEqual([{ laneKey: scratch, items: ['草稿'] }]);

    // Reorder (Systems first), rename Backstage, drop Scratch: its entries are gone from the row.
    map = (
      await ok<{ setJourneyLanes: Map }>(SET_LANES, {
        i: { journeyId: map.id, lanes: [{ key: systems, nameZh: '系统', nameEn: 'Systems', kind: 'text' }, { key: backstage, nameZh: '后台流程', nameEn: 'Back-stage process', kind: 'text' }] },
      })
    ).setJourneyLanes;
    expect(map.customLanes.map((l) => [l.key, l.nameEn])).toEqual([[systems, 'Systems'], [backstage, 'Back-stage process']]);
    const wechatRow = (await db.query(`SELECT lane_values FROM touchpoint WHERE id = $1`, [wechat!.id])).rows[0].lane_values;
    expect(wechatRow).toEqual({});
    expect(map.stages[0]!.touchpoints[0]!.laneEntries.map((e) => e.laneKey).sort()).toEqual([backstage, systems].sort());
  });

  it('refuses entries for a lane the journey does not have, duplicate keys, blank names, unknown kinds and undeclared lanes in an import', async () => {
    const phone = map.stages[0]!.touchpoints[0]!;
    expect((await fails(SET_ITEMS, { i: { touchpointId: phone.id, laneKey: 'no-such-lane', items: ['x'] } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'laneKey' });
    const dup = await fails(SET_LANES, { i: { journeyId: map.id, lanes: [{ key: 'a', nameZh: '甲', nameEn: 'A', kind: 'text' }, { key: 'a', nameZh: '乙', nameEn: 'B', kind: 'text' }] } });
    expect(JSON.stringify(dup.extensions)).toContain('lanes[1].key');
    const blank = await fails(SET_LANES, { i: { journeyId: map.id, lanes: [{ nameZh: '', nameEn: 'A', kind: 'text' }] } });
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(blank.extensions)).toContain('nameZh');
    const kind = await fails(SET_LANES, { i: { journeyId: map.id, lanes: [{ nameZh: '图', nameEn: 'Pictures', kind: 'video' }] } });
    expect(JSON.stringify(kind.extensions)).toContain('kind');
    // An import may not carry entries for a lane it does not declare.
    const bad = structuredClone(DOC) as { journey: { stages: { touchpoints: Record<string, unknown>[] }[] } };
    bad.journey.stages[0]!.touchpoints[0]!.laneValues = { ghost: ['?'] };
    const imp = await fails(IMPORT, { d: bad });
    expect(JSON.stringify(imp.extensions)).toContain('document.journey.stages[0].touchpoints[0].laneValues.ghost');
  });

  it('history shows lane changes with their text, and restoring an earlier revision brings lanes and entries back row for row', async () => {
    const before = await rowsOf(map.id);
    const revisionWithLanes = map.revision;
    // Change things: remove every lane (entries go too).
    const emptied = (await ok<{ setJourneyLanes: Map }>(SET_LANES, { i: { journeyId: map.id, lanes: [] } })).setJourneyLanes;
    const after = await rowsOf(map.id);
    expect(after.lanes).toEqual([]);
    expect(after.touchpoints.every((r) => JSON.stringify(r.lane_values) === '{}')).toBe(true);

    const diff = (
      await ok<{ journeyDiff: { journeyFields: { field: string; before: unknown; after: unknown }[]; touchpointsChanged: { name: string; changes: { field: string; before: unknown; after: unknown }[] }[] } }>(
        `query($j: ID!, $f: Int!, $t: Int!) { journeyDiff(journeyId: $j, fromRevision: $f, toRevision: $t) { journeyFields { field before after } touchpointsChanged { name changes { field before after } } } }`,
        { j: map.id, f: revisionWithLanes, t: emptied.revision },
      )
    ).journeyDiff;
    expect(diff.journeyFields).toContainEqual({ field: 'lanes', before: ['系统 / Systems', '后台流程 / Back-stage process'], after: [] });
    const phoneChanges = diff.touchpointsChanged.find((c) => c.name === '电话报修')!.changes;
    expect(phoneChanges).toContainEqual({ field: `lane:${backstage}`, before: ['客服登记工单', '派单系统自动分配'], after: [] });
    expect(phoneChanges).toContainEqual({ field: `lane:${systems}`, before: ['呼叫中心', 'CRM'], after: [] });

    await ok(`mutation($j: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $j, revision: $r) { id } }`, { j: map.id, r: revisionWithLanes });
    const restored = await rowsOf(map.id);
    expect(restored.lanes).toEqual(before.lanes);
    // Every touchpoint row, every column but the version (which moves forward on a restore by design).
    expect(restored.touchpoints.map((r) => content(r, ['version']))).toEqual(before.touchpoints.map((r) => content(r, ['version'])));
  });

  it('export → import and duplicate carry the lanes and every entry; the export names lanes in both languages', async () => {
    const source = await rowsOf(map.id);
    const doc = (await ok<{ exportJourney: { journey: { name: string; lanes: unknown[]; stages: { touchpoints: { name: string; laneValues?: Record<string, string[]> }[] }[] } } }>(`query($id: ID!) { exportJourney(id: $id) }`, { id: map.id })).exportJourney;
    expect(doc.journey.lanes).toEqual([
      { key: systems, nameZh: '系统', nameEn: 'Systems', kind: 'text' },
      { key: backstage, nameZh: '后台流程', nameEn: 'Back-stage process', kind: 'text' },
    ]);
    // In lane order, whatever order PostgreSQL keeps object keys in.
    expect(doc.journey.stages[0]!.touchpoints[0]!.laneValues).toEqual({ [systems]: ['呼叫中心', 'CRM'], [backstage]: ['客服登记工单', '派单系统自动分配'] });
    expect(Object.keys(doc.journey.stages[0]!.touchpoints[0]!.laneValues!)).toEqual([systems, backstage]);
    expect(doc.journey.stages[0]!.touchpoints[1]!.laneValues).toBeUndefined();

    const imported = (await ok<{ importJourney: Map }>(IMPORT, { d: doc, n: '导入的副本' })).importJourney;
    const duplicated = (await ok<{ duplicateJourney: Map }>(`mutation($i: DuplicateJourneyInput!) { duplicateJourney(input: $i) { ${MAP} } }`, { i: { id: map.id, name: '复制的副本', state: 'future' } })).duplicateJourney;
    const identity = ['id', 'journey_id', 'stage_id', 'version', 'created_at', 'updated_at'];
    for (const copy of [imported, duplicated]) {
      const rows = await rowsOf(copy.id);
      expect(rows.lanes).toEqual(source.lanes);
      expect(rows.touchpoints.map((r) => content(r, identity))).toEqual(source.touchpoints.map((r) => content(r, identity)));
    }
    // Exporting the import gives the same document (a round trip).
    const again = (await ok<{ exportJourney: typeof doc }>(`query($id: ID!) { exportJourney(id: $id) }`, { id: imported.id })).exportJourney;
    expect({ ...again, journey: { ...again.journey, name: doc.journey.name } }).toEqual(doc);
  });

  it('an image lane holds a picture per touchpoint (PNG, JPEG or WebP data: URLs, at most 4): refused as text, carried by export → import and brought back by a restore', async () => {
    // A real 1×1 PNG (its bytes start with the PNG signature), and a JPEG header as a second picture.
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    expect(Buffer.from(png.split(',')[1]!, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
    const jpeg = `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64')}`;
    let m = (await ok<{ importJourney: Map }>(IMPORT, { d: DOC, n: '带截图的旅程' })).importJourney;
    m = (await ok<{ setJourneyLanes: Map }>(SET_LANES, { i: { journeyId: m.id, lanes: [{ nameZh: '截图', nameEn: 'Screenshots', kind: 'image' }] } })).setJourneyLanes;
    expect(m.customLanes.map((l) => [l.nameEn, l.kind])).toEqual([['Screenshots', 'image']]);
    const lane = m.customLanes[0]!.key;
    const phone = m.stages[0]!.touchpoints[0]!;

    // Text, an SVG (scripts), a non-base64 body and a fifth picture are refused, each naming the item.
    for (const [items, field] of [
      [['电话截图'], 'items[0]'],
      [[png, 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='], 'items[1]'],
      [['data:image/png;base64,not base64!'], 'items[0]'],
      [[png, png, png, png, png], 'items'],
    ] as const) {
      const error = await fails(SET_ITEMS, { i: { touchpointId: phone.id, laneKey: lane, items } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(error.extensions)).toContain(`"${field}"`);
    }

    m = (await ok<{ setTouchpointLaneItems: Map }>(SET_ITEMS, { i: { touchpointId: phone.id, laneKey: lane, items: [png, jpeg] } })).setTouchpointLaneItems;
    expect(m.stages[0]!.touchpoints[0]!.laneEntries).toEqual([{ laneKey: lane, items: [png, jpeg] }]);
    expect((await db.query(`SELECT lane_values FROM touchpoint WHERE id = $1`, [phone.id])).rows[0].lane_values).toEqual({ [lane]: [png, jpeg] });
    const withPictures = m.revision;
    // History names the pictures, never their bytes.
    const revisions = (await ok<{ journeyRevisions: { revision: number; summary: string }[] }>(`query($j: ID!) { journeyRevisions(journeyId: $j) { revision summary } }`, { j: m.id })).journeyRevisions;
    const summary = revisions.find((r) => r.revision === withPictures)?.summary ?? '';
    expect(summary).toContain('2 images');
    expect(summary).not.toContain('base64');

    // Export → import: the lane (kind image) and both pictures, byte for byte.
    const doc = (await ok<{ exportJourney: { journey: { lanes: unknown[]; stages: { touchpoints: { laneValues?: Record<string, string[]> }[] }[] } } }>(`query($id: ID!) { exportJourney(id: $id) }`, { id: m.id })).exportJourney;
    expect(doc.journey.lanes).toEqual([{ key: lane, nameZh: '截图', nameEn: 'Screenshots', kind: 'image' }]);
    expect(doc.journey.stages[0]!.touchpoints[0]!.laneValues).toEqual({ [lane]: [png, jpeg] });
    const copy = (await ok<{ importJourney: Map }>(IMPORT, { d: doc, n: '截图副本' })).importJourney;
    expect(copy.customLanes).toEqual([{ key: lane, nameZh: '截图', nameEn: 'Screenshots', kind: 'image' }]);
    expect(copy.stages[0]!.touchpoints[0]!.laneEntries).toEqual([{ laneKey: lane, items: [png, jpeg] }]);
    // An import cannot smuggle text into an image lane.
    const smuggled = structuredClone(doc);
    smuggled.journey.stages[0]!.touchpoints[0]!.laneValues = { [lane]: ['<img src=x onerror=alert(1)>'] };
    expect(JSON.stringify((await fails(IMPORT, { d: smuggled })).extensions)).toContain(`document.journey.stages[0].touchpoints[0].laneValues.${lane}[0]`);

    // Cleared, then restored: the pictures come back.
    await ok(SET_ITEMS, { i: { touchpointId: phone.id, laneKey: lane, items: [] } });
    expect((await db.query(`SELECT lane_values FROM touchpoint WHERE id = $1`, [phone.id])).rows[0].lane_values).toEqual({});
    await ok(`mutation($j: ID!, $r: Int!) { restoreJourneyRevision(journeyId: $j, revision: $r) { id } }`, { j: m.id, r: withPictures });
    expect((await db.query(`SELECT lane_values FROM touchpoint WHERE id = $1`, [phone.id])).rows[0].lane_values).toEqual({ [lane]: [png, jpeg] });
  });
});
