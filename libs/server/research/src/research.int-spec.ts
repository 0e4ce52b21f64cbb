import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

const MAX_BYTES = 2048;

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let editorA: TestUser;
let viewerA: TestUser;
let journeyA: { journeyId: string; touchpointId: string; personaId: string };
let journeyB: { journeyId: string; touchpointId: string; personaId: string };

const as = (ws: TestWorkspace, user: TestUser = ws.owner) => ({ token: user.token, workspaceId: ws.id });

async function journeyIn(ws: TestWorkspace, name: string) {
  const ok = <T>(q: string, v: Record<string, unknown>) => api.gqlOk<T>(q, v, as(ws));
  const persona = await ok<{ createPersona: { id: string } }>(`mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`, { input: { name: `${name} owner` } });
  const journey = await ok<{ createJourney: { id: string } }>(`mutation($input: CreateJourneyInput!) { createJourney(input: $input) { id } }`, { input: { name } });
  const journeyId = journey.createJourney.id;
  const stage = await ok<{ addStage: { stages: { id: string }[] } }>(`mutation($input: AddStageInput!) { addStage(input: $input) { stages { id } } }`, { input: { journeyId, name: 'Repair' } });
  const tp = await ok<{ addTouchpoint: { stages: { touchpoints: { id: string }[] }[] } }>(
    `mutation($input: AddTouchpointInput!) { addTouchpoint(input: $input) { stages { touchpoints { id } } } }`,
    { input: { stageId: stage.addStage.stages[0].id, name: 'Technician visit' } },
  );
  return { journeyId, touchpointId: tp.addTouchpoint.stages[0].touchpoints[0].id, personaId: persona.createPersona.id };
}

const ADD = `mutation($input: AddResearchItemInput!) { addResearchItem(input: $input) { id kind title body touchpointId personaId consent citationCount file { name contentType byteSize } } }`;
const ITEMS = `query($journeyId: ID!, $filter: ResearchItemFilterInput, $first: Int, $after: String) {
  researchItems(journeyId: $journeyId, filter: $filter, first: $first, after: $after) { nodes { id title body citationCount } pageInfo { hasNextPage endCursor } } }`;
const STEP = `mutation($input: UpdateResearchStepInput!) { updateResearchStep(input: $input) { done total steps { key status ownerUserId notes } } }`;

async function addItem(ws: TestWorkspace, input: Record<string, unknown>) {
  return (await api.gqlOk<{ addResearchItem: { id: string; citationCount: number; file: unknown } }>(ADD, { input }, as(ws))).addResearchItem;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(50, 32)]);

const upload = (ws: TestWorkspace, itemId: string, body: Buffer, contentType: string, name = 'photo.png', user: TestUser = ws.owner) =>
  api.http(`/api/v1/evidence/${itemId}/file?name=${encodeURIComponent(name)}`, { method: 'POST', ...as(ws, user), headers: { 'content-type': contentType }, body: new Uint8Array(body) });

beforeAll(async () => {
  api = await startTestApi({ env: { OPENCX_EVIDENCE_MAX_BYTES: String(MAX_BYTES) } });
  [a, b] = [await createWorkspace(api, undefined, 'A'), await createWorkspace(api, undefined, 'B')];
  editorA = await addMember(api, a, 'editor');
  viewerA = await addMember(api, a, 'viewer');
  journeyA = await journeyIn(a, 'Repair journey');
  journeyB = await journeyIn(b, 'Other repair journey');
});
afterAll(() => api?.close());

describe('research plan', () => {
  it('starts with seven steps to do and counts done steps on the journey list', async () => {
    const { researchPlan } = await api.gqlOk<{ researchPlan: { steps: { key: string; status: string }[]; done: number; total: number; version: number } }>(
      `query($j: ID!) { researchPlan(journeyId: $j) { steps { key status } done total version } }`,
      { j: journeyA.journeyId },
      as(a),
    );
    expect(researchPlan.steps.map((s) => s.key)).toEqual(['goal_scope', 'personas', 'gather_data', 'draw', 'analyse', 'improve', 'iterate']);
    expect(researchPlan.steps.every((s) => s.status === 'todo')).toBe(true);
    expect([researchPlan.done, researchPlan.total, researchPlan.version]).toEqual([0, 7, 0]);

    const done = await api.gqlOk<{ updateResearchStep: { done: number; steps: { key: string; status: string; ownerUserId: string | null; notes: string }[] } }>(
      STEP,
      { input: { journeyId: journeyA.journeyId, step: 'goal_scope', status: 'done', ownerUserId: editorA.id, notes: 'Scope: repairs in Shanghai' } },
      as(a, editorA),
    );
    await api.gqlOk(STEP, { input: { journeyId: journeyA.journeyId, step: 'personas', status: 'in_progress' } }, as(a));
    await api.gqlOk(STEP, { input: { journeyId: journeyA.journeyId, step: 'gather_data', status: 'done' } }, as(a));
    expect(done.updateResearchStep.steps[0]).toEqual({ key: 'goal_scope', status: 'done', ownerUserId: editorA.id, notes: 'Scope: repairs in Shanghai' });
    // A later edit of notes only keeps status and owner.
    const notes = await api.gqlOk<{ updateResearchStep: { steps: { status: string; ownerUserId: string | null; notes: string }[] } }>(
      STEP,
      { input: { journeyId: journeyA.journeyId, step: 'goal_scope', notes: 'Scope: repairs' } },
      as(a),
    );
    expect(notes.updateResearchStep.steps[0]).toMatchObject({ status: 'done', ownerUserId: editorA.id, notes: 'Scope: repairs' });

    const progress = await api.gqlOk<{ researchProgress: { journeyId: string; done: number; total: number }[] }>(
      `query($ids: [ID!]!) { researchProgress(journeyIds: $ids) { journeyId done total } }`,
      { ids: [journeyA.journeyId, journeyB.journeyId] },
      as(a),
    );
    // goal_scope and gather_data done, personas in progress: 2 of 7; B's journey is not A's and is absent.
    expect(progress.researchProgress).toEqual([{ journeyId: journeyA.journeyId, done: 2, total: 7 }]);
  });

  it('keeps the brief with a version, refuses a stale one, a non-member owner and a viewer', async () => {
    const BRIEF = `mutation($input: UpdateResearchBriefInput!) { updateResearchBrief(input: $input) { goal scope hypotheses researchQuestions version } }`;
    const first = await api.gqlOk<{ updateResearchBrief: Record<string, unknown> }>(
      BRIEF,
      { input: { journeyId: journeyA.journeyId, version: 0, goal: 'Fewer repeat visits', hypotheses: [' Parts are missing ', ''], researchQuestions: ['Why a second visit?'] } },
      as(a),
    );
    expect(first.updateResearchBrief).toEqual({ goal: 'Fewer repeat visits', scope: '', hypotheses: ['Parts are missing'], researchQuestions: ['Why a second visit?'], version: 1 });
    const stale = await api.gql(BRIEF, { input: { journeyId: journeyA.journeyId, version: 0, goal: 'Other' } }, as(a));
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });

    const outsider = await api.gql(STEP, { input: { journeyId: journeyA.journeyId, step: 'draw', ownerUserId: b.owner.id } }, as(a));
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerUserId' });
    const viewer = await api.gql(STEP, { input: { journeyId: journeyA.journeyId, step: 'draw', status: 'done' } }, as(a, viewerA));
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badStep = await api.gql(STEP, { input: { journeyId: journeyA.journeyId, step: 'dream', status: 'done' } }, as(a));
    expect(badStep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'step' });
    const theirs = await api.gql(STEP, { input: { journeyId: journeyB.journeyId, step: 'draw', status: 'done' } }, as(a));
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'journeyId' });
  });
});

describe('evidence files', () => {
  it('stores a PNG and serves the same bytes back with its type', async () => {
    const item = await addItem(a, { journeyId: journeyA.journeyId, touchpointId: journeyA.touchpointId, kind: 'file', title: 'Photo of the broken tap' });
    const res = await upload(a, item.id, PNG, 'image/png', '水龙头.png', editorA);
    expect(res.status).toBe(201);
    expect(((await res.json()) as { file: unknown }).file).toEqual({ name: '水龙头.png', contentType: 'image/png', byteSize: PNG.length });
    const got = await api.http(`/api/v1/evidence/${item.id}/file`, as(a, viewerA));
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    // octet-stream with the type in the query, a PDF: sniffed as PDF.
    const pdf = await api.http(`/api/v1/evidence/${item.id}/file?type=application/pdf&name=report.pdf`, { method: 'POST', ...as(a), headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(PDF) });
    expect(pdf.status).toBe(201);
    expect((await api.http(`/api/v1/evidence/${item.id}/file`, as(a))).headers.get('content-type')).toBe('application/pdf');
  });

  it('checks the content by its bytes and the size against OPENCX_EVIDENCE_MAX_BYTES, naming the field', async () => {
    const item = await addItem(a, { journeyId: journeyA.journeyId, kind: 'file', title: 'Checked' });
    const html = await upload(a, item.id, Buffer.from('<html><script>alert(1)</script></html>'), 'image/png');
    expect(html.status).toBe(400);
    expect(await html.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'file' } });
    const lying = await upload(a, item.id, PNG, 'application/pdf', 'x.pdf');
    expect(lying.status).toBe(400);
    expect(((await lying.json()) as { error: { message: string } }).error.message).toContain('image/png');

    const atLimit = Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(MAX_BYTES - 8, 1)]);
    expect((await upload(a, item.id, atLimit, 'image/png')).status).toBe(201);
    const tooBig = Buffer.concat([atLimit, Buffer.from([1])]);
    const refused = await upload(a, item.id, tooBig, 'image/png');
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { field: string; message: string } };
    expect(error.field).toBe('file');
    expect(error.message).toContain(String(MAX_BYTES));
    // The file at the limit is still the one served.
    expect(Number((await api.http(`/api/v1/evidence/${item.id}/file`, as(a))).headers.get('content-length'))).toBe(MAX_BYTES);
    // A viewer may not upload.
    expect((await upload(a, item.id, PNG, 'image/png', 'p.png', viewerA)).status).toBe(403);
  });

  it('never serves or accepts a file of another workspace (404)', async () => {
    const item = await addItem(a, { journeyId: journeyA.journeyId, kind: 'file', title: 'Private' });
    expect((await upload(a, item.id, PNG, 'image/png')).status).toBe(201);
    const fromB = await api.http(`/api/v1/evidence/${item.id}/file`, as(b));
    expect(fromB.status).toBe(404);
    expect(Buffer.from(await fromB.arrayBuffer()).includes(PNG.subarray(8, 40))).toBe(false);
    expect((await upload(b, item.id, PNG, 'image/png')).status).toBe(404);
    const anonymous = await api.http(`/api/v1/evidence/${item.id}/file`, { workspaceId: a.id });
    expect(anonymous.status).toBe(401);
  });
});

describe('evidence, citations and search', () => {
  it('turns a quote into a pain point (source research) that cites it, and counts its sources', async () => {
    const quote = await addItem(a, {
      journeyId: journeyA.journeyId,
      touchpointId: journeyA.touchpointId,
      kind: 'quote',
      body: 'The technician came twice and still had no parts',
      personaId: journeyA.personaId,
      consent: true,
      source: 'Interview 3, March',
    });
    const theirPersona = await api.gql(ADD, { input: { journeyId: journeyA.journeyId, kind: 'quote', body: 'x', personaId: journeyB.personaId } }, as(a));
    expect(theirPersona.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personaId' });
    const theirTouchpoint = await api.gql(ADD, { input: { journeyId: journeyA.journeyId, kind: 'quote', body: 'x', touchpointId: journeyB.touchpointId } }, as(a));
    expect(theirTouchpoint.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'touchpointId' });

    const created = await api.gqlOk<{ createPainPointFromEvidence: { painPointId: string; touchpointId: string } }>(
      `mutation($input: CreatePainPointFromEvidenceInput!) { createPainPointFromEvidence(input: $input) { painPointId touchpointId } }`,
      { input: { itemId: quote.id, severity: 4 } },
      as(a),
    );
    expect(created.createPainPointFromEvidence.touchpointId).toBe(journeyA.touchpointId);
    const map = await api.gqlOk<{ journey: { stages: { touchpoints: { painPoints: { id: string; title: string; source: string; severity: number; description: string }[] }[] }[] } }>(
      `query($id: ID!) { journey(id: $id) { stages { touchpoints { painPoints { id title source severity description } } } } }`,
      { id: journeyA.journeyId },
      as(a),
    );
    const pain = map.journey.stages[0].touchpoints[0].painPoints.find((p) => p.id === created.createPainPointFromEvidence.painPointId);
    expect(pain).toEqual({
      id: created.createPainPointFromEvidence.painPointId,
      title: 'The technician came twice and still had no parts',
      source: 'research',
      severity: 4,
      description: '“The technician came twice and still had no parts”',
    });

    // A second piece of evidence cited by the same pain point: two research sources.
    const note = await addItem(a, { journeyId: journeyA.journeyId, kind: 'interview_note', title: 'Dispatch notes', body: 'Parts are ordered only after the first visit' });
    await api.gqlOk(`mutation($input: CiteEvidenceInput!) { citeEvidence(input: $input) { id citationCount } }`, { input: { itemId: note.id, painPointId: pain?.id } }, as(a));
    const again = await api.gqlOk<{ citeEvidence: { citationCount: number } }>(`mutation($input: CiteEvidenceInput!) { citeEvidence(input: $input) { citationCount } }`, { input: { itemId: note.id, painPointId: pain?.id } }, as(a));
    expect(again.citeEvidence.citationCount).toBe(1);
    const EVIDENCE = `query($p: [ID!]!) { insightEvidence(painPointIds: $p) { insightId kind research feedback cases total } }`;
    const evidence = await api.gqlOk<{ insightEvidence: unknown[] }>(EVIDENCE, { p: [pain?.id] }, as(a));
    expect(evidence.insightEvidence).toEqual([{ insightId: pain?.id, kind: 'pain_point', research: 2, feedback: 0, cases: 0, total: 2 }]);
    // Another workspace asking about the same pain point learns nothing.
    const fromB = await api.gqlOk<{ insightEvidence: unknown[] }>(EVIDENCE, { p: [pain?.id] }, as(b));
    expect(fromB.insightEvidence).toEqual([{ insightId: pain?.id, kind: 'pain_point', research: 0, feedback: 0, cases: 0, total: 0 }]);

    const ofPersona = await api.gqlOk<{ researchItems: { nodes: { id: string }[] } }>(ITEMS, { journeyId: journeyA.journeyId, filter: { personaId: journeyA.personaId } }, as(a));
    expect(ofPersona.researchItems.nodes.map((n) => n.id)).toEqual([quote.id]);
    const cited = await api.gqlOk<{ researchItems: { nodes: { id: string }[] } }>(ITEMS, { journeyId: journeyA.journeyId, filter: { citedByPainPointId: pain?.id } }, as(a));
    expect(cited.researchItems.nodes.map((n) => n.id).sort()).toEqual([quote.id, note.id].sort());
    const uncite = await api.gqlOk<{ removeEvidenceCitation: { citationCount: number } }>(
      `mutation($input: CiteEvidenceInput!) { removeEvidenceCitation(input: $input) { citationCount } }`,
      { input: { itemId: note.id, painPointId: pain?.id } },
      as(a),
    );
    expect(uncite.removeEvidenceCitation.citationCount).toBe(0);
  });

  it('finds a Chinese note by a Chinese word, an English one by an English word, and pages without repeats', async () => {
    const { journeyId } = await journeyIn(a, 'Search journey');
    const zh = await addItem(a, { journeyId, kind: 'interview_note', title: '上门维修', body: '维修师傅上门等待太久，业主很不满意' });
    const en = await addItem(a, { journeyId, kind: 'observation', body: 'Parking at the service centre was easy' });
    const other = await addItem(a, { journeyId, kind: 'survey_extract', body: '物业费收费标准不清楚' });
    const search = async (words: string) =>
      (await api.gqlOk<{ researchItems: { nodes: { id: string }[] } }>(ITEMS, { journeyId, filter: { search: words } }, as(a))).researchItems.nodes.map((n) => n.id);
    expect(await search('等待')).toEqual([zh.id]);
    expect(await search('业主不满意')).toEqual([zh.id]);
    expect(await search('parking')).toEqual([en.id]);
    expect(await search('物业费')).toEqual([other.id]);
    expect(await search('退款')).toEqual([]);

    const page1 = await api.gqlOk<{ researchItems: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(ITEMS, { journeyId, first: 2 }, as(a));
    expect(page1.researchItems.nodes.map((n) => n.id)).toEqual([other.id, en.id]);
    expect(page1.researchItems.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.gqlOk<{ researchItems: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>(ITEMS, { journeyId, first: 2, after: page1.researchItems.pageInfo.endCursor }, as(a));
    expect(page2.researchItems.nodes.map((n) => n.id)).toEqual([zh.id]);
    expect(page2.researchItems.pageInfo.hasNextPage).toBe(false);
  });

  it('is enforced again by row-level security for any SQL the application role sends', async () => {
    const client = new Client({ connectionString: api.appDatabaseUrl });
    await client.connect();
    try {
      const countIn = async (workspaceId: string) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspaceId]);
        const { rows } = await client.query<{ n: string }>('SELECT (SELECT count(*) FROM research_item) + (SELECT count(*) FROM research_file) AS n');
        await client.query('COMMIT');
        return Number(rows[0].n);
      };
      expect(await countIn(a.id)).toBeGreaterThan(0);
      expect(await countIn(b.id)).toBe(0);
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM research_item');
      expect(Number(rows[0].n)).toBe(0);
    } finally {
      await client.end();
    }
  });
});
