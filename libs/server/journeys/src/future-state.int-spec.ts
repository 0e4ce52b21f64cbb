import { createWorkspace, startTestApi, type TestApi, type TestWorkspace } from '@opencx/server-testing';

/**
 * Future state: a future-state map made from a current-state one (duplicate as future state) names
 * it, and the current-state map lists its future-state maps, so the console can show the two side by side.
 */
let api: TestApi;
let ws: TestWorkspace;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api, undefined, '未来状态');
  opts = { token: ws.owner.token, workspaceId: ws.id };
}, 300_000);
afterAll(() => api?.close());

const ok = <T>(query: string, variables: Record<string, unknown> = {}) => api.gqlOk<T>(query, variables, opts);
const PAIR = `id state currentStateJourneyId futureStateJourneyIds`;
interface Pair {
  id: string;
  state: string;
  currentStateJourneyId: string | null;
  futureStateJourneyIds: string[];
}
const DUPLICATE = `mutation($i: DuplicateJourneyInput!) { duplicateJourney(input: $i) { ${PAIR} } }`;
const journey = async (id: string) => (await ok<{ journey: Pair }>(`query($id: ID!) { journey(id: $id) { ${PAIR} } }`, { id })).journey;

describe('future state', () => {
  it('a future-state copy names its current-state map, which lists it; a plain copy and an archived future do not count', async () => {
    const current = (await ok<{ createJourney: Pair }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { ${PAIR} } }`, { i: { name: '报修旅程' } })).createJourney;
    expect(current).toMatchObject({ state: 'current', currentStateJourneyId: null, futureStateJourneyIds: [] });

    const future = (await ok<{ duplicateJourney: Pair }>(DUPLICATE, { i: { id: current.id, state: 'future' } })).duplicateJourney;
    expect(future).toMatchObject({ state: 'future', currentStateJourneyId: current.id, futureStateJourneyIds: [] });
    // A copy of the future-state map as another future state names the same current-state map.
    const variant = (await ok<{ duplicateJourney: Pair }>(DUPLICATE, { i: { id: future.id, name: '方案 B' } })).duplicateJourney;
    expect(variant).toMatchObject({ state: 'future', currentStateJourneyId: current.id });
    // A plain copy of the current-state map is no future state of it.
    const copy = (await ok<{ duplicateJourney: Pair }>(DUPLICATE, { i: { id: current.id } })).duplicateJourney;
    expect(copy).toMatchObject({ state: 'current', currentStateJourneyId: null });

    expect((await journey(current.id)).futureStateJourneyIds).toEqual([future.id, variant.id]);
    await ok(`mutation($id: ID!) { archiveJourney(id: $id) { id } }`, { id: variant.id });
    expect((await journey(current.id)).futureStateJourneyIds).toEqual([future.id]);
  });
});
