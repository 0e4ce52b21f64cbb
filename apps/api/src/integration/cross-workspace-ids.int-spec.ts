import { Client } from 'pg';
import {
  FIXTURE_ID_KEYS,
  OPERATION_RECIPES,
  buildOperationFixture,
  callOptions,
  changedTables,
  createWorkspace,
  inputLeaves,
  loadSchema,
  operations,
  richDocumentFor,
  scalarName,
  snapshotDatabase,
  startTestApi,
  workspaceWithMember,
  type OperationFixture,
  type TestApi,
} from '../testing';

let api: TestApi;
let db: Client;
let mine: OperationFixture;
let theirs: OperationFixture;

beforeAll(async () => {
  // Whole-database comparisons: no periodic job (KPI alerts every 15 min, reviews, digests) may write mid-test.
  api = await startTestApi({ env: { OPENCX_SCHEDULES: 'off' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  mine = await buildOperationFixture(api, await workspaceWithMember(api, await createWorkspace(api, undefined, 'Mine')));
  theirs = await buildOperationFixture(api, await workspaceWithMember(api, await createWorkspace(api, undefined, 'Theirs')));
});
afterAll(async () => {
  await db.end();
  await api.close();
});

/**
 * Not scoped to a workspace: their ids name accounts, and the operators allowed to call them read every
 * workspace's by design. A workspace owner who is not one must be refused outright, whatever the ids.
 */
const INSTANCE_WIDE: Record<string, string> = {
  instanceSecurityEvents: 'the whole security log, for instance operators (OPENCX_ADMIN_EMAILS) only',
};

/** The fixture ids a recipe reads, found by letting it read a fixture that takes notes. */
function idKeysUsedBy(recipe: (fx: OperationFixture) => unknown): string[] {
  const used = new Set<string>();
  recipe(new Proxy(mine, { get: (target, key) => (used.add(String(key)), target[key as keyof OperationFixture]) }));
  return FIXTURE_ID_KEYS.filter((k) => used.has(k));
}

/**
 * Signed in to my own workspace, I call every operation that takes an id with another workspace's ids:
 * each id alone (the rest mine, e.g. my touchpoint to their stage) and all of them at once. Nothing of
 * theirs may appear in the answer, a mutation must be refused, and no row of any table may change.
 */
it('every id-taking operation, given another workspace’s ids, reads nothing of it and changes nothing', async () => {
  const idTaking = operations(await loadSchema(api)).filter((op) => inputLeaves(op.field.args).some((l) => scalarName(l.type) === 'ID'));
  expect(idTaking.length).toBeGreaterThan(25);
  expect(idTaking.filter((op) => !OPERATION_RECIPES[op.name]).map((op) => op.name)).toEqual([]);

  const outcomes: string[] = [];
  // Nothing writes between two calls (schedules are off, the fixtures are finished), so the database as
  // one call left it is the database the next call starts from: one whole-database snapshot per call.
  let last = await snapshotDatabase(db);
  for (const op of idTaking) {
    const recipe = OPERATION_RECIPES[op.name];
    const keys = idKeysUsedBy(recipe);
    expect({ op: op.name, usesIds: keys.length > 0 }).toEqual({ op: op.name, usesIds: true });
    const variants = keys.length > 1 ? [...keys.map((k) => [k]), keys] : [keys];
    for (const swapped of variants) {
      const fx: OperationFixture = { ...mine, ...Object.fromEntries(swapped.map((k) => [k, theirs[k as keyof OperationFixture]])) };
      const call = recipe(fx);
      const before = last;
      const result = await api.gql(richDocumentFor(op), call.variables, callOptions(mine, call));
      last = await snapshotDatabase(db);
      const label = `${op.name} with their ${swapped.join(', ')}`;
      expect({ call: label, changed: changedTables(before, last) }).toEqual({ call: label, changed: [] });
      expect({ call: label, leaked: JSON.stringify(result).includes(theirs.marker) }).toEqual({ call: label, leaked: false });
      const code = result.errors?.[0]?.extensions?.code;
      if (op.name in INSTANCE_WIDE) {
        expect({ call: label, code }).toEqual({ call: label, code: 'FORBIDDEN' });
      } else if (op.kind === 'mutation' || result.errors) {
        expect({ call: label, code }).toEqual({ call: label, code: expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/) });
      }
      outcomes.push(`${label}: ${code ?? 'empty answer'}`);
    }
  }
  // The check ran the calls the issue names, with their ids mixed into mine (about 50 calls today).
  expect(outcomes.length).toBeGreaterThan(40);
  expect(outcomes).toEqual(expect.arrayContaining([expect.stringMatching(/^moveTouchpoint with their otherStageId: /), expect.stringMatching(/^revokeApiToken with their apiTokenId: NOT_FOUND/)]));
  // The calls grow with every context's operations: the limit is far above the shared default
  // rather than a measure of this machine's speed.
}, 15 * 60_000);
