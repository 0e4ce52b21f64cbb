import { Client } from 'pg';
import {
  OPERATION_RECIPES,
  buildOperationFixture,
  callOptions,
  createWorkspace,
  loadSchema,
  operations,
  richDocumentFor,
  startTestApi,
  workspaceWithMember,
  type TestApi,
} from '../testing';

/**
 * DESIGN.md §6: every mutation writes an AuditEvent in its transaction. The audit trail belongs to a
 * workspace; these act on an account outside any workspace and are recorded as security events instead.
 */
const OUTSIDE_ANY_WORKSPACE: Record<string, string> = {
  signUp: 'creates an account, not workspace data (security event: sign-up)',
  login: 'opens a session (security event: login success/failure)',
  logout: 'revokes the caller’s own session (security event: logout)',
  revokeOtherSessions: 'ends the caller’s other sessions, workspace or not (security event: session_revoked)',
};

/** Runs after the others: it takes the fixture workspace's member away, whom other recipes use. */
const LAST = new Set(['removeMember']);

/** Fixtures built at once, ahead of their mutations' calls. */
const FIXTURES_AT_ONCE = 4;

let api: TestApi;
let db: Client;
beforeAll(async () => {
  // Whole-database comparisons: no periodic job (KPI alerts every 15 min, reviews, digests) may write mid-test.
  api = await startTestApi({ env: { OPENCX_SCHEDULES: 'off' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await api.close();
});

const auditEvents = async () => Number((await db.query(`SELECT count(*) AS n FROM audit_event`)).rows[0].n);

it('every mutation of the schema writes an audit event', async () => {
  const mutations = operations(await loadSchema(api))
    .filter((op) => op.kind === 'mutation')
    .sort((x, y) => Number(LAST.has(x.name)) - Number(LAST.has(y.name)));
  expect(mutations.length).toBeGreaterThan(30);
  // A new mutation needs a recipe (apps/api/src/testing/operation-recipes.ts) before it is covered.
  expect(mutations.filter((op) => !OPERATION_RECIPES[op.name]).map((op) => op.name)).toEqual([]);
  expect(Object.keys(OUTSIDE_ANY_WORKSPACE).filter((name) => !mutations.some((op) => op.name === name))).toEqual([]);

  const members = await workspaceWithMember(api, await createWorkspace(api));
  const inWorkspace = mutations.filter((op) => !(op.name in OUTSIDE_ANY_WORKSPACE));
  // The first fixture alone: it makes what a workspace has once (its January digest, the core metrics), which the next ones find.
  const first = await buildOperationFixture(api, members);
  const silent: string[] = [];
  for (let i = 0; i < inWorkspace.length; i += FIXTURES_AT_ONCE) {
    const batch = inWorkspace.slice(i, i + FIXTURES_AT_ONCE);
    // A fresh fixture per mutation, a few built at once (a fixture waits on its CSV import's job); no
    // fixture is being built while a mutation is called and its audit events counted.
    const fixtures = await Promise.all(batch.map((_, j) => (i + j === 0 ? first : buildOperationFixture(api, members))));
    for (const [j, op] of batch.entries()) {
      const fx = fixtures[j];
      const call = OPERATION_RECIPES[op.name](fx);
      const before = await auditEvents();
      const result = await api.gql(richDocumentFor(op), call.variables, callOptions(fx, call));
      expect({ mutation: op.name, errors: result.errors }).toEqual({ mutation: op.name, errors: undefined });
      if ((await auditEvents()) <= before) silent.push(op.name);
    }
  }
  expect(silent).toEqual([]);
  // The calls grow with every context's operations: the limit is far above the shared default
  // rather than a measure of this machine's speed.
}, 15 * 60_000);
