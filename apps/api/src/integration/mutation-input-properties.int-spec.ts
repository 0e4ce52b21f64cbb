import fc from 'fast-check';
import { Client } from 'pg';
import {
  OPERATION_RECIPES,
  buildOperationFixture,
  callOptions,
  changedTables,
  createWorkspace,
  inputLeaves,
  isList,
  loadSchema,
  operations,
  richDocumentFor,
  scalarName,
  setPath,
  snapshotDatabase,
  startTestApi,
  workspaceWithMember,
  type InputLeaf,
  type OperationFixture,
  type TestApi,
} from '../testing';

/** Runs per mutation: enough to try each kind of bad value on most fields, small enough to stay quick. */
const RUNS_PER_MUTATION = 12;

let api: TestApi;
let db: Client;
let fx: OperationFixture;

beforeAll(async () => {
  // Whole-database comparisons: no periodic job (KPI alerts every 15 min, reviews, digests) may write mid-test.
  api = await startTestApi({ env: { OPENCX_SCHEDULES: 'off' } });
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  fx = await buildOperationFixture(api, await workspaceWithMember(api, await createWorkspace(api)));
});
afterAll(async () => {
  await db.end();
  await api.close();
});

// Text no field may accept: NUL bytes, lone surrogates, or more than any field's limit.
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const around = (bad: fc.Arbitrary<string>) => fc.tuple(fc.string({ maxLength: 8 }), bad, fc.string({ maxLength: 8 })).map(([a, b, c]) => `${a}${b}${c}`);
const unstorableText = fc.oneof(around(fc.constant('\u0000')), around(loneSurrogate).filter((s) => /[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))), fc.constant('x'.repeat(100_001)));
const notText = fc.constantFrom<unknown>(42, true, { text: 'x' }, 1.5);
const notUuid = fc.oneof(fc.constantFrom<unknown>('not-a-uuid', '', '5b0d3c2e-8a43-4c55-9f0e-0c7e0f5b9d1', '5b0d3c2e-8a43-4c55-9f0e-0c7e0f5b9d11x', 12345, "' OR 1=1 --"), unstorableText);
const notInt = fc.constantFrom<unknown>('seven', 1.5, 2 ** 40, true, '');
const notBoolean = fc.constantFrom<unknown>('yes', 1, 'true');

/** A journey document with one bad value somewhere inside, or not a document at all. */
const badDocument = (base: unknown) =>
  fc.oneof(
    fc.constantFrom<unknown>(42, 'document', [], { format: 'opencx.journey' }),
    fc
      .oneof(
        fc.tuple(fc.constantFrom<(string | number)[]>(['journey', 'name'], ['journey', 'stages', 0, 'name'], ['journey', 'stages', 0, 'touchpoints', 0, 'name'], ['journey', 'stages', 0, 'touchpoints', 0, 'channel']), fc.oneof(unstorableText, notText)),
        fc.tuple(fc.constantFrom<(string | number)[]>(['journey', 'stages', 0, 'id'], ['journey', 'stages', 0, 'touchpoints', 0, 'id']), notUuid),
      )
      .map(([path, value]) => {
        const doc = structuredClone(base) as Record<string, unknown>;
        let node = doc as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path[path.length - 1]] = value;
        return doc;
      }),
  );

/** JSON inputs are either a journey document (importJourney) or a follow-up condition (rules). */
const isJourneyDocument = (base: unknown): base is { journey: object } => !!base && typeof base === 'object' && 'journey' in base;
const notACondition = fc.oneof(fc.constant({ unexpected: 'x'.repeat(100_001) }), fc.constant([1, 2]), fc.constant('x'), fc.constant(42), fc.constant({ metric: 'nps', op: 'NOT_AN_OP', value: 6 }));

/** The value most likely to slip through for each kind of field, tried on every field once (fast-check `examples`). */
function worstValueFor(leaf: InputLeaf, base: unknown): unknown {
  const type = scalarName(leaf.type);
  const value =
    type === 'ID' ? 'not-a-uuid' : type === 'Int' ? 2 ** 40 : type === 'Boolean' ? 'yes' : type === 'Enum' ? 'NOT_A_VALUE' : type === 'JSON' ? (isJourneyDocument(base) ? { ...base, journey: { ...base.journey, name: 'x'.repeat(100_001) } } : { ...(base as object), unexpected: 'x'.repeat(100_001) }) : 'x'.repeat(100_001);
  return isList(leaf.type) ? [value] : value;
}

function badValueFor(leaf: InputLeaf, base: unknown): fc.Arbitrary<unknown> {
  const type = scalarName(leaf.type);
  const one =
    type === 'ID' ? notUuid : type === 'Int' ? notInt : type === 'Boolean' ? notBoolean : type === 'JSON' ? (isJourneyDocument(base) ? badDocument(base) : notACondition) : type === 'Enum' ? fc.constant('NOT_A_VALUE') : fc.oneof(unstorableText, notText);
  return isList(leaf.type) ? fc.oneof(one.map((v) => [v]), one.map((v) => ['fine', v])) : one;
}

const valueAt = (variables: Record<string, unknown>, path: string[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], variables);

/** fast-check's own report prints the 100 kB strings it tried; this one keeps the failure readable. */
const shortReport =
  <T>(name: string) =>
  (run: fc.RunDetails<T>): void => {
    if (!run.failed) return;
    const cause = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
    throw new Error(`${name}: ${cause.slice(0, 3000)}\n(fast-check seed ${run.seed}, path ${run.counterexamplePath})`);
  };

interface ErrorShape {
  message: string;
  extensions?: { code?: string; field?: string; fields?: { field: string }[] };
}

/**
 * Every mutation, with one to three of its input fields replaced by values no field may take (NUL
 * bytes, lone surrogates, huge text, wrong types, malformed ids, broken documents), answers with input
 * errors that name a field, never an internal error, and writes nothing anywhere.
 */
it('every mutation refuses bad input by naming the field, without an internal error, writing nothing', async () => {
  const mutations = operations(await loadSchema(api)).filter((op) => op.kind === 'mutation' && op.field.args.length > 0);
  expect(mutations.length).toBeGreaterThan(30);
  expect(mutations.filter((op) => !OPERATION_RECIPES[op.name]).map((op) => op.name)).toEqual([]);

  // Nothing writes between two calls (schedules are off, the fixture is finished), so the database as
  // one call left it is the database the next call starts from: one whole-database snapshot per call.
  let last = await snapshotDatabase(db);
  for (const op of mutations) {
    const call = OPERATION_RECIPES[op.name](fx);
    const leaves = inputLeaves(op.field.args);
    const corruption = fc
      .subarray(leaves, { minLength: 1, maxLength: Math.min(3, leaves.length) })
      .chain((chosen) => fc.tuple(fc.constant(chosen), fc.tuple(...chosen.map((leaf) => badValueFor(leaf, valueAt(call.variables, leaf.path))))));

    await fc.assert(
      fc.asyncProperty(corruption, async ([chosen, values]) => {
        const variables = structuredClone(call.variables);
        chosen.forEach((leaf, i) => setPath(variables, leaf.path, values[i]));
        const before = last;
        const result = await api.gql(richDocumentFor(op), variables, callOptions(fx, call));
        // Taken before any expectation can throw, so a failing run (and fast-check's shrinking after it) compares its own call.
        const after = (last = await snapshotDatabase(db));
        const errors = (result.errors ?? []) as ErrorShape[];
        const where = `${op.name} with ${chosen.map((l) => l.path.join('.')).join(', ')}`;
        expect({ where, refused: errors.length > 0 }).toEqual({ where, refused: true });
        expect({ where, codes: errors.map((e) => e.extensions?.code) }).toEqual({ where, codes: errors.map(() => 'BAD_USER_INPUT') });
        for (const error of errors) {
          const named = [error.extensions?.field, ...(error.extensions?.fields ?? []).map((f) => f.field)].filter((f): f is string => !!f);
          // The error names one of the fields that were spoiled (`goals[1]` for input.goals, `document.journey…` for document).
          const spoiled = chosen.map((l) => l.path[l.path.length - 1]);
          expect({ where, message: error.message, names: named.some((n) => spoiled.some((s) => n.split(/[.[]/).includes(s))) }).toEqual({ where, message: error.message, names: true });
        }
        expect({ where, changed: changedTables(before, after) }).toEqual({ where, changed: [] });
      }),
      { numRuns: RUNS_PER_MUTATION, reporter: shortReport<[[InputLeaf[], unknown[]]]>(op.name), examples: leaves.map((leaf) => [[[leaf], [worstValueFor(leaf, valueAt(call.variables, leaf.path))]]] as [[InputLeaf[], unknown[]]]) },
    );
  }
  // One whole-database snapshot per run, about 1,000 runs: the work grows with every mutation, so the
  // limit is far above the shared default rather than a measure of this machine's speed.
}, 15 * 60_000);
