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

  it('names a copy without a given name in the workspace language, within the 200-character limit', async () => {
    const named = async (name: string, state?: string) => {
      const source = (await ok<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name } })).createJourney;
      const copy = await ok<{ duplicateJourney: { name: string } }>(`mutation($i: DuplicateJourneyInput!) { duplicateJourney(input: $i) { name } }`, { i: { id: source.id, ...(state ? { state } : {}) } });
      return copy.duplicateJourney.name;
    };
    // This workspace was created without a language: Chinese.
    expect(await named('报修旅程', 'future')).toBe('报修旅程（未来旅程）');
    expect(await named('报修旅程')).toBe('报修旅程（副本）');
    const longest = '修'.repeat(200);
    expect(await named(longest, 'future')).toBe('修'.repeat(194) + '（未来旅程）');

    const en = await api.gqlOk<{ createWorkspace: { id: string } }>(`mutation { createWorkspace(input: { name: "Repairs", locale: "en" }) { id } }`, {}, { token: ws.owner.token });
    const inEn = { token: ws.owner.token, workspaceId: en.createWorkspace.id };
    const source = (await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "Repair" }) { id } }`, {}, inEn)).createJourney;
    const copy = await api.gqlOk<{ duplicateJourney: { name: string } }>(`mutation($i: DuplicateJourneyInput!) { duplicateJourney(input: $i) { name } }`, { i: { id: source.id, state: 'future' } }, inEn);
    expect(copy.duplicateJourney.name).toBe('Repair (future state)');
  });
});
