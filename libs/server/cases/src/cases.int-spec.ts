import { Client } from 'pg';
import { addMember, createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

const CREATE = `mutation($input: CreateFollowUpCaseInput!) { createFollowUpCase(input: $input) { id name description } }`;
const LIST = `{ followUpCases { id name } }`;

let api: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, 'A'), await createWorkspace(api, undefined, 'B')];
});
afterAll(() => api?.close());

const as = (ws: TestWorkspace) => ({ token: ws.owner.token, workspaceId: ws.id });

it('creates a follow up case that only its own workspace can list', async () => {
  const created = await api.gqlOk<{ createFollowUpCase: { id: string; name: string } }>(CREATE, { input: { name: 'First' } }, as(a));
  expect(created.createFollowUpCase.name).toBe('First');

  const inA = await api.gqlOk<{ followUpCases: { id: string }[] }>(LIST, {}, as(a));
  const inB = await api.gqlOk<{ followUpCases: { id: string }[] }>(LIST, {}, as(b));
  expect(inA.followUpCases.map((r) => r.id)).toEqual([created.createFollowUpCase.id]);
  expect(inB.followUpCases).toEqual([]);
});

it('names the field of bad input and writes nothing', async () => {
  const before = await api.gqlOk<{ followUpCases: unknown[] }>(LIST, {}, as(b));
  const result = await api.gql(CREATE, { input: { name: '' } }, as(b));
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.field).toBe('name');
  const after = await api.gqlOk<{ followUpCases: unknown[] }>(LIST, {}, as(b));
  expect(after.followUpCases.length).toBe(before.followUpCases.length);
});

it('lets a viewer read but not create', async () => {
  const viewer = await addMember(api, a, 'viewer');
  const refused = await api.gql(CREATE, { input: { name: 'Nope' } }, { token: viewer.token, workspaceId: a.id });
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const read = await api.gqlOk<{ followUpCases: unknown[] }>(LIST, {}, { token: viewer.token, workspaceId: a.id });
  expect(read.followUpCases.length).toBe(1);
});

it('records an audit event in the same transaction', async () => {
  const created = await api.gqlOk<{ createFollowUpCase: { id: string } }>(CREATE, { input: { name: 'Audited' } }, as(b));
  const events = await api.gqlOk<{ auditEvents: { nodes: { action: string; entityId: string | null }[] } }>(
    `{ auditEvents(first: 50) { nodes { action entityId } } }`,
    {},
    as(b),
  );
  expect(events.auditEvents.nodes).toContainEqual({ action: 'followUpCase.create', entityId: created.createFollowUpCase.id });
});

it('is enforced again by row-level security for any SQL the application role sends', async () => {
  // As the application role: the superuser (api.databaseUrl) would bypass row-level security.
  const client = new Client({ connectionString: api.appDatabaseUrl });
  await client.connect();
  try {
    const countIn = async (workspaceId: string) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.workspace_id', $1, true)`, [workspaceId]);
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM follow_up_case');
      await client.query('COMMIT');
      return Number(rows[0].n);
    };
    expect(await countIn(a.id)).toBe(1);
    expect(await countIn(b.id)).toBe(1);
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM follow_up_case');
    expect(Number(rows[0].n)).toBe(0);
  } finally {
    await client.end();
  }
});
