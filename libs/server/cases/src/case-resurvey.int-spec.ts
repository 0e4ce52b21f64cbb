import { Client } from 'pg';
import { createTouchpoint, addMember, caseIntakeDrained, createWorkspace, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Re-surveys and the loop's metrics over HTTP against real PostgreSQL: detractors answer public
 * collection links at two sites, two rules (two teams) open their cases, the cases are resolved,
 * each gets a re-survey link scoped to it, and the first answer through it decides recovery
 * (passive or promoter). Recovery rate, share resolved, SLA breach rate and time to first contact,
 * overall and per team, site and rule, are checked against figures this test computes by hand.
 */

let api: TestApi;
let db: Client;
let a: TestWorkspace;
let b: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let touchpointId: string;
let rootCauseId: string;
const teams: Record<'T1' | 'T2', string> = { T1: '', T2: '' };
const sites: Record<'S1' | 'S2', string> = { S1: '', S2: '' };
const rules: Record<'A' | 'B', string> = { A: '', B: '' };
/** Case id by the NPS the detractor gave (each score is used once). */
const caseByNps = new Map<number, string>();
let ip = 0;

const as = (ws: TestWorkspace, user: TestUser = ws.owner) => ({ token: user.token, workspaceId: ws.id });
const freshIp = () => `10.9.${Math.floor(++ip / 250)}.${ip % 250}`;

async function answer(token: string, nps: number, id: string): Promise<number> {
  const res = await api.http(`/api/v1/f/${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
    body: JSON.stringify({ idempotencyId: id, nps, comment: `NPS ${nps}` }),
  });
  await res.text();
  return res.status;
}

const LINK = `mutation($i: CreateCollectionLinkInput!) { createCollectionLink(input: $i) { token } }`;
const UPDATE = `mutation($i: UpdateFollowUpCaseInput!) { updateFollowUpCase(input: $i) { id status } }`;
const RESURVEY = `mutation($c: ID!) { sendCaseResurvey(caseId: $c) { caseId linkId token } }`;
const METRICS = `query($i: FollowUpLoopMetricsInput!) { followUpLoopMetrics(input: $i) { key n contacted meanMinutesToFirstContact slaBreachRate { value n } resolvedShare { value n } recoveryRate { value low high n lowSample } } }`;

interface Rate {
  value: number;
  low?: number;
  high?: number;
  n: number;
  lowSample?: boolean;
}
interface Metrics {
  key: string | null;
  n: number;
  contacted: number;
  meanMinutesToFirstContact: number | null;
  slaBreachRate: Rate | null;
  resolvedShare: Rate | null;
  recoveryRate: Rate | null;
}

async function metrics(groupBy: 'ALL' | 'TEAM' | 'SITE' | 'RULE'): Promise<Metrics[]> {
  const data = await api.gqlOk<{ followUpLoopMetrics: Metrics[] }>(METRICS, { i: { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', groupBy } }, as(a, viewer));
  return data.followUpLoopMetrics;
}

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = [await createWorkspace(api, undefined, '回访 A'), await createWorkspace(api, undefined, '回访 B')];
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  editor = await addMember(api, a, 'editor');
  viewer = await addMember(api, a, 'viewer');

  ({ touchpointId } = await createTouchpoint(api, a, { journey: '报修', stage: '上门', touchpoint: '维修' }));
  for (const key of ['T1', 'T2'] as const) {
    teams[key] = (await api.gqlOk<{ createTeam: { id: string } }>(`mutation($n: String!) { createTeam(input: { name: $n }) { id } }`, { n: `组 ${key}` }, as(a))).createTeam.id;
  }
  for (const key of ['S1', 'S2'] as const) {
    sites[key] = (await api.gqlOk<{ createSite: { id: string } }>(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, { i: { code: key, name: `小区 ${key}` } }, as(a))).createSite.id;
  }
  // Rule A takes the angriest (NPS ≤ 3) for team T1; rule B the other detractors (NPS ≤ 6) for team T2. The first rule a response meets opens its case.
  for (const [key, value, team] of [['A', 3, 'T1'], ['B', 6, 'T2']] as const) {
    rules[key] = (
      await api.gqlOk<{ createFollowUpRule: { id: string } }>(
        `mutation($i: FollowUpRuleInput!) { createFollowUpRule(input: $i) { id } }`,
        { i: { name: `rule ${key}`, condition: { metric: 'nps', op: 'lte', value }, slaMinutes: 600, slaBasis: 'ELAPSED', assigneeTeamId: teams[team] } },
        as(a),
      )
    ).createFollowUpRule.id;
  }
  rootCauseId = (await api.gqlOk<{ createRootCauseCode: { id: string } }>(`mutation { createRootCauseCode(input: { code: "slow", label: "响应慢" }) { id } }`, {}, as(a))).createRootCauseCode.id;

  // Detractors answer the sites' posters: S1 gets NPS 1, 2, 5, 6; S2 gets 3 and 4; a promoter (9) at S1 opens nothing.
  const token = async (site: string) => (await api.gqlOk<{ createCollectionLink: { token: string } }>(LINK, { i: { touchpointId, siteId: site } }, as(a))).createCollectionLink.token;
  const [s1, s2] = [await token(sites.S1), await token(sites.S2)];
  for (const nps of [1, 2, 5, 6, 9]) expect(await answer(s1, nps, `first-answer-${nps}`)).toBe(201);
  for (const nps of [3, 4]) expect(await answer(s2, nps, `first-answer-${nps}`)).toBe(201);
  await caseIntakeDrained(api.databaseUrl);
  const cases = await api.gqlOk<{ followUpCases: { nodes: { id: string; nps: number }[] } }>(`{ followUpCases(first: 100) { nodes { id nps } } }`, {}, as(a));
  for (const c of cases.followUpCases.nodes) caseByNps.set(c.nps, c.id);
}, 300_000);

afterAll(async () => {
  await db?.end();
  await api?.close();
});

describe('re-survey', () => {
  it('opened one case per detractor and none for the promoter', () => {
    expect([...caseByNps.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('is refused for a case not yet resolved, naming the field, and to a viewer', async () => {
    const open = await api.gql(RESURVEY, { c: caseByNps.get(1) }, as(a, editor));
    expect(open.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(open.errors?.[0]?.extensions?.field).toBe('caseId');
    const byViewer = await api.gql(RESURVEY, { c: caseByNps.get(1) }, as(a, viewer));
    expect(byViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherWorkspace = await api.gql(RESURVEY, { c: caseByNps.get(1) }, as(b));
    expect(otherWorkspace.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('counts the first answer of each resolved case: a detractor answering 7 or more is recovered', async () => {
    for (const id of caseByNps.values()) {
      await api.gqlOk(UPDATE, { i: { id, status: 'CONTACTED' } }, as(a, editor));
      await api.gqlOk(UPDATE, { i: { id, status: 'RESOLVED', rootCauseCodeId: rootCauseId } }, as(a, editor));
    }
    const links = new Map<number, { token: string; linkId: string }>();
    for (const [nps, id] of caseByNps) {
      const sent = (await api.gqlOk<{ sendCaseResurvey: { caseId: string; linkId: string; token: string } }>(RESURVEY, { c: id }, as(a, editor))).sendCaseResurvey;
      expect(sent.caseId).toBe(id);
      links.set(nps, sent);
    }
    // Asking again gives the same link; re-survey links stay out of the links list.
    const again = (await api.gqlOk<{ sendCaseResurvey: { token: string } }>(RESURVEY, { c: caseByNps.get(1) }, as(a, editor))).sendCaseResurvey;
    expect(again.token).toBe(links.get(1)!.token);
    const listed = await api.gqlOk<{ collectionLinks: { nodes: { id: string }[] } }>(`{ collectionLinks(first: 100) { nodes { id } } }`, {}, as(a));
    expect(listed.collectionLinks.nodes).toHaveLength(2);

    // Originally 1 → 9 (recovered), 2 → 5 (not), 5 → 7 (recovered), 6 → 8 (recovered), 3 → 2 (not); 4 never answers.
    const answers: [number, number][] = [[1, 9], [2, 5], [5, 7], [6, 8], [3, 2]];
    for (const [original, score] of answers) expect(await answer(links.get(original)!.token, score, `resurvey-${original}`)).toBe(201);
    // A second answer through a re-survey link (here a detractor's) changes nothing: the first one counts.
    expect(await answer(links.get(1)!.token, 0, 'resurvey-1-again')).toBe(201);

    const read = async (nps: number) =>
      (await api.gqlOk<{ followUpCase: { resurveySent: boolean; resurveyAnsweredAt: string | null; resurveyNps: number | null; recovered: boolean | null } }>(
        `query($id: ID!) { followUpCase(id: $id) { resurveySent resurveyAnsweredAt resurveyNps recovered } }`,
        { id: caseByNps.get(nps) },
        as(a, viewer),
      )).followUpCase;
    expect(await read(1)).toMatchObject({ resurveySent: true, resurveyNps: 9, recovered: true });
    expect(await read(2)).toMatchObject({ resurveyNps: 5, recovered: false });
    expect(await read(4)).toMatchObject({ resurveySent: true, resurveyAnsweredAt: null, recovered: null });
    // Answers to re-surveys open no case of their own (the 2 and the 0 are detractor scores).
    await caseIntakeDrained(api.databaseUrl);
    const count = await api.gqlOk<{ followUpCases: { nodes: { id: string }[] } }>(`{ followUpCases(first: 100) { nodes { id } } }`, {}, as(a));
    expect(count.followUpCases.nodes).toHaveLength(6);
  });
});

describe('loop metrics', () => {
  /** Wilson 95 % interval of k of n, in %, written out here. */
  const wilson = (k: number, n: number) => {
    const z = 1.959963984540054;
    const p = k / n;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    return { low: 100 * (centre - half), high: 100 * (centre + half) };
  };

  it('gives the recovery rate overall (3 of 5), with its interval, n and the low-sample flag', async () => {
    // One case breached its SLA (as the timer records it).
    await db.query(`UPDATE follow_up_case SET breached_at = now() WHERE workspace_id = $1 AND id = $2`, [a.id, caseByNps.get(4)]);
    const [all] = await metrics('ALL');
    expect(all.n).toBe(6);
    expect(all.recoveryRate!.n).toBe(5);
    expect(all.recoveryRate!.value).toBeCloseTo(60, 6);
    const { low, high } = wilson(3, 5);
    expect(all.recoveryRate!.low).toBeCloseTo(low, 4);
    expect(all.recoveryRate!.high).toBeCloseTo(high, 4);
    expect(all.recoveryRate!.lowSample).toBe(true);
    expect(all.resolvedShare).toMatchObject({ value: 100, n: 6 });
    expect(all.slaBreachRate!.value).toBeCloseTo(100 / 6, 6);
    // Time to first contact: the mean, over the 6 contacted cases, of (first contact − answer) in minutes.
    const { rows } = await db.query<{ occurred_at: Date; first_contacted_at: Date }>(`SELECT occurred_at, first_contacted_at FROM follow_up_case WHERE workspace_id = $1`, [a.id]);
    const mean = rows.reduce((s, r) => s + (r.first_contacted_at.getTime() - r.occurred_at.getTime()) / 60_000, 0) / rows.length;
    expect(all.contacted).toBe(6);
    expect(all.meanMinutesToFirstContact).toBeCloseTo(mean, 3);
  });

  it('per rule, team and site: A 1 of 3, B 2 of 2; S1 3 of 4, S2 0 of 1', async () => {
    const pick = (rows: Metrics[], key: string) => rows.find((r) => r.key === key)!;
    const byRule = await metrics('RULE');
    expect(pick(byRule, `rule:${rules.A}`)).toMatchObject({ n: 3, recoveryRate: { n: 3 } });
    expect(pick(byRule, `rule:${rules.A}`).recoveryRate!.value).toBeCloseTo(100 / 3, 6);
    expect(pick(byRule, `rule:${rules.B}`)).toMatchObject({ n: 3, recoveryRate: { n: 2, value: 100 } });
    const byTeam = await metrics('TEAM');
    expect(pick(byTeam, teams.T1).recoveryRate!.value).toBeCloseTo(100 / 3, 6);
    expect(pick(byTeam, teams.T2)).toMatchObject({ n: 3, recoveryRate: { n: 2, value: 100 }, slaBreachRate: { n: 3 } });
    expect(pick(byTeam, teams.T2).slaBreachRate!.value).toBeCloseTo(100 / 3, 6);
    const bySite = await metrics('SITE');
    expect(pick(bySite, sites.S1)).toMatchObject({ n: 4, recoveryRate: { n: 4, value: 75 } });
    expect(pick(bySite, sites.S2)).toMatchObject({ n: 2, recoveryRate: { n: 1, value: 0 } });
  });

  it('shows workspace B no figures of A', async () => {
    const data = await api.gqlOk<{ followUpLoopMetrics: Metrics[] }>(METRICS, { i: { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' } }, as(b));
    expect(data.followUpLoopMetrics).toEqual([]);
  });
});
